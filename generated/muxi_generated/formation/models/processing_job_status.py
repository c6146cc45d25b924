from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.processing_job_status_counts import ProcessingJobStatusCounts
    from ..models.processing_job_status_items_item import ProcessingJobStatusItemsItem
    from ..models.processing_job_status_usage import ProcessingJobStatusUsage


T = TypeVar("T", bound="ProcessingJobStatus")


@_attrs_define
class ProcessingJobStatus:
    """Status of an ingestion or distillation processing job; completed jobs merge their result keys in."""

    processing_id: str
    status: str
    created_at: float | None | Unset = UNSET
    """ Unix seconds. """
    completed_at: float | str | Unset = UNSET
    """ When the job finished. **In this release an ISO 8601 string** (`...Z`), although `created_at` is Unix
    seconds. """
    error: str | Unset = UNSET
    batch_id: str | Unset = UNSET
    """ The distilled batch's `batch_id` (distillation jobs). """
    items: list[ProcessingJobStatusItemsItem] | Unset = UNSET
    """ Per-item outcome of a completed job (ingestion items carry `source`, `source_id`, `classification` or
    `classify_error`...; distilled items `index`, `event_id`, `event_type`, `user_id`, `disposition`). """
    counts: ProcessingJobStatusCounts | Unset = UNSET
    """ Items per outcome (e.g. `projected`, `recorded`, `failed`). """
    pre_computed_vectors_used: bool | Unset = UNSET
    """ Whether the batch's own embeddings were used (distillation jobs). """
    usage: ProcessingJobStatusUsage | Unset = UNSET
    """ LLM token usage of the job's classification (`fields`, `total`, `breakdown` per model), when it used an LLM.
    """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        processing_id = self.processing_id

        status = self.status

        created_at: float | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        completed_at: float | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        error = self.error

        batch_id = self.batch_id

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.counts, Unset):
            counts = self.counts.to_dict()

        pre_computed_vectors_used = self.pre_computed_vectors_used

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "processing_id": processing_id,
                "status": status,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if error is not UNSET:
            field_dict["error"] = error
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if items is not UNSET:
            field_dict["items"] = items
        if counts is not UNSET:
            field_dict["counts"] = counts
        if pre_computed_vectors_used is not UNSET:
            field_dict["pre_computed_vectors_used"] = pre_computed_vectors_used
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.processing_job_status_counts import ProcessingJobStatusCounts
        from ..models.processing_job_status_items_item import ProcessingJobStatusItemsItem
        from ..models.processing_job_status_usage import ProcessingJobStatusUsage

        d = dict(src_dict)
        processing_id = d.pop("processing_id")

        status = d.pop("status")

        def _parse_created_at(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_completed_at(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        error = d.pop("error", UNSET)

        batch_id = d.pop("batch_id", UNSET)

        _items = d.pop("items", UNSET)
        items: list[ProcessingJobStatusItemsItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = ProcessingJobStatusItemsItem.from_dict(items_item_data)

                items.append(items_item)

        _counts = d.pop("counts", UNSET)
        counts: ProcessingJobStatusCounts | Unset
        if isinstance(_counts, Unset):
            counts = UNSET
        else:
            counts = ProcessingJobStatusCounts.from_dict(_counts)

        pre_computed_vectors_used = d.pop("pre_computed_vectors_used", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: ProcessingJobStatusUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = ProcessingJobStatusUsage.from_dict(_usage)

        processing_job_status = cls(
            processing_id=processing_id,
            status=status,
            created_at=created_at,
            completed_at=completed_at,
            error=error,
            batch_id=batch_id,
            items=items,
            counts=counts,
            pre_computed_vectors_used=pre_computed_vectors_used,
            usage=usage,
        )

        processing_job_status.additional_properties = d
        return processing_job_status

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
