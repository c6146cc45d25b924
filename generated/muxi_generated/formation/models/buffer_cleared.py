from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JSONValue

T = TypeVar("T", bound="BufferCleared")


@_attrs_define
class BufferCleared:
    message: str
    user_id: None | str
    messages_cleared: int
    sessions_cleared: int
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        user_id: None | str
        user_id = self.user_id

        messages_cleared = self.messages_cleared

        sessions_cleared = self.sessions_cleared

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "user_id": user_id,
                "messages_cleared": messages_cleared,
                "sessions_cleared": sessions_cleared,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        def _parse_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_id = _parse_user_id(d.pop("user_id"))

        messages_cleared = d.pop("messages_cleared")

        sessions_cleared = d.pop("sessions_cleared")

        buffer_cleared = cls(
            message=message,
            user_id=user_id,
            messages_cleared=messages_cleared,
            sessions_cleared=sessions_cleared,
        )

        buffer_cleared.additional_properties = d
        return buffer_cleared

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
