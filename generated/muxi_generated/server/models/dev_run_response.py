from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

T = TypeVar("T", bound="DevRunResponse")


@_attrs_define
class DevRunResponse:
    """Flat body of `/rpc/dev/run` (no envelope), also used for the errors of `/rpc/dev/run` and
    `/rpc/dev/stop`: `{"success": false, "formation_id": <id or "">, "port": 0, "status": "",
    "error": <message>}`.

    """

    success: bool
    formation_id: str
    port: int
    """ Port of the draft formation (0 on errors). """
    status: str
    """ `running` on success, empty string on errors. """
    error: str | Unset = UNSET
    """ Error message (errors only). """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        formation_id = self.formation_id

        port = self.port

        status = self.status

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "formation_id": formation_id,
                "port": port,
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

        port = d.pop("port")

        status = d.pop("status")

        error = d.pop("error", UNSET)

        dev_run_response = cls(
            success=success,
            formation_id=formation_id,
            port=port,
            status=status,
            error=error,
        )

        dev_run_response.additional_properties = d
        return dev_run_response

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
