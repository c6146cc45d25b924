from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

T = TypeVar("T", bound="SkillSummary")


@_attrs_define
class SkillSummary:
    """A skill as listed."""

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    scope: str | Unset = UNSET
    has_scripts: bool | Unset = UNSET
    resource_count: int | Unset = UNSET
    has_execution_context: bool | Unset = UNSET
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        scope = self.scope

        has_scripts = self.has_scripts

        resource_count = self.resource_count

        has_execution_context = self.has_execution_context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if scope is not UNSET:
            field_dict["scope"] = scope
        if has_scripts is not UNSET:
            field_dict["has_scripts"] = has_scripts
        if resource_count is not UNSET:
            field_dict["resource_count"] = resource_count
        if has_execution_context is not UNSET:
            field_dict["has_execution_context"] = has_execution_context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        scope = d.pop("scope", UNSET)

        has_scripts = d.pop("has_scripts", UNSET)

        resource_count = d.pop("resource_count", UNSET)

        has_execution_context = d.pop("has_execution_context", UNSET)

        skill_summary = cls(
            name=name,
            description=description,
            scope=scope,
            has_scripts=has_scripts,
            resource_count=resource_count,
            has_execution_context=has_execution_context,
        )

        skill_summary.additional_properties = d
        return skill_summary

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
