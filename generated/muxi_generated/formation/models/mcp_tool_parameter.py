from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

T = TypeVar("T", bound="McpToolParameter")


@_attrs_define
class McpToolParameter:
    """Declaration of one tool parameter (a closed list of allowed values may also appear)."""

    type_: str | Unset = UNSET
    required: bool | Unset = UNSET
    default: JSONValue | Unset = UNSET
    """ Default value. """
    enum: list[JSONValue] | Unset = UNSET
    """ The closed list of allowed values, when the parameter has one. """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        required = self.required

        default = self.default

        enum: list[Any] | Unset = UNSET
        if not isinstance(self.enum, Unset):
            enum = self.enum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if required is not UNSET:
            field_dict["required"] = required
        if default is not UNSET:
            field_dict["default"] = default
        if enum is not UNSET:
            field_dict["enum"] = enum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        required = d.pop("required", UNSET)

        default = d.pop("default", UNSET)

        enum = cast(list[Any], d.pop("enum", UNSET))

        mcp_tool_parameter = cls(
            type_=type_,
            required=required,
            default=default,
            enum=enum,
        )

        mcp_tool_parameter.additional_properties = d
        return mcp_tool_parameter

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
