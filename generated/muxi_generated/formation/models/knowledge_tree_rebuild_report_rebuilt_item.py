from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

T = TypeVar("T", bound="KnowledgeTreeRebuildReportRebuiltItem")


@_attrs_define
class KnowledgeTreeRebuildReportRebuiltItem:
    source_id: str | Unset = UNSET
    node_count: int | Unset = UNSET
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        source_id = self.source_id

        node_count = self.node_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if node_count is not UNSET:
            field_dict["node_count"] = node_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_id = d.pop("source_id", UNSET)

        node_count = d.pop("node_count", UNSET)

        knowledge_tree_rebuild_report_rebuilt_item = cls(
            source_id=source_id,
            node_count=node_count,
        )

        knowledge_tree_rebuild_report_rebuilt_item.additional_properties = d
        return knowledge_tree_rebuild_report_rebuilt_item

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
