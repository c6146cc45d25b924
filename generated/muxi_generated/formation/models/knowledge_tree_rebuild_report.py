from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.knowledge_tree_rebuild_report_rebuilt_item import KnowledgeTreeRebuildReportRebuiltItem


T = TypeVar("T", bound="KnowledgeTreeRebuildReport")


@_attrs_define
class KnowledgeTreeRebuildReport:
    """Rebuild outcome for one agent."""

    rebuilt: list[KnowledgeTreeRebuildReportRebuiltItem] | Unset = UNSET
    failed: list[str] | Unset = UNSET
    skipped: list[str] | Unset = UNSET
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        rebuilt: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rebuilt, Unset):
            rebuilt = []
            for rebuilt_item_data in self.rebuilt:
                rebuilt_item = rebuilt_item_data.to_dict()
                rebuilt.append(rebuilt_item)

        failed: list[str] | Unset = UNSET
        if not isinstance(self.failed, Unset):
            failed = self.failed

        skipped: list[str] | Unset = UNSET
        if not isinstance(self.skipped, Unset):
            skipped = self.skipped

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rebuilt is not UNSET:
            field_dict["rebuilt"] = rebuilt
        if failed is not UNSET:
            field_dict["failed"] = failed
        if skipped is not UNSET:
            field_dict["skipped"] = skipped

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.knowledge_tree_rebuild_report_rebuilt_item import KnowledgeTreeRebuildReportRebuiltItem

        d = dict(src_dict)
        _rebuilt = d.pop("rebuilt", UNSET)
        rebuilt: list[KnowledgeTreeRebuildReportRebuiltItem] | Unset = UNSET
        if _rebuilt is not UNSET:
            rebuilt = []
            for rebuilt_item_data in _rebuilt:
                rebuilt_item = KnowledgeTreeRebuildReportRebuiltItem.from_dict(rebuilt_item_data)

                rebuilt.append(rebuilt_item)

        failed = cast(list[str], d.pop("failed", UNSET))

        skipped = cast(list[str], d.pop("skipped", UNSET))

        knowledge_tree_rebuild_report = cls(
            rebuilt=rebuilt,
            failed=failed,
            skipped=skipped,
        )

        knowledge_tree_rebuild_report.additional_properties = d
        return knowledge_tree_rebuild_report

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
