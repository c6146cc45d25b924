from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.update_channels_request_channels_type_0 import UpdateChannelsRequestChannelsType0


T = TypeVar("T", bound="UpdateChannelsRequest")


@_attrs_define
class UpdateChannelsRequest:
    preferred_channel: None | str | Unset = UNSET
    """ Declared channel name or `webhook`; empty string clears it. """
    channels: None | Unset | UpdateChannelsRequestChannelsType0 = UNSET
    """ Per-channel addressing context merged into the state (e.g. `{"telegram": {"chat_id": "123"}}`); an empty
    mapping removes a channel. """
    timezone: None | str | Unset = UNSET
    """ IANA timezone; empty string clears it. """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_channels_request_channels_type_0 import UpdateChannelsRequestChannelsType0

        preferred_channel: None | str | Unset
        if isinstance(self.preferred_channel, Unset):
            preferred_channel = UNSET
        else:
            preferred_channel = self.preferred_channel

        channels: dict[str, Any] | None | Unset
        if isinstance(self.channels, Unset):
            channels = UNSET
        elif isinstance(self.channels, UpdateChannelsRequestChannelsType0):
            channels = self.channels.to_dict()
        else:
            channels = self.channels

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if preferred_channel is not UNSET:
            field_dict["preferred_channel"] = preferred_channel
        if channels is not UNSET:
            field_dict["channels"] = channels
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_channels_request_channels_type_0 import UpdateChannelsRequestChannelsType0

        d = dict(src_dict)

        def _parse_preferred_channel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preferred_channel = _parse_preferred_channel(d.pop("preferred_channel", UNSET))

        def _parse_channels(data: object) -> None | Unset | UpdateChannelsRequestChannelsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                channels_type_0 = UpdateChannelsRequestChannelsType0.from_dict(data)

                return channels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateChannelsRequestChannelsType0, data)

        channels = _parse_channels(d.pop("channels", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        update_channels_request = cls(
            preferred_channel=preferred_channel,
            channels=channels,
            timezone=timezone,
        )

        update_channels_request.additional_properties = d
        return update_channels_request

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
