from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.memory_buffer_stats_kv_namespaces import MemoryBufferStatsKvNamespaces


T = TypeVar("T", bound="MemoryBufferStats")


@_attrs_define
class MemoryBufferStats:
    total_entries: int | Unset = UNSET
    max_size: int | Unset = UNSET
    utilization: float | Unset = UNSET
    kv_namespaces: MemoryBufferStatsKvNamespaces | Unset = UNSET
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        total_entries = self.total_entries

        max_size = self.max_size

        utilization = self.utilization

        kv_namespaces: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kv_namespaces, Unset):
            kv_namespaces = self.kv_namespaces.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_entries is not UNSET:
            field_dict["total_entries"] = total_entries
        if max_size is not UNSET:
            field_dict["max_size"] = max_size
        if utilization is not UNSET:
            field_dict["utilization"] = utilization
        if kv_namespaces is not UNSET:
            field_dict["kv_namespaces"] = kv_namespaces

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.memory_buffer_stats_kv_namespaces import MemoryBufferStatsKvNamespaces

        d = dict(src_dict)
        total_entries = d.pop("total_entries", UNSET)

        max_size = d.pop("max_size", UNSET)

        utilization = d.pop("utilization", UNSET)

        _kv_namespaces = d.pop("kv_namespaces", UNSET)
        kv_namespaces: MemoryBufferStatsKvNamespaces | Unset
        if isinstance(_kv_namespaces, Unset):
            kv_namespaces = UNSET
        else:
            kv_namespaces = MemoryBufferStatsKvNamespaces.from_dict(_kv_namespaces)

        memory_buffer_stats = cls(
            total_entries=total_entries,
            max_size=max_size,
            utilization=utilization,
            kv_namespaces=kv_namespaces,
        )

        memory_buffer_stats.additional_properties = d
        return memory_buffer_stats

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
