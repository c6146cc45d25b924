from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

T = TypeVar("T", bound="Agent")


@_attrs_define
class Agent:
    """One agent configuration as loaded from the formation (free-form beyond the listed keys;
    secret values appear as placeholders).

    """

    id: str
    schema: str | Unset = UNSET
    """ Agent schema version. """
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    system_message: str | Unset = UNSET
    active: bool | Unset = UNSET
    source: str | Unset = UNSET
    """ Where the agent was defined. """
    llm_models: JSONValue | Unset = UNSET
    """ Model overrides. """
    mcp_servers: JSONValue | Unset = UNSET
    """ MCP servers the agent may use. """
    knowledge: JSONValue | Unset = UNSET
    """ Knowledge sources. """
    a2a: JSONValue | Unset = UNSET
    """ A2A settings. """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        schema = self.schema

        name = self.name

        description = self.description

        system_message = self.system_message

        active = self.active

        source = self.source

        llm_models = self.llm_models

        mcp_servers = self.mcp_servers

        knowledge = self.knowledge

        a2a = self.a2a

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if schema is not UNSET:
            field_dict["schema"] = schema
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if system_message is not UNSET:
            field_dict["system_message"] = system_message
        if active is not UNSET:
            field_dict["active"] = active
        if source is not UNSET:
            field_dict["source"] = source
        if llm_models is not UNSET:
            field_dict["llm_models"] = llm_models
        if mcp_servers is not UNSET:
            field_dict["mcp_servers"] = mcp_servers
        if knowledge is not UNSET:
            field_dict["knowledge"] = knowledge
        if a2a is not UNSET:
            field_dict["a2a"] = a2a

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        schema = d.pop("schema", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        system_message = d.pop("system_message", UNSET)

        active = d.pop("active", UNSET)

        source = d.pop("source", UNSET)

        llm_models = d.pop("llm_models", UNSET)

        mcp_servers = d.pop("mcp_servers", UNSET)

        knowledge = d.pop("knowledge", UNSET)

        a2a = d.pop("a2a", UNSET)

        agent = cls(
            id=id,
            schema=schema,
            name=name,
            description=description,
            system_message=system_message,
            active=active,
            source=source,
            llm_models=llm_models,
            mcp_servers=mcp_servers,
            knowledge=knowledge,
            a2a=a2a,
        )

        agent.additional_properties = d
        return agent

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
