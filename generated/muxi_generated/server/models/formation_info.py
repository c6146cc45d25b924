from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.formation_version import FormationVersion


T = TypeVar("T", bound="FormationInfo")


@_attrs_define
class FormationInfo:
    """One formation in the list."""

    id: str
    name: str
    port: int
    status: str
    """ Process status, or `unhealthy` when the live health check of a running formation
    failed. Known values: stopped, starting, running, stopping, crashed, restarting,
    unhealthy.
     """
    pid: int
    uptime: int
    """ Seconds since start; 0 unless running or unhealthy. """
    restart_count: int
    healthy: bool | None
    """ Live health; `null` while the formation is `starting`. """
    version: FormationVersion | Unset = UNSET
    """ Version information. `semantic` (from the formation file) is only sent by the list;
    `current`/`previous` are bundle hashes from the version history.
     """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        port = self.port

        status = self.status

        pid = self.pid

        uptime = self.uptime

        restart_count = self.restart_count

        healthy: bool | None
        healthy = self.healthy

        version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "port": port,
                "status": status,
                "pid": pid,
                "uptime": uptime,
                "restart_count": restart_count,
                "healthy": healthy,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.formation_version import FormationVersion

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        port = d.pop("port")

        status = d.pop("status")

        pid = d.pop("pid")

        uptime = d.pop("uptime")

        restart_count = d.pop("restart_count")

        def _parse_healthy(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        healthy = _parse_healthy(d.pop("healthy"))

        _version = d.pop("version", UNSET)
        version: FormationVersion | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = FormationVersion.from_dict(_version)

        formation_info = cls(
            id=id,
            name=name,
            port=port,
            status=status,
            pid=pid,
            uptime=uptime,
            restart_count=restart_count,
            healthy=healthy,
            version=version,
        )

        formation_info.additional_properties = d
        return formation_info

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
