from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.scheduled_job_job_metadata import ScheduledJobJobMetadata


T = TypeVar("T", bound="ScheduledJob")


@_attrs_define
class ScheduledJob:
    """A scheduled job. Timestamps are ISO 8601 UTC strings ending in `Z`. When the runtime
    cannot read the job back after a write it sends a minimal object instead (`id` plus
    `type`/`schedule`/`message`, or `id` plus `action`).

    """

    id: str
    user_id: int | str | Unset = UNSET
    """ Owner (external id; the internal integer id when it cannot be resolved). """
    title: str | Unset = UNSET
    original_prompt: str | Unset = UNSET
    execution_prompt: str | Unset = UNSET
    is_recurring: bool | Unset = UNSET
    cron_expression: None | str | Unset = UNSET
    scheduled_for: None | str | Unset = UNSET
    exclusion_rules: list[JSONValue] | Unset = UNSET
    status: str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    last_run_at: None | str | Unset = UNSET
    last_run_status: None | str | Unset = UNSET
    last_run_failure_message: None | str | Unset = UNSET
    total_runs: int | Unset = UNSET
    total_failures: int | Unset = UNSET
    consecutive_failures: int | Unset = UNSET
    job_metadata: ScheduledJobJobMetadata | Unset = UNSET
    type_: str | Unset = UNSET
    """ Fallback object only. """
    schedule: str | Unset = UNSET
    """ Fallback object only. """
    message: str | Unset = UNSET
    """ Fallback object only. """
    action: str | Unset = UNSET
    """ Fallback object only (update). """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id: int | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        title = self.title

        original_prompt = self.original_prompt

        execution_prompt = self.execution_prompt

        is_recurring = self.is_recurring

        cron_expression: None | str | Unset
        if isinstance(self.cron_expression, Unset):
            cron_expression = UNSET
        else:
            cron_expression = self.cron_expression

        scheduled_for: None | str | Unset
        if isinstance(self.scheduled_for, Unset):
            scheduled_for = UNSET
        else:
            scheduled_for = self.scheduled_for

        exclusion_rules: list[Any] | Unset = UNSET
        if not isinstance(self.exclusion_rules, Unset):
            exclusion_rules = self.exclusion_rules

        status = self.status

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        last_run_at: None | str | Unset
        if isinstance(self.last_run_at, Unset):
            last_run_at = UNSET
        else:
            last_run_at = self.last_run_at

        last_run_status: None | str | Unset
        if isinstance(self.last_run_status, Unset):
            last_run_status = UNSET
        else:
            last_run_status = self.last_run_status

        last_run_failure_message: None | str | Unset
        if isinstance(self.last_run_failure_message, Unset):
            last_run_failure_message = UNSET
        else:
            last_run_failure_message = self.last_run_failure_message

        total_runs = self.total_runs

        total_failures = self.total_failures

        consecutive_failures = self.consecutive_failures

        job_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_metadata, Unset):
            job_metadata = self.job_metadata.to_dict()

        type_ = self.type_

        schedule = self.schedule

        message = self.message

        action = self.action

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if title is not UNSET:
            field_dict["title"] = title
        if original_prompt is not UNSET:
            field_dict["original_prompt"] = original_prompt
        if execution_prompt is not UNSET:
            field_dict["execution_prompt"] = execution_prompt
        if is_recurring is not UNSET:
            field_dict["is_recurring"] = is_recurring
        if cron_expression is not UNSET:
            field_dict["cron_expression"] = cron_expression
        if scheduled_for is not UNSET:
            field_dict["scheduled_for"] = scheduled_for
        if exclusion_rules is not UNSET:
            field_dict["exclusion_rules"] = exclusion_rules
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if last_run_at is not UNSET:
            field_dict["last_run_at"] = last_run_at
        if last_run_status is not UNSET:
            field_dict["last_run_status"] = last_run_status
        if last_run_failure_message is not UNSET:
            field_dict["last_run_failure_message"] = last_run_failure_message
        if total_runs is not UNSET:
            field_dict["total_runs"] = total_runs
        if total_failures is not UNSET:
            field_dict["total_failures"] = total_failures
        if consecutive_failures is not UNSET:
            field_dict["consecutive_failures"] = consecutive_failures
        if job_metadata is not UNSET:
            field_dict["job_metadata"] = job_metadata
        if type_ is not UNSET:
            field_dict["type"] = type_
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if message is not UNSET:
            field_dict["message"] = message
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scheduled_job_job_metadata import ScheduledJobJobMetadata

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_user_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        title = d.pop("title", UNSET)

        original_prompt = d.pop("original_prompt", UNSET)

        execution_prompt = d.pop("execution_prompt", UNSET)

        is_recurring = d.pop("is_recurring", UNSET)

        def _parse_cron_expression(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cron_expression = _parse_cron_expression(d.pop("cron_expression", UNSET))

        def _parse_scheduled_for(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scheduled_for = _parse_scheduled_for(d.pop("scheduled_for", UNSET))

        exclusion_rules = cast(list[Any], d.pop("exclusion_rules", UNSET))

        status = d.pop("status", UNSET)

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_last_run_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_run_at = _parse_last_run_at(d.pop("last_run_at", UNSET))

        def _parse_last_run_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_run_status = _parse_last_run_status(d.pop("last_run_status", UNSET))

        def _parse_last_run_failure_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_run_failure_message = _parse_last_run_failure_message(d.pop("last_run_failure_message", UNSET))

        total_runs = d.pop("total_runs", UNSET)

        total_failures = d.pop("total_failures", UNSET)

        consecutive_failures = d.pop("consecutive_failures", UNSET)

        _job_metadata = d.pop("job_metadata", UNSET)
        job_metadata: ScheduledJobJobMetadata | Unset
        if isinstance(_job_metadata, Unset):
            job_metadata = UNSET
        else:
            job_metadata = ScheduledJobJobMetadata.from_dict(_job_metadata)

        type_ = d.pop("type", UNSET)

        schedule = d.pop("schedule", UNSET)

        message = d.pop("message", UNSET)

        action = d.pop("action", UNSET)

        scheduled_job = cls(
            id=id,
            user_id=user_id,
            title=title,
            original_prompt=original_prompt,
            execution_prompt=execution_prompt,
            is_recurring=is_recurring,
            cron_expression=cron_expression,
            scheduled_for=scheduled_for,
            exclusion_rules=exclusion_rules,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            last_run_at=last_run_at,
            last_run_status=last_run_status,
            last_run_failure_message=last_run_failure_message,
            total_runs=total_runs,
            total_failures=total_failures,
            consecutive_failures=consecutive_failures,
            job_metadata=job_metadata,
            type_=type_,
            schedule=schedule,
            message=message,
            action=action,
        )

        scheduled_job.additional_properties = d
        return scheduled_job

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
