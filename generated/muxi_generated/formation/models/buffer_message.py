from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.buffer_message_metadata import BufferMessageMetadata


T = TypeVar("T", bound="BufferMessage")


@_attrs_define
class BufferMessage:
    """A raw buffer-memory entry; the role is in `metadata.role`."""

    text: str | Unset = UNSET
    metadata: BufferMessageMetadata | Unset = UNSET
    timestamp: float | Unset = UNSET
    """ Unix seconds (float). """
    namespace: str | Unset = UNSET
    embedding: JSONValue | Unset = UNSET
    """ Embedding vector, or null. """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        timestamp = self.timestamp

        namespace = self.namespace

        embedding = self.embedding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if embedding is not UNSET:
            field_dict["embedding"] = embedding

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.buffer_message_metadata import BufferMessageMetadata

        d = dict(src_dict)
        text = d.pop("text", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: BufferMessageMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = BufferMessageMetadata.from_dict(_metadata)

        timestamp = d.pop("timestamp", UNSET)

        namespace = d.pop("namespace", UNSET)

        embedding = d.pop("embedding", UNSET)

        buffer_message = cls(
            text=text,
            metadata=metadata,
            timestamp=timestamp,
            namespace=namespace,
            embedding=embedding,
        )

        buffer_message.additional_properties = d
        return buffer_message

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
