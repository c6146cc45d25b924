from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.distillery_scope import DistilleryScope


T = TypeVar("T", bound="Distillery")


@_attrs_define
class Distillery:
    """A distillery registration."""

    id: int | Unset = UNSET
    distillery_id: str | Unset = UNSET
    """ Value for `X-Distillery-ID`. """
    formation_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    public_key: str | Unset = UNSET
    scope: DistilleryScope | Unset = UNSET
    trust_level: str | Unset = UNSET
    status: str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    """ ISO 8601 (UTC, no offset). """
    revoked_at: None | str | Unset = UNSET
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        distillery_id = self.distillery_id

        formation_id = self.formation_id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        public_key = self.public_key

        scope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.to_dict()

        trust_level = self.trust_level

        status = self.status

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        revoked_at: None | str | Unset
        if isinstance(self.revoked_at, Unset):
            revoked_at = UNSET
        else:
            revoked_at = self.revoked_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if distillery_id is not UNSET:
            field_dict["distillery_id"] = distillery_id
        if formation_id is not UNSET:
            field_dict["formation_id"] = formation_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if public_key is not UNSET:
            field_dict["public_key"] = public_key
        if scope is not UNSET:
            field_dict["scope"] = scope
        if trust_level is not UNSET:
            field_dict["trust_level"] = trust_level
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if revoked_at is not UNSET:
            field_dict["revoked_at"] = revoked_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.distillery_scope import DistilleryScope

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        distillery_id = d.pop("distillery_id", UNSET)

        formation_id = d.pop("formation_id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        public_key = d.pop("public_key", UNSET)

        _scope = d.pop("scope", UNSET)
        scope: DistilleryScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = DistilleryScope.from_dict(_scope)

        trust_level = d.pop("trust_level", UNSET)

        status = d.pop("status", UNSET)

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_revoked_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        revoked_at = _parse_revoked_at(d.pop("revoked_at", UNSET))

        distillery = cls(
            id=id,
            distillery_id=distillery_id,
            formation_id=formation_id,
            name=name,
            description=description,
            public_key=public_key,
            scope=scope,
            trust_level=trust_level,
            status=status,
            created_at=created_at,
            revoked_at=revoked_at,
        )

        distillery.additional_properties = d
        return distillery

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
