from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.distillery_registration_scope_type_0 import DistilleryRegistrationScopeType0


T = TypeVar("T", bound="DistilleryRegistration")


@_attrs_define
class DistilleryRegistration:
    name: str
    public_key: str
    """ `ed25519:` followed by the base64 DER or raw 32-byte key. """
    description: None | str | Unset = UNSET
    scope: DistilleryRegistrationScopeType0 | None | Unset = UNSET
    """ Write scope: `user_ids` (`all`, `pattern:<glob>` or a list), `event_types`, `max_events_per_day`,
    `max_batch_size`; omitted keys use the formation defaults. """
    trust_level: None | str | Unset = UNSET
    """ `provisional` (default unless configured) or `verified`. """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.distillery_registration_scope_type_0 import DistilleryRegistrationScopeType0

        name = self.name

        public_key = self.public_key

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        scope: dict[str, Any] | None | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        elif isinstance(self.scope, DistilleryRegistrationScopeType0):
            scope = self.scope.to_dict()
        else:
            scope = self.scope

        trust_level: None | str | Unset
        if isinstance(self.trust_level, Unset):
            trust_level = UNSET
        else:
            trust_level = self.trust_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "public_key": public_key,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if scope is not UNSET:
            field_dict["scope"] = scope
        if trust_level is not UNSET:
            field_dict["trust_level"] = trust_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.distillery_registration_scope_type_0 import DistilleryRegistrationScopeType0

        d = dict(src_dict)
        name = d.pop("name")

        public_key = d.pop("public_key")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_scope(data: object) -> DistilleryRegistrationScopeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                scope_type_0 = DistilleryRegistrationScopeType0.from_dict(data)

                return scope_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DistilleryRegistrationScopeType0 | None | Unset, data)

        scope = _parse_scope(d.pop("scope", UNSET))

        def _parse_trust_level(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trust_level = _parse_trust_level(d.pop("trust_level", UNSET))

        distillery_registration = cls(
            name=name,
            public_key=public_key,
            description=description,
            scope=scope,
            trust_level=trust_level,
        )

        distillery_registration.additional_properties = d
        return distillery_registration

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
