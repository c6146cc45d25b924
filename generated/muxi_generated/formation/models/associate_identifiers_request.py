from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

T = TypeVar("T", bound="AssociateIdentifiersRequest")


@_attrs_define
class AssociateIdentifiersRequest:
    identifiers: list[JSONValue]
    """ Identifiers, each a string, an `[identifier, type]` pair or an `{"identifier", "type"}` object. """
    muxi_user_id: None | str | Unset = UNSET
    """ MUXI user to link to (omitting it answers 500 in this release; see the operation). """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        identifiers = self.identifiers

        muxi_user_id: None | str | Unset
        if isinstance(self.muxi_user_id, Unset):
            muxi_user_id = UNSET
        else:
            muxi_user_id = self.muxi_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifiers": identifiers,
            }
        )
        if muxi_user_id is not UNSET:
            field_dict["muxi_user_id"] = muxi_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        identifiers = cast(list[Any], d.pop("identifiers"))

        def _parse_muxi_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        muxi_user_id = _parse_muxi_user_id(d.pop("muxi_user_id", UNSET))

        associate_identifiers_request = cls(
            identifiers=identifiers,
            muxi_user_id=muxi_user_id,
        )

        associate_identifiers_request.additional_properties = d
        return associate_identifiers_request

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
