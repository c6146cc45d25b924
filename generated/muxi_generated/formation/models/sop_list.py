from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JSONValue

if TYPE_CHECKING:
    from ..models.sop_summary import SopSummary


T = TypeVar("T", bound="SopList")


@_attrs_define
class SopList:
    sops: list[SopSummary]
    count: int
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def __iter__(self) -> Iterator[SopSummary]:
        """Iterate over ``sops`` (this is a list payload)."""
        return iter(self.sops)

    def __len__(self) -> int:
        """The number of items in ``sops``."""
        return len(self.sops)

    @overload
    def __getitem__(self, key: int) -> SopSummary: ...

    @overload
    def __getitem__(self, key: slice) -> list[SopSummary]: ...

    @overload
    def __getitem__(self, key: str) -> JSONValue: ...

    def __getitem__(self, key: int | slice | str) -> SopSummary | list[SopSummary] | JSONValue:
        """An item of ``sops`` by position (or a slice of them); an additional property by name."""
        if isinstance(key, str):
            return self.additional_properties[key]
        return self.sops[key]

    def to_dict(self) -> dict[str, Any]:
        sops = []
        for sops_item_data in self.sops:
            sops_item = sops_item_data.to_dict()
            sops.append(sops_item)

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sops": sops,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sop_summary import SopSummary

        d = dict(src_dict)
        sops = []
        _sops = d.pop("sops")
        for sops_item_data in _sops:
            sops_item = SopSummary.from_dict(sops_item_data)

            sops.append(sops_item)

        count = d.pop("count")

        sop_list = cls(
            sops=sops,
            count=count,
        )

        sop_list.additional_properties = d
        return sop_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: JSONValue) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
