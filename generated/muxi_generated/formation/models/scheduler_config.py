from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

T = TypeVar("T", bound="SchedulerConfig")


@_attrs_define
class SchedulerConfig:
    """The formation's `scheduler` block over the runtime defaults."""

    enabled: bool | Unset = UNSET
    timezone: str | Unset = UNSET
    check_interval_minutes: float | Unset = UNSET
    max_concurrent_jobs: int | Unset = UNSET
    max_failures_before_pause: int | Unset = UNSET
    default_time: str | Unset = UNSET
    """ Default time of day, `HH:MM`. """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        timezone = self.timezone

        check_interval_minutes = self.check_interval_minutes

        max_concurrent_jobs = self.max_concurrent_jobs

        max_failures_before_pause = self.max_failures_before_pause

        default_time = self.default_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if check_interval_minutes is not UNSET:
            field_dict["check_interval_minutes"] = check_interval_minutes
        if max_concurrent_jobs is not UNSET:
            field_dict["max_concurrent_jobs"] = max_concurrent_jobs
        if max_failures_before_pause is not UNSET:
            field_dict["max_failures_before_pause"] = max_failures_before_pause
        if default_time is not UNSET:
            field_dict["default_time"] = default_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        timezone = d.pop("timezone", UNSET)

        check_interval_minutes = d.pop("check_interval_minutes", UNSET)

        max_concurrent_jobs = d.pop("max_concurrent_jobs", UNSET)

        max_failures_before_pause = d.pop("max_failures_before_pause", UNSET)

        default_time = d.pop("default_time", UNSET)

        scheduler_config = cls(
            enabled=enabled,
            timezone=timezone,
            check_interval_minutes=check_interval_minutes,
            max_concurrent_jobs=max_concurrent_jobs,
            max_failures_before_pause=max_failures_before_pause,
            default_time=default_time,
        )

        scheduler_config.additional_properties = d
        return scheduler_config

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
