from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.memory_batch_item_result import MemoryBatchItemResult
    from ..models.memory_batch_result_counts import MemoryBatchResultCounts


T = TypeVar("T", bound="MemoryBatchResult")


@_attrs_define
class MemoryBatchResult:
    processing_id: None | str
    """ Shared job of the accepted items (null when none was accepted). """
    items: list[MemoryBatchItemResult]
    counts: MemoryBatchResultCounts
    status_url: str | Unset = UNSET
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        processing_id: None | str
        processing_id = self.processing_id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        counts = self.counts.to_dict()

        status_url = self.status_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "processing_id": processing_id,
                "items": items,
                "counts": counts,
            }
        )
        if status_url is not UNSET:
            field_dict["status_url"] = status_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.memory_batch_item_result import MemoryBatchItemResult
        from ..models.memory_batch_result_counts import MemoryBatchResultCounts

        d = dict(src_dict)

        def _parse_processing_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        processing_id = _parse_processing_id(d.pop("processing_id"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = MemoryBatchItemResult.from_dict(items_item_data)

            items.append(items_item)

        counts = MemoryBatchResultCounts.from_dict(d.pop("counts"))

        status_url = d.pop("status_url", UNSET)

        memory_batch_result = cls(
            processing_id=processing_id,
            items=items,
            counts=counts,
            status_url=status_url,
        )

        memory_batch_result.additional_properties = d
        return memory_batch_result

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
