from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JSONValue

T = TypeVar("T", bound="Session")


@_attrs_define
class Session:
    session_id: str
    user_id: str
    """ `"0"` in single-user formations. """
    message_count: int
    active: bool
    created_at: float | None
    """ Time of the first buffered message (Unix seconds). """
    last_activity: float | None
    """ Time of the last buffered message (Unix seconds). """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        user_id = self.user_id

        message_count = self.message_count

        active = self.active

        created_at: float | None
        created_at = self.created_at

        last_activity: float | None
        last_activity = self.last_activity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "user_id": user_id,
                "message_count": message_count,
                "active": active,
                "created_at": created_at,
                "last_activity": last_activity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        session_id = d.pop("session_id")

        user_id = d.pop("user_id")

        message_count = d.pop("message_count")

        active = d.pop("active")

        def _parse_created_at(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        created_at = _parse_created_at(d.pop("created_at"))

        def _parse_last_activity(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        last_activity = _parse_last_activity(d.pop("last_activity"))

        session = cls(
            session_id=session_id,
            user_id=user_id,
            message_count=message_count,
            active=active,
            created_at=created_at,
            last_activity=last_activity,
        )

        session.additional_properties = d
        return session

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
