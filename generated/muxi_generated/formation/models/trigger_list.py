from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar, cast, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JSONValue

T = TypeVar("T", bound="TriggerList")


@_attrs_define
class TriggerList:
    formation_id: str
    triggers: list[str]
    count: int
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def __iter__(self) -> Iterator[str]:
        """Iterate over ``triggers`` (this is a list payload)."""
        return iter(self.triggers)

    def __len__(self) -> int:
        """The number of items in ``triggers``."""
        return len(self.triggers)

    @overload
    def __getitem__(self, key: int) -> str: ...

    @overload
    def __getitem__(self, key: slice) -> list[str]: ...

    @overload
    def __getitem__(self, key: str) -> JSONValue: ...

    def __getitem__(self, key: int | slice | str) -> str | list[str] | JSONValue:
        """An item of ``triggers`` by position (or a slice of them); an additional property by name."""
        if isinstance(key, str):
            return self.additional_properties[key]
        return self.triggers[key]

    def to_dict(self) -> dict[str, Any]:
        formation_id = self.formation_id

        triggers = self.triggers

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "formation_id": formation_id,
                "triggers": triggers,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        formation_id = d.pop("formation_id")

        triggers = cast(list[str], d.pop("triggers"))

        count = d.pop("count")

        trigger_list = cls(
            formation_id=formation_id,
            triggers=triggers,
            count=count,
        )

        trigger_list.additional_properties = d
        return trigger_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: JSONValue) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
