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
    status: str
    name: str | Unset = UNSET
    port: int | Unset = UNSET
    pid: int | Unset = UNSET
    restart_count: int | Unset = UNSET
    uptime: int | Unset = UNSET
    """ Seconds since start; 0 unless running or unhealthy. """
    created_at: datetime.datetime | Unset = UNSET
    """ Same value as `deployed_at`. """
    deployed_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    """ Last start time; the zero time `0001-01-01T00:00:00Z` if never started. """
    healthy: bool | None | Unset = UNSET
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

        status = self.status

        name = self.name

        port = self.port

        pid = self.pid

        restart_count = self.restart_count

        uptime = self.uptime

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        deployed_at: str | Unset = UNSET
        if not isinstance(self.deployed_at, Unset):
            deployed_at = self.deployed_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        healthy: bool | None | Unset
        if isinstance(self.healthy, Unset):
            healthy = UNSET
        else:
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
                "status": status,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if port is not UNSET:
            field_dict["port"] = port
        if pid is not UNSET:
            field_dict["pid"] = pid
        if restart_count is not UNSET:
            field_dict["restart_count"] = restart_count
        if uptime is not UNSET:
            field_dict["uptime"] = uptime
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if deployed_at is not UNSET:
            field_dict["deployed_at"] = deployed_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if healthy is not UNSET:
            field_dict["healthy"] = healthy
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

        status = d.pop("status")

        name = d.pop("name", UNSET)

        port = d.pop("port", UNSET)

        pid = d.pop("pid", UNSET)

        restart_count = d.pop("restart_count", UNSET)

        uptime = d.pop("uptime", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = isoparse(_created_at)

        _deployed_at = d.pop("deployed_at", UNSET)
        deployed_at: datetime.datetime | Unset
        if isinstance(_deployed_at, Unset):
            deployed_at = UNSET
        else:
            deployed_at = isoparse(_deployed_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = isoparse(_updated_at)

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

        _last_health_check = d.pop("last_health_check", UNSET)
        last_health_check: datetime.datetime | Unset
        if isinstance(_last_health_check, Unset):
            last_health_check = UNSET
        else:
            last_health_check = isoparse(_last_health_check)

        formation_detail = cls(
            id=id,
            status=status,
            name=name,
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
