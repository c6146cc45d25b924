from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

T = TypeVar("T", bound="FormationVersion")


@_attrs_define
class FormationVersion:
    """Version information. `semantic` (from the formation file) is only sent by the list;
    `current`/`previous` are bundle hashes from the version history.

    """

    semantic: str | Unset = UNSET
    current: str | Unset = UNSET
    previous: str | Unset = UNSET
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        semantic = self.semantic

        current = self.current

        previous = self.previous

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if semantic is not UNSET:
            field_dict["semantic"] = semantic
        if current is not UNSET:
            field_dict["current"] = current
        if previous is not UNSET:
            field_dict["previous"] = previous

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        semantic = d.pop("semantic", UNSET)

        current = d.pop("current", UNSET)

        previous = d.pop("previous", UNSET)

        formation_version = cls(
            semantic=semantic,
            current=current,
            previous=previous,
        )

        formation_version.additional_properties = d
        return formation_version

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
