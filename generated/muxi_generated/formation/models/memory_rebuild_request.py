from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

T = TypeVar("T", bound="MemoryRebuildRequest")


@_attrs_define
class MemoryRebuildRequest:
    user_id: str
    projection: None | str | Unset = UNSET
    """ One projection to rebuild (default all). """
    dry_run: bool | Unset = False
    """ Only report what would be replayed. """
    background: bool | Unset = True
    """ Run as a background job (202 + `job_id`). """
    backfill: bool | Unset = False
    """ Synthesize legacy events first. """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        projection: None | str | Unset
        if isinstance(self.projection, Unset):
            projection = UNSET
        else:
            projection = self.projection

        dry_run = self.dry_run

        background = self.background

        backfill = self.backfill

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
            }
        )
        if projection is not UNSET:
            field_dict["projection"] = projection
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if background is not UNSET:
            field_dict["background"] = background
        if backfill is not UNSET:
            field_dict["backfill"] = backfill

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        def _parse_projection(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        projection = _parse_projection(d.pop("projection", UNSET))

        dry_run = d.pop("dry_run", UNSET)

        background = d.pop("background", UNSET)

        backfill = d.pop("backfill", UNSET)

        memory_rebuild_request = cls(
            user_id=user_id,
            projection=projection,
            dry_run=dry_run,
            background=background,
            backfill=backfill,
        )

        memory_rebuild_request.additional_properties = d
        return memory_rebuild_request

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
