from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.history_entry_sources_item import HistoryEntrySourcesItem


T = TypeVar("T", bound="HistoryEntry")


@_attrs_define
class HistoryEntry:
    """One captain's log entry."""

    id: str | Unset = UNSET
    date: JSONValue | Unset = UNSET
    """ Entry date. """
    summary: str | Unset = UNSET
    decisions: JSONValue | Unset = UNSET
    projects: JSONValue | Unset = UNSET
    context: JSONValue | Unset = UNSET
    created_at: JSONValue | Unset = UNSET
    updated_at: JSONValue | Unset = UNSET
    sources: list[HistoryEntrySourcesItem] | Unset = UNSET
    """ Source lineage (with `include_sources`). """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        date = self.date

        summary = self.summary

        decisions = self.decisions

        projects = self.projects

        context = self.context

        created_at = self.created_at

        updated_at = self.updated_at

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if date is not UNSET:
            field_dict["date"] = date
        if summary is not UNSET:
            field_dict["summary"] = summary
        if decisions is not UNSET:
            field_dict["decisions"] = decisions
        if projects is not UNSET:
            field_dict["projects"] = projects
        if context is not UNSET:
            field_dict["context"] = context
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.history_entry_sources_item import HistoryEntrySourcesItem

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        date = d.pop("date", UNSET)

        summary = d.pop("summary", UNSET)

        decisions = d.pop("decisions", UNSET)

        projects = d.pop("projects", UNSET)

        context = d.pop("context", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        _sources = d.pop("sources", UNSET)
        sources: list[HistoryEntrySourcesItem] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = HistoryEntrySourcesItem.from_dict(sources_item_data)

                sources.append(sources_item)

        history_entry = cls(
            id=id,
            date=date,
            summary=summary,
            decisions=decisions,
            projects=projects,
            context=context,
            created_at=created_at,
            updated_at=updated_at,
            sources=sources,
        )

        history_entry.additional_properties = d
        return history_entry

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
