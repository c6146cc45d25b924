from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JSONValue

T = TypeVar("T", bound="CancelUpdateResponse")


@_attrs_define
class CancelUpdateResponse:
    """Raw body of cancel-update (no `success`/`data` envelope)."""

    message: str
    formation_id: str
    staging_port: int
    """ The staging port that was released. """
    status: str
    """ Status of the live formation. """
    current_port: int
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        formation_id = self.formation_id

        staging_port = self.staging_port

        status = self.status

        current_port = self.current_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "formation_id": formation_id,
                "staging_port": staging_port,
                "status": status,
                "current_port": current_port,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        formation_id = d.pop("formation_id")

        staging_port = d.pop("staging_port")

        status = d.pop("status")

        current_port = d.pop("current_port")

        cancel_update_response = cls(
            message=message,
            formation_id=formation_id,
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
