from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

T = TypeVar("T", bound="MemoryForgetResult")


@_attrs_define
class MemoryForgetResult:
    user_id: str
    source: str
    deleted_events: int
    """ Events soft-deleted. """
    grace_period_days: int
    """ Days before the soft delete becomes permanent. """
    rebuild_required: list[str] | Unset = UNSET
    """ Projections to rebuild later (when `rebuild` was false). """
    projections: JSONValue | Unset = UNSET
    """ Inline rebuild report. """
    job_id: str | Unset = UNSET
    status: str | Unset = UNSET
    status_url: str | Unset = UNSET
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        source = self.source

        deleted_events = self.deleted_events

        grace_period_days = self.grace_period_days

        rebuild_required: list[str] | Unset = UNSET
        if not isinstance(self.rebuild_required, Unset):
            rebuild_required = self.rebuild_required

        projections = self.projections

        job_id = self.job_id

        status = self.status

        status_url = self.status_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "source": source,
                "deleted_events": deleted_events,
                "grace_period_days": grace_period_days,
            }
        )
        if rebuild_required is not UNSET:
            field_dict["rebuild_required"] = rebuild_required
        if projections is not UNSET:
            field_dict["projections"] = projections
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if status is not UNSET:
            field_dict["status"] = status
        if status_url is not UNSET:
            field_dict["status_url"] = status_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        source = d.pop("source")

        deleted_events = d.pop("deleted_events")

        grace_period_days = d.pop("grace_period_days")

        rebuild_required = cast(list[str], d.pop("rebuild_required", UNSET))

        projections = d.pop("projections", UNSET)

        job_id = d.pop("job_id", UNSET)

        status = d.pop("status", UNSET)

        status_url = d.pop("status_url", UNSET)

        memory_forget_result = cls(
            user_id=user_id,
            source=source,
            deleted_events=deleted_events,
            grace_period_days=grace_period_days,
            rebuild_required=rebuild_required,
            projections=projections,
            job_id=job_id,
            status=status,
            status_url=status_url,
        )

        memory_forget_result.additional_properties = d
        return memory_forget_result

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
