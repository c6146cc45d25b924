from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.error_event_details import ErrorEventDetails


T = TypeVar("T", bound="ErrorEvent")


@_attrs_define
class ErrorEvent:
    """Data of the terminal `event: error` frame. (Server source wins: the Go SDK and CLI add a
    `rollback_status` field that the server never sends.)

    """

    error: str
    """ Machine error code (open set). """
    message: str
    stage: str
    """ Stage at which the operation failed (see `ProgressEvent.stage`). """
    details: ErrorEventDetails | Unset = UNSET
    """ Declared by the server, never populated. """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        message = self.message

        stage = self.stage

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "message": message,
                "stage": stage,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_event_details import ErrorEventDetails

        d = dict(src_dict)
        error = d.pop("error")

        message = d.pop("message")

        stage = d.pop("stage")

        _details = d.pop("details", UNSET)
        details: ErrorEventDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = ErrorEventDetails.from_dict(_details)

        error_event = cls(
            error=error,
            message=message,
            stage=stage,
            details=details,
        )

        error_event.additional_properties = d
        return error_event

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
