from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_channels_channels_additional_property import UserChannelsChannelsAdditionalProperty


T = TypeVar("T", bound="UserChannelsChannels")


@_attrs_define
class UserChannelsChannels:
    """Channel name to its addressing context."""

    additional_properties: dict[str, UserChannelsChannelsAdditionalProperty] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_channels_channels_additional_property import UserChannelsChannelsAdditionalProperty

        d = dict(src_dict)
        user_channels_channels = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = UserChannelsChannelsAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        user_channels_channels.additional_properties = additional_properties
        return user_channels_channels

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> UserChannelsChannelsAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: UserChannelsChannelsAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
