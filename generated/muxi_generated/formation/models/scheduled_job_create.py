from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scheduled_job_create_type import ScheduledJobCreateType, check_scheduled_job_create_type
from ..types import JSONValue

T = TypeVar("T", bound="ScheduledJobCreate")


@_attrs_define
class ScheduledJobCreate:
    type_: ScheduledJobCreateType
    """ Job kind (any other value answers 400). """
    schedule: str
    """ Cron expression (`recurring`) or future ISO 8601 datetime (`one_time`; UTC when no offset). """
    message: str
    """ Prompt sent to the formation when the job runs (its first 500 characters become the title). """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        schedule = self.schedule

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "schedule": schedule,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_scheduled_job_create_type(d.pop("type"))

        schedule = d.pop("schedule")

        message = d.pop("message")

        scheduled_job_create = cls(
            type_=type_,
            schedule=schedule,
            message=message,
        )

        scheduled_job_create.additional_properties = d
        return scheduled_job_create

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
