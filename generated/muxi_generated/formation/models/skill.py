from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

T = TypeVar("T", bound="Skill")


@_attrs_define
class Skill:
    """One skill's metadata."""

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    license_: None | str | Unset = UNSET
    compatibility: JSONValue | Unset = UNSET
    """ Compatibility note. """
    allowed_tools: JSONValue | Unset = UNSET
    """ Tools the skill may use. """
    resources: list[str] | Unset = UNSET
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        license_: None | str | Unset
        if isinstance(self.license_, Unset):
            license_ = UNSET
        else:
            license_ = self.license_

        compatibility = self.compatibility

        allowed_tools = self.allowed_tools

        resources: list[str] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if license_ is not UNSET:
            field_dict["license"] = license_
        if compatibility is not UNSET:
            field_dict["compatibility"] = compatibility
        if allowed_tools is not UNSET:
            field_dict["allowed_tools"] = allowed_tools
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        def _parse_license_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        license_ = _parse_license_(d.pop("license", UNSET))

        compatibility = d.pop("compatibility", UNSET)

        allowed_tools = d.pop("allowed_tools", UNSET)

        resources = cast(list[str], d.pop("resources", UNSET))

        skill = cls(
            name=name,
            description=description,
            license_=license_,
            compatibility=compatibility,
            allowed_tools=allowed_tools,
            resources=resources,
        )

        skill.additional_properties = d
        return skill

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
