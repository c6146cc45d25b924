from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JSONValue

if TYPE_CHECKING:
    from ..models.resource_count import ResourceCount


T = TypeVar("T", bound="McpSummary")


@_attrs_define
class McpSummary:
    """MCP defaults and server count."""

    default_retry_attempts: int
    default_timeout_seconds: float
    servers: ResourceCount
    """ Count of configured items with the route listing them. """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        default_retry_attempts = self.default_retry_attempts

        default_timeout_seconds = self.default_timeout_seconds

        servers = self.servers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "default_retry_attempts": default_retry_attempts,
                "default_timeout_seconds": default_timeout_seconds,
                "servers": servers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resource_count import ResourceCount

        d = dict(src_dict)
        default_retry_attempts = d.pop("default_retry_attempts")

        default_timeout_seconds = d.pop("default_timeout_seconds")

        servers = ResourceCount.from_dict(d.pop("servers"))

        mcp_summary = cls(
            default_retry_attempts=default_retry_attempts,
            default_timeout_seconds=default_timeout_seconds,
            servers=servers,
        )

        mcp_summary.additional_properties = d
        return mcp_summary

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
