from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

T = TypeVar("T", bound="CancelUpdateResponse")


@_attrs_define
class CancelUpdateResponse:
    """Raw body of cancel-update (no `success`/`data` envelope)."""

    formation_id: str
    message: str | Unset = UNSET
    staging_port: int | Unset = UNSET
    """ The staging port that was released. """
    status: str | Unset = UNSET
    """ Status of the live formation. """
    current_port: int | Unset = UNSET
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        formation_id = self.formation_id

        message = self.message

        staging_port = self.staging_port

        status = self.status

        current_port = self.current_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "formation_id": formation_id,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if staging_port is not UNSET:
            field_dict["staging_port"] = staging_port
        if status is not UNSET:
            field_dict["status"] = status
        if current_port is not UNSET:
            field_dict["current_port"] = current_port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        formation_id = d.pop("formation_id")

        message = d.pop("message", UNSET)

        staging_port = d.pop("staging_port", UNSET)

        status = d.pop("status", UNSET)

        current_port = d.pop("current_port", UNSET)

        cancel_update_response = cls(
            formation_id=formation_id,
            message=message,
            staging_port=staging_port,
            status=status,
            current_port=current_port,
        )

        cancel_update_response.additional_properties = d
        return cancel_update_response

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
