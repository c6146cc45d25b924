from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

T = TypeVar("T", bound="MemoryJobStatus")


@_attrs_define
class MemoryJobStatus:
    """Status of a background memory job; the job's report keys are merged in once it completed."""

    job_id: str
    status: str
    error: str | Unset = UNSET
    user_id: str | Unset = UNSET
    dry_run: bool | Unset = UNSET
    projections: JSONValue | Unset = UNSET
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        status = self.status

        error = self.error

        user_id = self.user_id

        dry_run = self.dry_run

        projections = self.projections

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
                "status": status,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if projections is not UNSET:
            field_dict["projections"] = projections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("job_id")

        status = d.pop("status")

        error = d.pop("error", UNSET)

        user_id = d.pop("user_id", UNSET)

        dry_run = d.pop("dry_run", UNSET)

        projections = d.pop("projections", UNSET)

        memory_job_status = cls(
            job_id=job_id,
            status=status,
            error=error,
            user_id=user_id,
            dry_run=dry_run,
            projections=projections,
        )

        memory_job_status.additional_properties = d
        return memory_job_status

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
