from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

T = TypeVar("T", bound="ChatMessageMetadata")


@_attrs_define
class ChatMessageMetadata:
    """Metadata of a reply. `escalated` replies carry the `request_id` of the background retry to poll."""

    session_id: None | str | Unset = UNSET
    escalated: bool | Unset = UNSET
    request_id: str | Unset = UNSET
    """ Request id of the escalated background retry. """
    delivery: str | Unset = UNSET
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        escalated = self.escalated

        request_id = self.request_id

        delivery = self.delivery

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if escalated is not UNSET:
            field_dict["escalated"] = escalated
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if delivery is not UNSET:
            field_dict["delivery"] = delivery

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session_id = _parse_session_id(d.pop("session_id", UNSET))

        escalated = d.pop("escalated", UNSET)

        request_id = d.pop("request_id", UNSET)

        delivery = d.pop("delivery", UNSET)

        chat_message_metadata = cls(
            session_id=session_id,
            escalated=escalated,
            request_id=request_id,
            delivery=delivery,
        )

        chat_message_metadata.additional_properties = d
        return chat_message_metadata

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
