from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

T = TypeVar("T", bound="DevRunRequest")


@_attrs_define
class DevRunRequest:
    """Exactly one source: `path` (absolute local directory, `muxi up`) or `formation_id` (run
    that formation's `draft/` directory, Console). `path` wins when both are given; neither is
    400. With `path`, the formation ID is read from the formation file.

    """

    path: str | Unset = UNSET
    """ Absolute directory containing `formation.afs` / `.yaml` / `.yml`. """
    formation_id: str | Unset = UNSET
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        formation_id = self.formation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if path is not UNSET:
            field_dict["path"] = path
        if formation_id is not UNSET:
            field_dict["formation_id"] = formation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path", UNSET)

        formation_id = d.pop("formation_id", UNSET)

        dev_run_request = cls(
            path=path,
            formation_id=formation_id,
        )

        dev_run_request.additional_properties = d
        return dev_run_request

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
