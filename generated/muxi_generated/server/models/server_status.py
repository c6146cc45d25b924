from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JSONValue

if TYPE_CHECKING:
    from ..models.formation_counts import FormationCounts
    from ..models.go_runtime_info import GoRuntimeInfo
    from ..models.port_pool_status import PortPoolStatus
    from ..models.server_info import ServerInfo


T = TypeVar("T", bound="ServerStatus")


@_attrs_define
class ServerStatus:
    server: ServerInfo
    formations: FormationCounts
    """ Counts by registry status (`unhealthy`/`starting`... count only in `total`). """
    port_pool: PortPoolStatus
    runtime: GoRuntimeInfo
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        server = self.server.to_dict()

        formations = self.formations.to_dict()

        port_pool = self.port_pool.to_dict()

        runtime = self.runtime.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "server": server,
                "formations": formations,
                "port_pool": port_pool,
                "runtime": runtime,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.formation_counts import FormationCounts
        from ..models.go_runtime_info import GoRuntimeInfo
        from ..models.port_pool_status import PortPoolStatus
        from ..models.server_info import ServerInfo

        d = dict(src_dict)
        server = ServerInfo.from_dict(d.pop("server"))

        formations = FormationCounts.from_dict(d.pop("formations"))

        port_pool = PortPoolStatus.from_dict(d.pop("port_pool"))

        runtime = GoRuntimeInfo.from_dict(d.pop("runtime"))

        server_status = cls(
            server=server,
            formations=formations,
            port_pool=port_pool,
            runtime=runtime,
        )

        server_status.additional_properties = d
        return server_status

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
