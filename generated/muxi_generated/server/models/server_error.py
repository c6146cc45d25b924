from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JSONValue

T = TypeVar("T", bound="ServerError")


@_attrs_define
class ServerError:
    """Error body of the management API (and of unknown paths). No `success` field. `error` is
    the HTTP status text, `code` the HTTP status.

    """

    error: str
    """ Go `http.StatusText(code)`, e.g. `Bad Request`, `Unauthorized`, `Not Found`,
    `Conflict`, `Internal Server Error`, `Insufficient Storage`. Not a machine code.
     """
    message: str
    """ Human-readable reason. """
    code: int
    """ Same as the HTTP status code. """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        message = self.message

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "message": message,
                "code": code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error")

        message = d.pop("message")

        code = d.pop("code")

        server_error = cls(
            error=error,
            message=message,
            code=code,
        )

        server_error.additional_properties = d
        return server_error

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
