from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JSONValue

if TYPE_CHECKING:
    from ..models.active_count import ActiveCount
    from ..models.formation_identity import FormationIdentity
    from ..models.formation_stats import FormationStats


T = TypeVar("T", bound="FormationStatus")


@_attrs_define
class FormationStatus:
    """Runtime status of the formation."""

    formation: FormationIdentity
    agents: ActiveCount
    mcp_servers: ActiveCount
    stats: FormationStats
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        formation = self.formation.to_dict()

        agents = self.agents.to_dict()

        mcp_servers = self.mcp_servers.to_dict()

        stats = self.stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "formation": formation,
                "agents": agents,
                "mcp_servers": mcp_servers,
                "stats": stats,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.active_count import ActiveCount
        from ..models.formation_identity import FormationIdentity
        from ..models.formation_stats import FormationStats

        d = dict(src_dict)
        formation = FormationIdentity.from_dict(d.pop("formation"))

        agents = ActiveCount.from_dict(d.pop("agents"))

        mcp_servers = ActiveCount.from_dict(d.pop("mcp_servers"))

        stats = FormationStats.from_dict(d.pop("stats"))

        formation_status = cls(
            formation=formation,
            agents=agents,
            mcp_servers=mcp_servers,
            stats=stats,
        )

        formation_status.additional_properties = d
        return formation_status

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
