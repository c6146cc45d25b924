from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.memory_content_detail import MemoryContentDetail
    from ..models.memory_write_result_derived_events_item import MemoryWriteResultDerivedEventsItem
    from ..models.memory_write_result_metadata import MemoryWriteResultMetadata


T = TypeVar("T", bound="MemoryWriteResult")


@_attrs_define
class MemoryWriteResult:
    """200 payload of `POST /memories`. A **direct write** (no `source`) carries `id`, `content`
    (`{type, detail}`), `created_at`, `metadata`, `scope` and `scope_id`. An **ingestion
    duplicate** (`source` given, already ingested) carries the `MemoryIngestionReceipt` keys
    with `status: duplicate`, `duplicate: true` and `derived_events`.

    """

    scope: str
    scope_id: None | str
    id: JSONValue | Unset = UNSET
    """ New memory id (null when the write went through the event log first). """
    content: MemoryContentDetail | Unset = UNSET
    """ Content of a directly written memory. """
    created_at: str | Unset = UNSET
    """ ISO 8601 UTC (`...Z`). """
    metadata: MemoryWriteResultMetadata | Unset = UNSET
    status: str | Unset = UNSET
    duplicate: bool | Unset = UNSET
    event_id: str | Unset = UNSET
    """ Public id of the original ingestion event. """
    source: str | Unset = UNSET
    source_id: None | str | Unset = UNSET
    derived_events: list[MemoryWriteResultDerivedEventsItem] | Unset = UNSET
    """ Events derived from the original ingestion. """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        scope = self.scope

        scope_id: None | str
        scope_id = self.scope_id

        id = self.id

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        created_at = self.created_at

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        status = self.status

        duplicate = self.duplicate

        event_id = self.event_id

        source = self.source

        source_id: None | str | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        derived_events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.derived_events, Unset):
            derived_events = []
            for derived_events_item_data in self.derived_events:
                derived_events_item = derived_events_item_data.to_dict()
                derived_events.append(derived_events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scope": scope,
                "scope_id": scope_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if content is not UNSET:
            field_dict["content"] = content
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if status is not UNSET:
            field_dict["status"] = status
        if duplicate is not UNSET:
            field_dict["duplicate"] = duplicate
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if source is not UNSET:
            field_dict["source"] = source
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if derived_events is not UNSET:
            field_dict["derived_events"] = derived_events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.memory_content_detail import MemoryContentDetail
        from ..models.memory_write_result_derived_events_item import MemoryWriteResultDerivedEventsItem
        from ..models.memory_write_result_metadata import MemoryWriteResultMetadata

        d = dict(src_dict)
        scope = d.pop("scope")

        def _parse_scope_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        scope_id = _parse_scope_id(d.pop("scope_id"))

        id = d.pop("id", UNSET)

        _content = d.pop("content", UNSET)
        content: MemoryContentDetail | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = MemoryContentDetail.from_dict(_content)

        created_at = d.pop("created_at", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MemoryWriteResultMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MemoryWriteResultMetadata.from_dict(_metadata)

        status = d.pop("status", UNSET)

        duplicate = d.pop("duplicate", UNSET)

        event_id = d.pop("event_id", UNSET)

        source = d.pop("source", UNSET)

        def _parse_source_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_id = _parse_source_id(d.pop("source_id", UNSET))

        _derived_events = d.pop("derived_events", UNSET)
        derived_events: list[MemoryWriteResultDerivedEventsItem] | Unset = UNSET
        if _derived_events is not UNSET:
            derived_events = []
            for derived_events_item_data in _derived_events:
                derived_events_item = MemoryWriteResultDerivedEventsItem.from_dict(derived_events_item_data)

                derived_events.append(derived_events_item)

        memory_write_result = cls(
            scope=scope,
            scope_id=scope_id,
            id=id,
            content=content,
            created_at=created_at,
            metadata=metadata,
            status=status,
            duplicate=duplicate,
            event_id=event_id,
            source=source,
            source_id=source_id,
            derived_events=derived_events,
        )

        memory_write_result.additional_properties = d
        return memory_write_result

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
