from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JSONValue

if TYPE_CHECKING:
    from ..models.skill_summary import SkillSummary


T = TypeVar("T", bound="SkillList")


@_attrs_define
class SkillList:
    skills: list[SkillSummary]
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def __iter__(self) -> Iterator[SkillSummary]:
        """Iterate over ``skills`` (this is a list payload)."""
        return iter(self.skills)

    def __len__(self) -> int:
        """The number of items in ``skills``."""
        return len(self.skills)

    @overload
    def __getitem__(self, key: int) -> SkillSummary: ...

    @overload
    def __getitem__(self, key: slice) -> list[SkillSummary]: ...

    @overload
    def __getitem__(self, key: str) -> JSONValue: ...

    def __getitem__(self, key: int | slice | str) -> SkillSummary | list[SkillSummary] | JSONValue:
        """An item of ``skills`` by position (or a slice of them); an additional property by name."""
        if isinstance(key, str):
            return self.additional_properties[key]
        return self.skills[key]

    def to_dict(self) -> dict[str, Any]:
        skills = []
        for skills_item_data in self.skills:
            skills_item = skills_item_data.to_dict()
            skills.append(skills_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "skills": skills,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skill_summary import SkillSummary

        d = dict(src_dict)
        skills = []
        _skills = d.pop("skills")
        for skills_item_data in _skills:
            skills_item = SkillSummary.from_dict(skills_item_data)

            skills.append(skills_item)

        skill_list = cls(
            skills=skills,
        )

        skill_list.additional_properties = d
        return skill_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: JSONValue) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
