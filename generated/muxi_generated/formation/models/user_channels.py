from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.user_channels_channels import UserChannelsChannels


T = TypeVar("T", bound="UserChannels")


@_attrs_define
class UserChannels:
    user_id: str
    """ `"0"` in single-user formations. """
    preferred_channel: None | str | Unset = UNSET
    channels: UserChannelsChannels | Unset = UNSET
    """ Channel name to its addressing context. """
    last_channel: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        preferred_channel: None | str | Unset
        if isinstance(self.preferred_channel, Unset):
            preferred_channel = UNSET
        else:
            preferred_channel = self.preferred_channel

        channels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = self.channels.to_dict()

        last_channel: None | str | Unset
        if isinstance(self.last_channel, Unset):
            last_channel = UNSET
        else:
            last_channel = self.last_channel

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
            }
        )
        if preferred_channel is not UNSET:
            field_dict["preferred_channel"] = preferred_channel
        if channels is not UNSET:
            field_dict["channels"] = channels
        if last_channel is not UNSET:
            field_dict["last_channel"] = last_channel
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_channels_channels import UserChannelsChannels

        d = dict(src_dict)
        user_id = d.pop("user_id")

        def _parse_preferred_channel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preferred_channel = _parse_preferred_channel(d.pop("preferred_channel", UNSET))

        _channels = d.pop("channels", UNSET)
        channels: UserChannelsChannels | Unset
        if isinstance(_channels, Unset):
            channels = UNSET
        else:
            channels = UserChannelsChannels.from_dict(_channels)

        def _parse_last_channel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_channel = _parse_last_channel(d.pop("last_channel", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        user_channels = cls(
            user_id=user_id,
            preferred_channel=preferred_channel,
            channels=channels,
            last_channel=last_channel,
            timezone=timezone,
        )

        user_channels.additional_properties = d
        return user_channels

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
