from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.agent import Agent
    from ..models.formation_config_mcp import FormationConfigMcp
    from ..models.formation_config_overlord import FormationConfigOverlord
    from ..models.formation_config_scheduler import FormationConfigScheduler
    from ..models.formation_config_server import FormationConfigServer
    from ..models.llm_settings import LlmSettings
    from ..models.logging_config import LoggingConfig
    from ..models.memory_config import MemoryConfig


T = TypeVar("T", bound="FormationConfig")


@_attrs_define
class FormationConfig:
    """The complete formation configuration as loaded (defaults filled, secret values as
    placeholders). Free-form: any formation key may appear.

    """

    schema: str | Unset = UNSET
    """ Formation schema version. """
    id: str | Unset = UNSET
    """ Formation id. """
    formation_id: str | Unset = UNSET
    """ Formation id (runtime-added copy). """
    description: str | Unset = UNSET
    version: str | Unset = UNSET
    llm: LlmSettings | Unset = UNSET
    """ The formation's `llm` configuration block; secret values appear as `${{ secrets.NAME }}` placeholders. """
    agents: list[Agent] | Unset = UNSET
    overlord: FormationConfigOverlord | Unset = UNSET
    memory: MemoryConfig | Unset = UNSET
    """ The formation's `memory` configuration block, free-form (`{}` when absent), e.g. `{"buffer": {"size": 10,
    "vector_search": false}}`. """
    mcp: FormationConfigMcp | Unset = UNSET
    server: FormationConfigServer | Unset = UNSET
    logging: LoggingConfig | Unset = UNSET
    """ The formation's `logging` configuration block, free-form (`{}` when absent). """
    scheduler: FormationConfigScheduler | Unset = UNSET
    """ Scheduler settings (e.g. `{"enabled": true}`), when configured. """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        schema = self.schema

        id = self.id

        formation_id = self.formation_id

        description = self.description

        version = self.version

        llm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.llm, Unset):
            llm = self.llm.to_dict()

        agents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agents, Unset):
            agents = []
            for agents_item_data in self.agents:
                agents_item = agents_item_data.to_dict()
                agents.append(agents_item)

        overlord: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overlord, Unset):
            overlord = self.overlord.to_dict()

        memory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memory, Unset):
            memory = self.memory.to_dict()

        mcp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mcp, Unset):
            mcp = self.mcp.to_dict()

        server: dict[str, Any] | Unset = UNSET
        if not isinstance(self.server, Unset):
            server = self.server.to_dict()

        logging: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logging, Unset):
            logging = self.logging.to_dict()

        scheduler: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduler, Unset):
            scheduler = self.scheduler.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schema is not UNSET:
            field_dict["schema"] = schema
        if id is not UNSET:
            field_dict["id"] = id
        if formation_id is not UNSET:
            field_dict["formation_id"] = formation_id
        if description is not UNSET:
            field_dict["description"] = description
        if version is not UNSET:
            field_dict["version"] = version
        if llm is not UNSET:
            field_dict["llm"] = llm
        if agents is not UNSET:
            field_dict["agents"] = agents
        if overlord is not UNSET:
            field_dict["overlord"] = overlord
        if memory is not UNSET:
            field_dict["memory"] = memory
        if mcp is not UNSET:
            field_dict["mcp"] = mcp
        if server is not UNSET:
            field_dict["server"] = server
        if logging is not UNSET:
            field_dict["logging"] = logging
        if scheduler is not UNSET:
            field_dict["scheduler"] = scheduler

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent import Agent
        from ..models.formation_config_mcp import FormationConfigMcp
        from ..models.formation_config_overlord import FormationConfigOverlord
        from ..models.formation_config_scheduler import FormationConfigScheduler
        from ..models.formation_config_server import FormationConfigServer
        from ..models.llm_settings import LlmSettings
        from ..models.logging_config import LoggingConfig
        from ..models.memory_config import MemoryConfig

        d = dict(src_dict)
        schema = d.pop("schema", UNSET)

        id = d.pop("id", UNSET)

        formation_id = d.pop("formation_id", UNSET)

        description = d.pop("description", UNSET)

        version = d.pop("version", UNSET)

        _llm = d.pop("llm", UNSET)
        llm: LlmSettings | Unset
        if isinstance(_llm, Unset):
            llm = UNSET
        else:
            llm = LlmSettings.from_dict(_llm)

        _agents = d.pop("agents", UNSET)
        agents: list[Agent] | Unset = UNSET
        if _agents is not UNSET:
            agents = []
            for agents_item_data in _agents:
                agents_item = Agent.from_dict(agents_item_data)

                agents.append(agents_item)

        _overlord = d.pop("overlord", UNSET)
        overlord: FormationConfigOverlord | Unset
        if isinstance(_overlord, Unset):
            overlord = UNSET
        else:
            overlord = FormationConfigOverlord.from_dict(_overlord)

        _memory = d.pop("memory", UNSET)
        memory: MemoryConfig | Unset
        if isinstance(_memory, Unset):
            memory = UNSET
        else:
            memory = MemoryConfig.from_dict(_memory)

        _mcp = d.pop("mcp", UNSET)
        mcp: FormationConfigMcp | Unset
        if isinstance(_mcp, Unset):
            mcp = UNSET
        else:
            mcp = FormationConfigMcp.from_dict(_mcp)

        _server = d.pop("server", UNSET)
        server: FormationConfigServer | Unset
        if isinstance(_server, Unset):
            server = UNSET
        else:
            server = FormationConfigServer.from_dict(_server)

        _logging = d.pop("logging", UNSET)
        logging: LoggingConfig | Unset
        if isinstance(_logging, Unset):
            logging = UNSET
        else:
            logging = LoggingConfig.from_dict(_logging)

        _scheduler = d.pop("scheduler", UNSET)
        scheduler: FormationConfigScheduler | Unset
        if isinstance(_scheduler, Unset):
            scheduler = UNSET
        else:
            scheduler = FormationConfigScheduler.from_dict(_scheduler)

        formation_config = cls(
            schema=schema,
            id=id,
            formation_id=formation_id,
            description=description,
            version=version,
            llm=llm,
            agents=agents,
            overlord=overlord,
            memory=memory,
            mcp=mcp,
            server=server,
            logging=logging,
            scheduler=scheduler,
        )

        formation_config.additional_properties = d
        return formation_config

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
