from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JSONValue

if TYPE_CHECKING:
    from ..models.formation_stats_memory import FormationStatsMemory
    from ..models.formation_stats_requests import FormationStatsRequests
    from ..models.formation_stats_running import FormationStatsRunning


T = TypeVar("T", bound="FormationStats")


@_attrs_define
class FormationStats:
    running: FormationStatsRunning
    memory: FormationStatsMemory
    requests: FormationStatsRequests
    buffer_size: int
    """ Configured buffer-memory size. """
    cpu_percent: float | None
    """ CPU usage of the host; null when unavailable. """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        running = self.running.to_dict()

        memory = self.memory.to_dict()

        requests = self.requests.to_dict()

        buffer_size = self.buffer_size

        cpu_percent: float | None
        cpu_percent = self.cpu_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "running": running,
                "memory": memory,
                "requests": requests,
                "buffer_size": buffer_size,
                "cpu_percent": cpu_percent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.formation_stats_memory import FormationStatsMemory
        from ..models.formation_stats_requests import FormationStatsRequests
        from ..models.formation_stats_running import FormationStatsRunning

        d = dict(src_dict)
        running = FormationStatsRunning.from_dict(d.pop("running"))

        memory = FormationStatsMemory.from_dict(d.pop("memory"))

        requests = FormationStatsRequests.from_dict(d.pop("requests"))

        buffer_size = d.pop("buffer_size")

        def _parse_cpu_percent(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        cpu_percent = _parse_cpu_percent(d.pop("cpu_percent"))

        formation_stats = cls(
            running=running,
            memory=memory,
            requests=requests,
            buffer_size=buffer_size,
            cpu_percent=cpu_percent,
        )

        formation_stats.additional_properties = d
        return formation_stats

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
