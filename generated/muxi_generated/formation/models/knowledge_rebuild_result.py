from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JSONValue

if TYPE_CHECKING:
    from ..models.knowledge_rebuild_result_agents import KnowledgeRebuildResultAgents


T = TypeVar("T", bound="KnowledgeRebuildResult")


@_attrs_define
class KnowledgeRebuildResult:
    agents: KnowledgeRebuildResultAgents
    """ Agent id to its rebuild report. """
    source_id: None | str
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        agents = self.agents.to_dict()

        source_id: None | str
        source_id = self.source_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agents": agents,
                "source_id": source_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.knowledge_rebuild_result_agents import KnowledgeRebuildResultAgents

        d = dict(src_dict)
        agents = KnowledgeRebuildResultAgents.from_dict(d.pop("agents"))

        def _parse_source_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_id = _parse_source_id(d.pop("source_id"))

        knowledge_rebuild_result = cls(
            agents=agents,
            source_id=source_id,
        )

        knowledge_rebuild_result.additional_properties = d
        return knowledge_rebuild_result

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
