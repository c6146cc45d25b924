from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JSONValue

if TYPE_CHECKING:
    from ..models.user_identifier import UserIdentifier


T = TypeVar("T", bound="UserIdentifierList")


@_attrs_define
class UserIdentifierList:
    muxi_user_id: str
    internal_user_id: int
    identifiers: list[UserIdentifier]
    count: int
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def __iter__(self) -> Iterator[UserIdentifier]:
        """Iterate over ``identifiers`` (this is a list payload)."""
        return iter(self.identifiers)

    def __len__(self) -> int:
        """The number of items in ``identifiers``."""
        return len(self.identifiers)

    @overload
    def __getitem__(self, key: int) -> UserIdentifier: ...

    @overload
    def __getitem__(self, key: slice) -> list[UserIdentifier]: ...

    @overload
    def __getitem__(self, key: str) -> JSONValue: ...

    def __getitem__(self, key: int | slice | str) -> UserIdentifier | list[UserIdentifier] | JSONValue:
        """An item of ``identifiers`` by position (or a slice of them); an additional property by name."""
        if isinstance(key, str):
            return self.additional_properties[key]
        return self.identifiers[key]

    def to_dict(self) -> dict[str, Any]:
        muxi_user_id = self.muxi_user_id

        internal_user_id = self.internal_user_id

        identifiers = []
        for identifiers_item_data in self.identifiers:
            identifiers_item = identifiers_item_data.to_dict()
            identifiers.append(identifiers_item)

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "muxi_user_id": muxi_user_id,
                "internal_user_id": internal_user_id,
                "identifiers": identifiers,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_identifier import UserIdentifier

        d = dict(src_dict)
        muxi_user_id = d.pop("muxi_user_id")

        internal_user_id = d.pop("internal_user_id")

        identifiers = []
        _identifiers = d.pop("identifiers")
        for identifiers_item_data in _identifiers:
            identifiers_item = UserIdentifier.from_dict(identifiers_item_data)

            identifiers.append(identifiers_item)

        count = d.pop("count")

        user_identifier_list = cls(
            muxi_user_id=muxi_user_id,
            internal_user_id=internal_user_id,
            identifiers=identifiers,
            count=count,
        )

        user_identifier_list.additional_properties = d
        return user_identifier_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: JSONValue) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
