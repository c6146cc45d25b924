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
    status: str
    """ Process status, or `unhealthy` when the live health check of a running formation
    failed. Known values: stopped, starting, running, stopping, crashed, restarting,
    unhealthy.
     """
    name: str | Unset = UNSET
    port: int | Unset = UNSET
    pid: int | Unset = UNSET
    uptime: int | Unset = UNSET
    """ Seconds since start; 0 unless running or unhealthy. """
    restart_count: int | Unset = UNSET
    healthy: bool | None | Unset = UNSET
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

        status = self.status

        name = self.name

        port = self.port

        pid = self.pid

        uptime = self.uptime

        restart_count = self.restart_count

        healthy: bool | None | Unset
        if isinstance(self.healthy, Unset):
            healthy = UNSET
        else:
            healthy = self.healthy

        version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if port is not UNSET:
            field_dict["port"] = port
        if pid is not UNSET:
            field_dict["pid"] = pid
        if uptime is not UNSET:
            field_dict["uptime"] = uptime
        if restart_count is not UNSET:
            field_dict["restart_count"] = restart_count
        if healthy is not UNSET:
            field_dict["healthy"] = healthy
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.formation_version import FormationVersion

        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status")

        name = d.pop("name", UNSET)

        port = d.pop("port", UNSET)

        pid = d.pop("pid", UNSET)

        uptime = d.pop("uptime", UNSET)

        restart_count = d.pop("restart_count", UNSET)

        def _parse_healthy(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        healthy = _parse_healthy(d.pop("healthy", UNSET))

        _version = d.pop("version", UNSET)
        version: FormationVersion | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = FormationVersion.from_dict(_version)

        formation_info = cls(
            id=id,
            status=status,
            name=name,
            port=port,
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
