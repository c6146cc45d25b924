from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JSONValue

if TYPE_CHECKING:
    from ..models.scheduled_job import ScheduledJob


T = TypeVar("T", bound="ScheduledJobList")


@_attrs_define
class ScheduledJobList:
    jobs: list[ScheduledJob]
    count: int
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def __iter__(self) -> Iterator[ScheduledJob]:
        """Iterate over ``jobs`` (this is a list payload)."""
        return iter(self.jobs)

    def __len__(self) -> int:
        """The number of items in ``jobs``."""
        return len(self.jobs)

    @overload
    def __getitem__(self, key: int) -> ScheduledJob: ...

    @overload
    def __getitem__(self, key: slice) -> list[ScheduledJob]: ...

    @overload
    def __getitem__(self, key: str) -> JSONValue: ...

    def __getitem__(self, key: int | slice | str) -> ScheduledJob | list[ScheduledJob] | JSONValue:
        """An item of ``jobs`` by position (or a slice of them); an additional property by name."""
        if isinstance(key, str):
            return self.additional_properties[key]
        return self.jobs[key]

    def to_dict(self) -> dict[str, Any]:
        jobs = []
        for jobs_item_data in self.jobs:
            jobs_item = jobs_item_data.to_dict()
            jobs.append(jobs_item)

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobs": jobs,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scheduled_job import ScheduledJob

        d = dict(src_dict)
        jobs = []
        _jobs = d.pop("jobs")
        for jobs_item_data in _jobs:
            jobs_item = ScheduledJob.from_dict(jobs_item_data)

            jobs.append(jobs_item)

        count = d.pop("count")

        scheduled_job_list = cls(
            jobs=jobs,
            count=count,
        )

        scheduled_job_list.additional_properties = d
        return scheduled_job_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: JSONValue) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
