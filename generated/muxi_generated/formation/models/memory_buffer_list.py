from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.memory_buffer_stats import MemoryBufferStats


T = TypeVar("T", bound="MemoryBufferList")


@_attrs_define
class MemoryBufferList:
    buffers: list[MemoryBufferStats]
    total_entries: int | Unset = UNSET
    """ Only present when there is no buffer memory. """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def __iter__(self) -> Iterator[MemoryBufferStats]:
        """Iterate over ``buffers`` (this is a list payload)."""
        return iter(self.buffers)

    def __len__(self) -> int:
        """The number of items in ``buffers``."""
        return len(self.buffers)

    @overload
    def __getitem__(self, key: int) -> MemoryBufferStats: ...

    @overload
    def __getitem__(self, key: slice) -> list[MemoryBufferStats]: ...

    @overload
    def __getitem__(self, key: str) -> JSONValue: ...

    def __getitem__(self, key: int | slice | str) -> MemoryBufferStats | list[MemoryBufferStats] | JSONValue:
        """An item of ``buffers`` by position (or a slice of them); an additional property by name."""
        if isinstance(key, str):
            return self.additional_properties[key]
        return self.buffers[key]

    def to_dict(self) -> dict[str, Any]:
        buffers = []
        for buffers_item_data in self.buffers:
            buffers_item = buffers_item_data.to_dict()
            buffers.append(buffers_item)

        total_entries = self.total_entries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "buffers": buffers,
            }
        )
        if total_entries is not UNSET:
            field_dict["total_entries"] = total_entries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.memory_buffer_stats import MemoryBufferStats

        d = dict(src_dict)
        buffers = []
        _buffers = d.pop("buffers")
        for buffers_item_data in _buffers:
            buffers_item = MemoryBufferStats.from_dict(buffers_item_data)

            buffers.append(buffers_item)

        total_entries = d.pop("total_entries", UNSET)

        memory_buffer_list = cls(
            buffers=buffers,
            total_entries=total_entries,
        )

        memory_buffer_list.additional_properties = d
        return memory_buffer_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: JSONValue) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
