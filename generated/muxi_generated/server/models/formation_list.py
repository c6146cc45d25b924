from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JSONValue

if TYPE_CHECKING:
    from ..models.formation_info import FormationInfo


T = TypeVar("T", bound="FormationList")


@_attrs_define
class FormationList:
    formations: list[FormationInfo]
    total: int
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def __iter__(self) -> Iterator[FormationInfo]:
        """Iterate over ``formations`` (this is a list payload)."""
        return iter(self.formations)

    def __len__(self) -> int:
        """The number of items in ``formations``."""
        return len(self.formations)

    @overload
    def __getitem__(self, key: int) -> FormationInfo: ...

    @overload
    def __getitem__(self, key: slice) -> list[FormationInfo]: ...

    @overload
    def __getitem__(self, key: str) -> JSONValue: ...

    def __getitem__(self, key: int | slice | str) -> FormationInfo | list[FormationInfo] | JSONValue:
        """An item of ``formations`` by position (or a slice of them); an additional property by name."""
        if isinstance(key, str):
            return self.additional_properties[key]
        return self.formations[key]

    def to_dict(self) -> dict[str, Any]:
        formations = []
        for formations_item_data in self.formations:
            formations_item = formations_item_data.to_dict()
            formations.append(formations_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "formations": formations,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.formation_info import FormationInfo

        d = dict(src_dict)
        formations = []
        _formations = d.pop("formations")
        for formations_item_data in _formations:
            formations_item = FormationInfo.from_dict(formations_item_data)

            formations.append(formations_item)

        total = d.pop("total")

        formation_list = cls(
            formations=formations,
            total=total,
        )

        formation_list.additional_properties = d
        return formation_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: JSONValue) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
