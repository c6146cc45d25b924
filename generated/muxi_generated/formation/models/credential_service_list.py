from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JSONValue

if TYPE_CHECKING:
    from ..models.credential_service import CredentialService


T = TypeVar("T", bound="CredentialServiceList")


@_attrs_define
class CredentialServiceList:
    services: list[CredentialService]
    count: int
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def __iter__(self) -> Iterator[CredentialService]:
        """Iterate over ``services`` (this is a list payload)."""
        return iter(self.services)

    def __len__(self) -> int:
        """The number of items in ``services``."""
        return len(self.services)

    @overload
    def __getitem__(self, key: int) -> CredentialService: ...

    @overload
    def __getitem__(self, key: slice) -> list[CredentialService]: ...

    @overload
    def __getitem__(self, key: str) -> JSONValue: ...

    def __getitem__(self, key: int | slice | str) -> CredentialService | list[CredentialService] | JSONValue:
        """An item of ``services`` by position (or a slice of them); an additional property by name."""
        if isinstance(key, str):
            return self.additional_properties[key]
        return self.services[key]

    def to_dict(self) -> dict[str, Any]:
        services = []
        for services_item_data in self.services:
            services_item = services_item_data.to_dict()
            services.append(services_item)

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "services": services,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credential_service import CredentialService

        d = dict(src_dict)
        services = []
        _services = d.pop("services")
        for services_item_data in _services:
            services_item = CredentialService.from_dict(services_item_data)

            services.append(services_item)

        count = d.pop("count")

        credential_service_list = cls(
            services=services,
            count=count,
        )

        credential_service_list.additional_properties = d
        return credential_service_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: JSONValue) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
