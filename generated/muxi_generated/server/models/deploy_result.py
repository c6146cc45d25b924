from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JSONValue

T = TypeVar("T", bound="DeployResult")


@_attrs_define
class DeployResult:
    """Result of a deploy (`201`)."""

    formation_id: str
    port: int
    """ Allocated formation port (pool 8000-9000 by default). """
    status: str
    """ Process status, `running` on success. """
    url: str
    """ Proxy URL `http://localhost:{server port}/api/{formation_id}`. """
    health_url: str
    """ `http://localhost:{formation port}/v1/health`. """
    pid: int
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        formation_id = self.formation_id

        port = self.port

        status = self.status

        url = self.url

        health_url = self.health_url

        pid = self.pid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "formation_id": formation_id,
                "port": port,
                "status": status,
                "url": url,
                "health_url": health_url,
                "pid": pid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        formation_id = d.pop("formation_id")

        port = d.pop("port")

        status = d.pop("status")

        url = d.pop("url")

        health_url = d.pop("health_url")

        pid = d.pop("pid")

        deploy_result = cls(
            formation_id=formation_id,
            port=port,
            status=status,
            url=url,
            health_url=health_url,
            pid=pid,
        )

        deploy_result.additional_properties = d
        return deploy_result

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
