from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

T = TypeVar("T", bound="ProgressEvent")


@_attrs_define
class ProgressEvent:
    """Data of an `event: progress` frame."""

    stage: str
    """ Deploy/update/start/restart/rollback stage. Known values: extracting, validating,
    resolving_runtime, downloading_sif, pulling_runner, spawning, health_check,
    spawning_staging, swapping, stopping_old (server stage enum), plus stopping (restart),
    spawning_previous and stopping_current (rollback).
     """
    message: str
    progress: int | Unset = UNSET
    """ 0-100; declared by the server but never set. """
    url: str | Unset = UNSET
    version: str | Unset = UNSET
    """ Resolved runtime version (`resolving_runtime`). """
    attempt: int | Unset = UNSET
    """ Health-check attempt (`health_check`). """
    max_attempts: int | Unset = UNSET
    """ Health-check attempts allowed (`health_check`). """
    staging_port: int | Unset = UNSET
    """ Port of the new version (update `spawning_staging`). """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        stage = self.stage

        message = self.message

        progress = self.progress

        url = self.url

        version = self.version

        attempt = self.attempt

        max_attempts = self.max_attempts

        staging_port = self.staging_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stage": stage,
                "message": message,
            }
        )
        if progress is not UNSET:
            field_dict["progress"] = progress
        if url is not UNSET:
            field_dict["url"] = url
        if version is not UNSET:
            field_dict["version"] = version
        if attempt is not UNSET:
            field_dict["attempt"] = attempt
        if max_attempts is not UNSET:
            field_dict["max_attempts"] = max_attempts
        if staging_port is not UNSET:
            field_dict["staging_port"] = staging_port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stage = d.pop("stage")

        message = d.pop("message")

        progress = d.pop("progress", UNSET)

        url = d.pop("url", UNSET)

        version = d.pop("version", UNSET)

        attempt = d.pop("attempt", UNSET)

        max_attempts = d.pop("max_attempts", UNSET)

        staging_port = d.pop("staging_port", UNSET)

        progress_event = cls(
            stage=stage,
            message=message,
            progress=progress,
            url=url,
            version=version,
            attempt=attempt,
            max_attempts=max_attempts,
            staging_port=staging_port,
        )

        progress_event.additional_properties = d
        return progress_event

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
