from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JSONValue

if TYPE_CHECKING:
    from ..models.logging_destinations_conversation import LoggingDestinationsConversation
    from ..models.logging_destinations_system import LoggingDestinationsSystem


T = TypeVar("T", bound="LoggingDestinations")


@_attrs_define
class LoggingDestinations:
    system: LoggingDestinationsSystem
    conversation: LoggingDestinationsConversation
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        system = self.system.to_dict()

        conversation = self.conversation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "system": system,
                "conversation": conversation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.logging_destinations_conversation import LoggingDestinationsConversation
        from ..models.logging_destinations_system import LoggingDestinationsSystem

        d = dict(src_dict)
        system = LoggingDestinationsSystem.from_dict(d.pop("system"))

        conversation = LoggingDestinationsConversation.from_dict(d.pop("conversation"))

        logging_destinations = cls(
            system=system,
            conversation=conversation,
        )

        logging_destinations.additional_properties = d
        return logging_destinations

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
