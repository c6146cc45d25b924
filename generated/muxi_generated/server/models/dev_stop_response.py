from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

T = TypeVar("T", bound="DevStopResponse")


@_attrs_define
class DevStopResponse:
    """Flat success body of `/rpc/dev/stop` (no envelope)."""

    success: bool
    formation_id: str
    status: str
    error: str | Unset = UNSET
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        formation_id = self.formation_id

        status = self.status

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "formation_id": formation_id,
                "status": status,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        formation_id = d.pop("formation_id")

        status = d.pop("status")

        error = d.pop("error", UNSET)

        dev_stop_response = cls(
            success=success,
            formation_id=formation_id,
            status=status,
            error=error,
        )

        dev_stop_response.additional_properties = d
        return dev_stop_response

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
