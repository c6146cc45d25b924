from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.distilled_batch_result_rejections_item import DistilledBatchResultRejectionsItem


T = TypeVar("T", bound="DistilledBatchResult")


@_attrs_define
class DistilledBatchResult:
    batch_id: str | Unset = UNSET
    accepted: int | Unset = UNSET
    duplicates: int | Unset = UNSET
    rejected: int | Unset = UNSET
    rejections: list[DistilledBatchResultRejectionsItem] | Unset = UNSET
    processing_id: None | str | Unset = UNSET
    status_url: str | Unset = UNSET
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        accepted = self.accepted

        duplicates = self.duplicates

        rejected = self.rejected

        rejections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rejections, Unset):
            rejections = []
            for rejections_item_data in self.rejections:
                rejections_item = rejections_item_data.to_dict()
                rejections.append(rejections_item)

        processing_id: None | str | Unset
        if isinstance(self.processing_id, Unset):
            processing_id = UNSET
        else:
            processing_id = self.processing_id

        status_url = self.status_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if duplicates is not UNSET:
            field_dict["duplicates"] = duplicates
        if rejected is not UNSET:
            field_dict["rejected"] = rejected
        if rejections is not UNSET:
            field_dict["rejections"] = rejections
        if processing_id is not UNSET:
            field_dict["processing_id"] = processing_id
        if status_url is not UNSET:
            field_dict["status_url"] = status_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.distilled_batch_result_rejections_item import DistilledBatchResultRejectionsItem

        d = dict(src_dict)
        batch_id = d.pop("batch_id", UNSET)

        accepted = d.pop("accepted", UNSET)

        duplicates = d.pop("duplicates", UNSET)

        rejected = d.pop("rejected", UNSET)

        _rejections = d.pop("rejections", UNSET)
        rejections: list[DistilledBatchResultRejectionsItem] | Unset = UNSET
        if _rejections is not UNSET:
            rejections = []
            for rejections_item_data in _rejections:
                rejections_item = DistilledBatchResultRejectionsItem.from_dict(rejections_item_data)

                rejections.append(rejections_item)

        def _parse_processing_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        processing_id = _parse_processing_id(d.pop("processing_id", UNSET))

        status_url = d.pop("status_url", UNSET)

        distilled_batch_result = cls(
            batch_id=batch_id,
            accepted=accepted,
            duplicates=duplicates,
            rejected=rejected,
            rejections=rejections,
            processing_id=processing_id,
            status_url=status_url,
        )

        distilled_batch_result.additional_properties = d
        return distilled_batch_result

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
