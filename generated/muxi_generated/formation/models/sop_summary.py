from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

T = TypeVar("T", bound="SopSummary")


@_attrs_define
class SopSummary:
    name: str | Unset = UNSET
    title: str | Unset = UNSET
    type_: str | Unset = UNSET
    steps: int | None | Unset = UNSET
    """ Numbered lines in the SOP (null when none). """
    agents_used: list[str] | None | Unset = UNSET
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        title = self.title

        type_ = self.type_

        steps: int | None | Unset
        if isinstance(self.steps, Unset):
            steps = UNSET
        else:
            steps = self.steps

        agents_used: list[str] | None | Unset
        if isinstance(self.agents_used, Unset):
            agents_used = UNSET
        elif isinstance(self.agents_used, list):
            agents_used = self.agents_used

        else:
            agents_used = self.agents_used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if steps is not UNSET:
            field_dict["steps"] = steps
        if agents_used is not UNSET:
            field_dict["agents_used"] = agents_used

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        title = d.pop("title", UNSET)

        type_ = d.pop("type", UNSET)

        def _parse_steps(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        steps = _parse_steps(d.pop("steps", UNSET))

        def _parse_agents_used(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                agents_used_type_0 = cast(list[str], data)

                return agents_used_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        agents_used = _parse_agents_used(d.pop("agents_used", UNSET))

        sop_summary = cls(
            name=name,
            title=title,
            type_=type_,
            steps=steps,
            agents_used=agents_used,
        )

        sop_summary.additional_properties = d
        return sop_summary

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
