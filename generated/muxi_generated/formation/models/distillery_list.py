from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JSONValue

if TYPE_CHECKING:
    from ..models.distillery import Distillery


T = TypeVar("T", bound="DistilleryList")


@_attrs_define
class DistilleryList:
    distilleries: list[Distillery]
    count: int
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def __iter__(self) -> Iterator[Distillery]:
        """Iterate over ``distilleries`` (this is a list payload)."""
        return iter(self.distilleries)

    def __len__(self) -> int:
        """The number of items in ``distilleries``."""
        return len(self.distilleries)

    @overload
    def __getitem__(self, key: int) -> Distillery: ...

    @overload
    def __getitem__(self, key: slice) -> list[Distillery]: ...

    @overload
    def __getitem__(self, key: str) -> JSONValue: ...

    def __getitem__(self, key: int | slice | str) -> Distillery | list[Distillery] | JSONValue:
        """An item of ``distilleries`` by position (or a slice of them); an additional property by name."""
        if isinstance(key, str):
            return self.additional_properties[key]
        return self.distilleries[key]

    def to_dict(self) -> dict[str, Any]:
        distilleries = []
        for distilleries_item_data in self.distilleries:
            distilleries_item = distilleries_item_data.to_dict()
            distilleries.append(distilleries_item)

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "distilleries": distilleries,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.distillery import Distillery

        d = dict(src_dict)
        distilleries = []
        _distilleries = d.pop("distilleries")
        for distilleries_item_data in _distilleries:
            distilleries_item = Distillery.from_dict(distilleries_item_data)

            distilleries.append(distilleries_item)

        count = d.pop("count")

        distillery_list = cls(
            distilleries=distilleries,
            count=count,
        )

        distillery_list.additional_properties = d
        return distillery_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: JSONValue) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
