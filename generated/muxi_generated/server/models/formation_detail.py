from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.formation_version import FormationVersion


T = TypeVar("T", bound="FormationDetail")


@_attrs_define
class FormationDetail:
    """One formation in detail."""

    id: str
    name: str
    status: str
    port: int
    pid: int
    restart_count: int
    uptime: int
    """ Seconds since start; 0 unless running or unhealthy. """
    created_at: datetime.datetime
    """ Same value as `deployed_at`. """
    deployed_at: datetime.datetime
    updated_at: datetime.datetime
    """ Last start time; the zero time `0001-01-01T00:00:00Z` if never started. """
    healthy: bool | None
    """ Live health; `null` while the formation is `starting`. """
    version: FormationVersion | Unset = UNSET
    """ Version information. `semantic` (from the formation file) is only sent by the list;
    `current`/`previous` are bundle hashes from the version history.
     """
    last_health_check: datetime.datetime | Unset = UNSET
    """ Present only when a health check has happened. """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status = self.status

        port = self.port

        pid = self.pid

        restart_count = self.restart_count

        uptime = self.uptime

        created_at = self.created_at.isoformat()

        deployed_at = self.deployed_at.isoformat()

        updated_at = self.updated_at.isoformat()

        healthy: bool | None
        healthy = self.healthy

        version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.to_dict()

        last_health_check: str | Unset = UNSET
        if not isinstance(self.last_health_check, Unset):
            last_health_check = self.last_health_check.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
                "port": port,
                "pid": pid,
                "restart_count": restart_count,
                "uptime": uptime,
                "created_at": created_at,
                "deployed_at": deployed_at,
                "updated_at": updated_at,
                "healthy": healthy,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if last_health_check is not UNSET:
            field_dict["last_health_check"] = last_health_check

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.formation_version import FormationVersion

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        status = d.pop("status")

        port = d.pop("port")

        pid = d.pop("pid")

        restart_count = d.pop("restart_count")

        uptime = d.pop("uptime")

        created_at = isoparse(d.pop("created_at"))

        deployed_at = isoparse(d.pop("deployed_at"))

        updated_at = isoparse(d.pop("updated_at"))

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

        _last_health_check = d.pop("last_health_check", UNSET)
        last_health_check: datetime.datetime | Unset
        if isinstance(_last_health_check, Unset):
            last_health_check = UNSET
        else:
            last_health_check = isoparse(_last_health_check)

        formation_detail = cls(
            id=id,
            name=name,
            status=status,
            port=port,
            pid=pid,
            restart_count=restart_count,
            uptime=uptime,
            created_at=created_at,
            deployed_at=deployed_at,
            updated_at=updated_at,
            healthy=healthy,
            version=version,
            last_health_check=last_health_check,
        )

        formation_detail.additional_properties = d
        return formation_detail

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
