from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.mcp_server import McpServer


T = TypeVar("T", bound="McpConfig")


@_attrs_define
class McpConfig:
    """MCP defaults (runtime defaults filled in) and the configured servers."""

    default_retry_attempts: int | Unset = UNSET
    default_timeout_seconds: float | Unset = UNSET
    max_tool_iterations: int | Unset = UNSET
    max_tool_calls: int | Unset = UNSET
    max_repeated_errors: int | Unset = UNSET
    max_timeout_in_seconds: float | Unset = UNSET
    max_tool_timeout_in_seconds: float | Unset = UNSET
    enhance_user_prompts: bool | Unset = UNSET
    servers: list[McpServer] | Unset = UNSET
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        default_retry_attempts = self.default_retry_attempts

        default_timeout_seconds = self.default_timeout_seconds

        max_tool_iterations = self.max_tool_iterations

        max_tool_calls = self.max_tool_calls

        max_repeated_errors = self.max_repeated_errors

        max_timeout_in_seconds = self.max_timeout_in_seconds

        max_tool_timeout_in_seconds = self.max_tool_timeout_in_seconds

        enhance_user_prompts = self.enhance_user_prompts

        servers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.servers, Unset):
            servers = []
            for servers_item_data in self.servers:
                servers_item = servers_item_data.to_dict()
                servers.append(servers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_retry_attempts is not UNSET:
            field_dict["default_retry_attempts"] = default_retry_attempts
        if default_timeout_seconds is not UNSET:
            field_dict["default_timeout_seconds"] = default_timeout_seconds
        if max_tool_iterations is not UNSET:
            field_dict["max_tool_iterations"] = max_tool_iterations
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if max_repeated_errors is not UNSET:
            field_dict["max_repeated_errors"] = max_repeated_errors
        if max_timeout_in_seconds is not UNSET:
            field_dict["max_timeout_in_seconds"] = max_timeout_in_seconds
        if max_tool_timeout_in_seconds is not UNSET:
            field_dict["max_tool_timeout_in_seconds"] = max_tool_timeout_in_seconds
        if enhance_user_prompts is not UNSET:
            field_dict["enhance_user_prompts"] = enhance_user_prompts
        if servers is not UNSET:
            field_dict["servers"] = servers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mcp_server import McpServer

        d = dict(src_dict)
        default_retry_attempts = d.pop("default_retry_attempts", UNSET)

        default_timeout_seconds = d.pop("default_timeout_seconds", UNSET)

        max_tool_iterations = d.pop("max_tool_iterations", UNSET)

        max_tool_calls = d.pop("max_tool_calls", UNSET)

        max_repeated_errors = d.pop("max_repeated_errors", UNSET)

        max_timeout_in_seconds = d.pop("max_timeout_in_seconds", UNSET)

        max_tool_timeout_in_seconds = d.pop("max_tool_timeout_in_seconds", UNSET)

        enhance_user_prompts = d.pop("enhance_user_prompts", UNSET)

        _servers = d.pop("servers", UNSET)
        servers: list[McpServer] | Unset = UNSET
        if _servers is not UNSET:
            servers = []
            for servers_item_data in _servers:
                servers_item = McpServer.from_dict(servers_item_data)

                servers.append(servers_item)

        mcp_config = cls(
            default_retry_attempts=default_retry_attempts,
            default_timeout_seconds=default_timeout_seconds,
            max_tool_iterations=max_tool_iterations,
            max_tool_calls=max_tool_calls,
            max_repeated_errors=max_repeated_errors,
            max_timeout_in_seconds=max_timeout_in_seconds,
            max_tool_timeout_in_seconds=max_tool_timeout_in_seconds,
            enhance_user_prompts=enhance_user_prompts,
            servers=servers,
        )

        mcp_config.additional_properties = d
        return mcp_config

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
