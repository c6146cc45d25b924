from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.formation_counts import FormationCounts
    from ..models.go_runtime_info import GoRuntimeInfo
    from ..models.port_pool_status import PortPoolStatus
    from ..models.server_info import ServerInfo


T = TypeVar("T", bound="ServerStatus")


@_attrs_define
class ServerStatus:
    server: ServerInfo | Unset = UNSET
    formations: FormationCounts | Unset = UNSET
    """ Counts by registry status (`unhealthy`/`starting`... count only in `total`). """
    port_pool: PortPoolStatus | Unset = UNSET
    runtime: GoRuntimeInfo | Unset = UNSET
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        server: dict[str, Any] | Unset = UNSET
        if not isinstance(self.server, Unset):
            server = self.server.to_dict()

        formations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.formations, Unset):
            formations = self.formations.to_dict()

        port_pool: dict[str, Any] | Unset = UNSET
        if not isinstance(self.port_pool, Unset):
            port_pool = self.port_pool.to_dict()

        runtime: dict[str, Any] | Unset = UNSET
        if not isinstance(self.runtime, Unset):
            runtime = self.runtime.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if server is not UNSET:
            field_dict["server"] = server
        if formations is not UNSET:
            field_dict["formations"] = formations
        if port_pool is not UNSET:
            field_dict["port_pool"] = port_pool
        if runtime is not UNSET:
            field_dict["runtime"] = runtime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.formation_counts import FormationCounts
        from ..models.go_runtime_info import GoRuntimeInfo
        from ..models.port_pool_status import PortPoolStatus
        from ..models.server_info import ServerInfo

        d = dict(src_dict)
        _server = d.pop("server", UNSET)
        server: ServerInfo | Unset
        if isinstance(_server, Unset):
            server = UNSET
        else:
            server = ServerInfo.from_dict(_server)

        _formations = d.pop("formations", UNSET)
        formations: FormationCounts | Unset
        if isinstance(_formations, Unset):
            formations = UNSET
        else:
            formations = FormationCounts.from_dict(_formations)

        _port_pool = d.pop("port_pool", UNSET)
        port_pool: PortPoolStatus | Unset
        if isinstance(_port_pool, Unset):
            port_pool = UNSET
        else:
            port_pool = PortPoolStatus.from_dict(_port_pool)

        _runtime = d.pop("runtime", UNSET)
        runtime: GoRuntimeInfo | Unset
        if isinstance(_runtime, Unset):
            runtime = UNSET
        else:
            runtime = GoRuntimeInfo.from_dict(_runtime)

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
