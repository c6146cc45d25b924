from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JSONValue

if TYPE_CHECKING:
    from ..models.chat_stream_token import ChatStreamToken


T = TypeVar("T", bound="ChatStreamFrame")


@_attrs_define
class ChatStreamFrame:
    """Data of an unnamed chat SSE frame."""

    token: ChatStreamToken
    """ One streaming event of a turn. Besides the always-present keys, events carry
    stage-specific keys (the list below is not exhaustive). The terminal `completed` token has
    `status`, `processing_time_ms`, often `agent_used`, and `stream_discontinuity: true` when
    previously streamed `content` deltas must be discarded.
     """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        token = self.token.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_stream_token import ChatStreamToken

        d = dict(src_dict)
        token = ChatStreamToken.from_dict(d.pop("token"))

        chat_stream_frame = cls(
            token=token,
        )

        chat_stream_frame.additional_properties = d
        return chat_stream_frame

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
