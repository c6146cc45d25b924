from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JSONValue

T = TypeVar("T", bound="FormationStatsMemory")


@_attrs_define
class FormationStatsMemory:
    working_memory_mb: float
    """ Configured working-memory budget (MB). """
    memory_usage_mb: float | None
    """ Resident memory of the process (MB); null when unavailable. """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        working_memory_mb = self.working_memory_mb

        memory_usage_mb: float | None
        memory_usage_mb = self.memory_usage_mb

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "working_memory_mb": working_memory_mb,
                "memory_usage_mb": memory_usage_mb,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        working_memory_mb = d.pop("working_memory_mb")

        def _parse_memory_usage_mb(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        memory_usage_mb = _parse_memory_usage_mb(d.pop("memory_usage_mb"))

        formation_stats_memory = cls(
            working_memory_mb=working_memory_mb,
            memory_usage_mb=memory_usage_mb,
        )

        formation_stats_memory.additional_properties = d
        return formation_stats_memory

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
