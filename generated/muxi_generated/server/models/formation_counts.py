from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JSONValue

T = TypeVar("T", bound="FormationCounts")


@_attrs_define
class FormationCounts:
    """Counts by registry status (`unhealthy`/`starting`... count only in `total`)."""

    total: int
    running: int
    stopped: int
    crashed: int
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        running = self.running

        stopped = self.stopped

        crashed = self.crashed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "running": running,
                "stopped": stopped,
                "crashed": crashed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total")

        running = d.pop("running")

        stopped = d.pop("stopped")

        crashed = d.pop("crashed")

        formation_counts = cls(
            total=total,
            running=running,
            stopped=stopped,
            crashed=crashed,
        )

        formation_counts.additional_properties = d
        return formation_counts

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
