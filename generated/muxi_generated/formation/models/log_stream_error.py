from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.log_stream_error_filters_received import LogStreamErrorFiltersReceived


T = TypeVar("T", bound="LogStreamError")


@_attrs_define
class LogStreamError:
    """Data of an `event: error` frame of `GET /logs`."""

    error: bool
    message: str
    filters_received: LogStreamErrorFiltersReceived | Unset = UNSET
    """ The active filters. """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        message = self.message

        filters_received: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters_received, Unset):
            filters_received = self.filters_received.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "message": message,
            }
        )
        if filters_received is not UNSET:
            field_dict["filters_received"] = filters_received

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.log_stream_error_filters_received import LogStreamErrorFiltersReceived

        d = dict(src_dict)
        error = d.pop("error")

        message = d.pop("message")

        _filters_received = d.pop("filters_received", UNSET)
        filters_received: LogStreamErrorFiltersReceived | Unset
        if isinstance(_filters_received, Unset):
            filters_received = UNSET
        else:
            filters_received = LogStreamErrorFiltersReceived.from_dict(_filters_received)

        log_stream_error = cls(
            error=error,
            message=message,
            filters_received=filters_received,
        )

        log_stream_error.additional_properties = d
        return log_stream_error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> JSONValue:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: JSONValue) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
