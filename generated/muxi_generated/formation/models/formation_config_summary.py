from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JSONValue

if TYPE_CHECKING:
    from ..models.mcp_summary import McpSummary
    from ..models.resource_count import ResourceCount
    from ..models.resource_link import ResourceLink


T = TypeVar("T", bound="FormationConfigSummary")


@_attrs_define
class FormationConfigSummary:
    """Formation metadata with counts and links to the detailed configuration routes."""

    formation_id: str
    version: str
    description: str
    schema_version: str
    agents: ResourceCount
    """ Count of configured items with the route listing them. """
    secrets: ResourceCount
    """ Count of configured items with the route listing them. """
    mcp: McpSummary
    """ MCP defaults and server count. """
    overlord: ResourceLink
    """ Link to the route serving a configuration block. """
    llm: ResourceLink
    """ Link to the route serving a configuration block. """
    memory: ResourceLink
    """ Link to the route serving a configuration block. """
    async_: ResourceLink
    """ Link to the route serving a configuration block. """
    scheduler: ResourceLink
    """ Link to the route serving a configuration block. """
    a2a: ResourceLink
    """ Link to the route serving a configuration block. """
    logging: ResourceLink
    """ Link to the route serving a configuration block. """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        formation_id = self.formation_id

        version = self.version

        description = self.description

        schema_version = self.schema_version

        agents = self.agents.to_dict()

        secrets = self.secrets.to_dict()

        mcp = self.mcp.to_dict()

        overlord = self.overlord.to_dict()

        llm = self.llm.to_dict()

        memory = self.memory.to_dict()

        async_ = self.async_.to_dict()

        scheduler = self.scheduler.to_dict()

        a2a = self.a2a.to_dict()

        logging = self.logging.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "formation_id": formation_id,
                "version": version,
                "description": description,
                "schema_version": schema_version,
                "agents": agents,
                "secrets": secrets,
                "mcp": mcp,
                "overlord": overlord,
                "llm": llm,
                "memory": memory,
                "async": async_,
                "scheduler": scheduler,
                "a2a": a2a,
                "logging": logging,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mcp_summary import McpSummary
        from ..models.resource_count import ResourceCount
        from ..models.resource_link import ResourceLink

        d = dict(src_dict)
        formation_id = d.pop("formation_id")

        version = d.pop("version")

        description = d.pop("description")

        schema_version = d.pop("schema_version")

        agents = ResourceCount.from_dict(d.pop("agents"))

        secrets = ResourceCount.from_dict(d.pop("secrets"))

        mcp = McpSummary.from_dict(d.pop("mcp"))

        overlord = ResourceLink.from_dict(d.pop("overlord"))

        llm = ResourceLink.from_dict(d.pop("llm"))

        memory = ResourceLink.from_dict(d.pop("memory"))

        async_ = ResourceLink.from_dict(d.pop("async"))

        scheduler = ResourceLink.from_dict(d.pop("scheduler"))

        a2a = ResourceLink.from_dict(d.pop("a2a"))

        logging = ResourceLink.from_dict(d.pop("logging"))

        formation_config_summary = cls(
            formation_id=formation_id,
            version=version,
            description=description,
            schema_version=schema_version,
            agents=agents,
            secrets=secrets,
            mcp=mcp,
            overlord=overlord,
            llm=llm,
            memory=memory,
            async_=async_,
            scheduler=scheduler,
            a2a=a2a,
            logging=logging,
        )

        formation_config_summary.additional_properties = d
        return formation_config_summary

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
