from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

T = TypeVar("T", bound="RequestEventFrame")


@_attrs_define
class RequestEventFrame:
    """Data of a `GET /events/{session_id}/{request_id}` frame: `stream_open` /
    `stream_completed` markers, the request's token events (same keys as `ChatStreamToken`),
    or `{"error": "..."}`.

    """

    type_: str | Unset = UNSET
    session_id: None | str | Unset = UNSET
    request_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    content: None | str | Unset = UNSET
    timestamp: float | Unset = UNSET
    stage: str | Unset = UNSET
    status: str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        request_id = self.request_id

        user_id = self.user_id

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        timestamp = self.timestamp

        stage = self.stage

        status = self.status

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if content is not UNSET:
            field_dict["content"] = content
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if stage is not UNSET:
            field_dict["stage"] = stage
        if status is not UNSET:
            field_dict["status"] = status
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        def _parse_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session_id = _parse_session_id(d.pop("session_id", UNSET))

        request_id = d.pop("request_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        timestamp = d.pop("timestamp", UNSET)

        stage = d.pop("stage", UNSET)

        status = d.pop("status", UNSET)

        error = d.pop("error", UNSET)

        request_event_frame = cls(
            type_=type_,
            session_id=session_id,
            request_id=request_id,
            user_id=user_id,
            content=content,
            timestamp=timestamp,
            stage=stage,
            status=status,
            error=error,
        )

        request_event_frame.additional_properties = d
        return request_event_frame

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
