from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

T = TypeVar("T", bound="MemoryForgetRequest")


@_attrs_define
class MemoryForgetRequest:
    user_id: str
    source: str
    """ Memory source whose events are forgotten. """
    reason: str | Unset = "user_request"
    rebuild: bool | Unset = True
    """ Recompute projections afterwards. """
    background: bool | Unset = True
    """ Rebuild as a background job (202). """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        source = self.source

        reason = self.reason

        rebuild = self.rebuild

        background = self.background

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "source": source,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if rebuild is not UNSET:
            field_dict["rebuild"] = rebuild
        if background is not UNSET:
            field_dict["background"] = background

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        source = d.pop("source")

        reason = d.pop("reason", UNSET)

        rebuild = d.pop("rebuild", UNSET)

        background = d.pop("background", UNSET)

        memory_forget_request = cls(
            user_id=user_id,
            source=source,
            reason=reason,
            rebuild=rebuild,
            background=background,
        )

        memory_forget_request.additional_properties = d
        return memory_forget_request

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
