from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

T = TypeVar("T", bound="LoggingDestination")


@_attrs_define
class LoggingDestination:
    id: str | Unset = UNSET
    transport: str | Unset = UNSET
    level: str | Unset = UNSET
    format_: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    destination: str | Unset = UNSET
    """ File path or URL (file and stream transports). """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        transport = self.transport

        level = self.level

        format_ = self.format_

        enabled = self.enabled

        destination = self.destination

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if transport is not UNSET:
            field_dict["transport"] = transport
        if level is not UNSET:
            field_dict["level"] = level
        if format_ is not UNSET:
            field_dict["format"] = format_
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if destination is not UNSET:
            field_dict["destination"] = destination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        transport = d.pop("transport", UNSET)

        level = d.pop("level", UNSET)

        format_ = d.pop("format", UNSET)

        enabled = d.pop("enabled", UNSET)

        destination = d.pop("destination", UNSET)

        logging_destination = cls(
            id=id,
            transport=transport,
            level=level,
            format_=format_,
            enabled=enabled,
            destination=destination,
        )

        logging_destination.additional_properties = d
        return logging_destination

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
