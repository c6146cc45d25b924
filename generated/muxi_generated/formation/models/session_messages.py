from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JSONValue

if TYPE_CHECKING:
    from ..models.buffer_message import BufferMessage


T = TypeVar("T", bound="SessionMessages")


@_attrs_define
class SessionMessages:
    session_id: str
    messages: list[BufferMessage]
    count: int
    has_more: bool
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def __iter__(self) -> Iterator[BufferMessage]:
        """Iterate over ``messages`` (this is a list payload)."""
        return iter(self.messages)

    def __len__(self) -> int:
        """The number of items in ``messages``."""
        return len(self.messages)

    @overload
    def __getitem__(self, key: int) -> BufferMessage: ...

    @overload
    def __getitem__(self, key: slice) -> list[BufferMessage]: ...

    @overload
    def __getitem__(self, key: str) -> JSONValue: ...

    def __getitem__(self, key: int | slice | str) -> BufferMessage | list[BufferMessage] | JSONValue:
        """An item of ``messages`` by position (or a slice of them); an additional property by name."""
        if isinstance(key, str):
            return self.additional_properties[key]
        return self.messages[key]

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        count = self.count

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "messages": messages,
                "count": count,
                "has_more": has_more,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.buffer_message import BufferMessage

        d = dict(src_dict)
        session_id = d.pop("session_id")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = BufferMessage.from_dict(messages_item_data)

            messages.append(messages_item)

        count = d.pop("count")

        has_more = d.pop("has_more")

        session_messages = cls(
            session_id=session_id,
            messages=messages,
            count=count,
            has_more=has_more,
        )

        session_messages.additional_properties = d
        return session_messages

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: JSONValue) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
