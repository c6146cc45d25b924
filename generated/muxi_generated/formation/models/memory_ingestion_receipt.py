from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.memory_ingestion_receipt_derived_events_item import MemoryIngestionReceiptDerivedEventsItem


T = TypeVar("T", bound="MemoryIngestionReceipt")


@_attrs_define
class MemoryIngestionReceipt:
    """Outcome of a single-item ingestion."""

    status: str
    duplicate: bool
    event_id: str
    """ Public id of the (original) ingestion event. """
    source: str
    source_id: None | str
    scope: str
    scope_id: None | str
    derived_events: list[MemoryIngestionReceiptDerivedEventsItem] | Unset = UNSET
    """ Events derived from the original ingestion (duplicates only). """
    processing_id: str | Unset = UNSET
    """ Job to poll (accepted items only). """
    status_url: str | Unset = UNSET
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        duplicate = self.duplicate

        event_id = self.event_id

        source = self.source

        source_id: None | str
        source_id = self.source_id

        scope = self.scope

        scope_id: None | str
        scope_id = self.scope_id

        derived_events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.derived_events, Unset):
            derived_events = []
            for derived_events_item_data in self.derived_events:
                derived_events_item = derived_events_item_data.to_dict()
                derived_events.append(derived_events_item)

        processing_id = self.processing_id

        status_url = self.status_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "duplicate": duplicate,
                "event_id": event_id,
                "source": source,
                "source_id": source_id,
                "scope": scope,
                "scope_id": scope_id,
            }
        )
        if derived_events is not UNSET:
            field_dict["derived_events"] = derived_events
        if processing_id is not UNSET:
            field_dict["processing_id"] = processing_id
        if status_url is not UNSET:
            field_dict["status_url"] = status_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.memory_ingestion_receipt_derived_events_item import MemoryIngestionReceiptDerivedEventsItem

        d = dict(src_dict)
        status = d.pop("status")

        duplicate = d.pop("duplicate")

        event_id = d.pop("event_id")

        source = d.pop("source")

        def _parse_source_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_id = _parse_source_id(d.pop("source_id"))

        scope = d.pop("scope")

        def _parse_scope_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        scope_id = _parse_scope_id(d.pop("scope_id"))

        _derived_events = d.pop("derived_events", UNSET)
        derived_events: list[MemoryIngestionReceiptDerivedEventsItem] | Unset = UNSET
        if _derived_events is not UNSET:
            derived_events = []
            for derived_events_item_data in _derived_events:
                derived_events_item = MemoryIngestionReceiptDerivedEventsItem.from_dict(derived_events_item_data)

                derived_events.append(derived_events_item)

        processing_id = d.pop("processing_id", UNSET)

        status_url = d.pop("status_url", UNSET)

        memory_ingestion_receipt = cls(
            status=status,
            duplicate=duplicate,
            event_id=event_id,
            source=source,
            source_id=source_id,
            scope=scope,
            scope_id=scope_id,
            derived_events=derived_events,
            processing_id=processing_id,
            status_url=status_url,
        )

        memory_ingestion_receipt.additional_properties = d
        return memory_ingestion_receipt

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
