from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JSONValue

if TYPE_CHECKING:
    from ..models.knowledge_source_sync_result import KnowledgeSourceSyncResult


T = TypeVar("T", bound="KnowledgeSyncResult")


@_attrs_define
class KnowledgeSyncResult:
    agent_id: str
    results: list[KnowledgeSourceSyncResult]
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_id": agent_id,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.knowledge_source_sync_result import KnowledgeSourceSyncResult

        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = KnowledgeSourceSyncResult.from_dict(results_item_data)

            results.append(results_item)

        knowledge_sync_result = cls(
            agent_id=agent_id,
            results=results,
        )

        knowledge_sync_result.additional_properties = d
        return knowledge_sync_result

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
