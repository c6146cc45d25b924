from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

T = TypeVar("T", bound="ChatAsyncAccepted")


@_attrs_define
class ChatAsyncAccepted:
    """Acknowledgement returned as `message` when the runtime processes the turn in the background."""

    status: str
    request_id: str
    message: str | Unset = UNSET
    delivery: str | Unset = UNSET
    poll_url: str | Unset = UNSET
    """ `/v1/requests/{request_id}` (polling delivery). """
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        request_id = self.request_id

        message = self.message

        delivery = self.delivery

        poll_url = self.poll_url

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "request_id": request_id,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if delivery is not UNSET:
            field_dict["delivery"] = delivery
        if poll_url is not UNSET:
            field_dict["poll_url"] = poll_url
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        request_id = d.pop("request_id")

        message = d.pop("message", UNSET)

        delivery = d.pop("delivery", UNSET)

        poll_url = d.pop("poll_url", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        chat_async_accepted = cls(
            status=status,
            request_id=request_id,
            message=message,
            delivery=delivery,
            poll_url=poll_url,
            webhook_url=webhook_url,
        )

        chat_async_accepted.additional_properties = d
        return chat_async_accepted

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
