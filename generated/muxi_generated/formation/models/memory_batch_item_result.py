from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.memory_batch_item_result_derived_events_item import MemoryBatchItemResultDerivedEventsItem


T = TypeVar("T", bound="MemoryBatchItemResult")


@_attrs_define
class MemoryBatchItemResult:
    index: int | Unset = UNSET
    """ Position in the request. """
    status: str | Unset = UNSET
    error: str | Unset = UNSET
    """ Why the item is invalid. """
    event_id: str | Unset = UNSET
    derived_events: list[MemoryBatchItemResultDerivedEventsItem] | Unset = UNSET
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        status = self.status

        error = self.error

        event_id = self.event_id

        derived_events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.derived_events, Unset):
            derived_events = []
            for derived_events_item_data in self.derived_events:
                derived_events_item = derived_events_item_data.to_dict()
                derived_events.append(derived_events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index is not UNSET:
            field_dict["index"] = index
        if status is not UNSET:
            field_dict["status"] = status
        if error is not UNSET:
            field_dict["error"] = error
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if derived_events is not UNSET:
            field_dict["derived_events"] = derived_events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.memory_batch_item_result_derived_events_item import MemoryBatchItemResultDerivedEventsItem

        d = dict(src_dict)
        index = d.pop("index", UNSET)

        status = d.pop("status", UNSET)

        error = d.pop("error", UNSET)

        event_id = d.pop("event_id", UNSET)

        _derived_events = d.pop("derived_events", UNSET)
        derived_events: list[MemoryBatchItemResultDerivedEventsItem] | Unset = UNSET
        if _derived_events is not UNSET:
            derived_events = []
            for derived_events_item_data in _derived_events:
                derived_events_item = MemoryBatchItemResultDerivedEventsItem.from_dict(derived_events_item_data)

                derived_events.append(derived_events_item)

        memory_batch_item_result = cls(
            index=index,
            status=status,
            error=error,
            event_id=event_id,
            derived_events=derived_events,
        )

        memory_batch_item_result.additional_properties = d
        return memory_batch_item_result

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
