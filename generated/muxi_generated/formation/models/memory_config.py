from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.memory_config_buffer import MemoryConfigBuffer
    from ..models.memory_config_distillery import MemoryConfigDistillery
    from ..models.memory_config_working import MemoryConfigWorking


T = TypeVar("T", bound="MemoryConfig")


@_attrs_define
class MemoryConfig:
    """The formation's `memory` configuration block, free-form (`{}` when absent), e.g. `{"buffer": {"size": 10,
    "vector_search": false}}`.

    """

    buffer: MemoryConfigBuffer | Unset = UNSET
    """ Buffer memory settings. """
    working: MemoryConfigWorking | Unset = UNSET
    """ Working memory settings. """
    persistent: JSONValue | Unset = UNSET
    """ Persistent memory settings (absent without persistent memory). """
    distillery: MemoryConfigDistillery | Unset = UNSET
    """ Signed distilled-memory intake settings (e.g. `{"enabled": true}`), when configured. """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        buffer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buffer, Unset):
            buffer = self.buffer.to_dict()

        working: dict[str, Any] | Unset = UNSET
        if not isinstance(self.working, Unset):
            working = self.working.to_dict()

        persistent = self.persistent

        distillery: dict[str, Any] | Unset = UNSET
        if not isinstance(self.distillery, Unset):
            distillery = self.distillery.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if buffer is not UNSET:
            field_dict["buffer"] = buffer
        if working is not UNSET:
            field_dict["working"] = working
        if persistent is not UNSET:
            field_dict["persistent"] = persistent
        if distillery is not UNSET:
            field_dict["distillery"] = distillery

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.memory_config_buffer import MemoryConfigBuffer
        from ..models.memory_config_distillery import MemoryConfigDistillery
        from ..models.memory_config_working import MemoryConfigWorking

        d = dict(src_dict)
        _buffer = d.pop("buffer", UNSET)
        buffer: MemoryConfigBuffer | Unset
        if isinstance(_buffer, Unset):
            buffer = UNSET
        else:
            buffer = MemoryConfigBuffer.from_dict(_buffer)

        _working = d.pop("working", UNSET)
        working: MemoryConfigWorking | Unset
        if isinstance(_working, Unset):
            working = UNSET
        else:
            working = MemoryConfigWorking.from_dict(_working)

        persistent = d.pop("persistent", UNSET)

        _distillery = d.pop("distillery", UNSET)
        distillery: MemoryConfigDistillery | Unset
        if isinstance(_distillery, Unset):
            distillery = UNSET
        else:
            distillery = MemoryConfigDistillery.from_dict(_distillery)

        memory_config = cls(
            buffer=buffer,
            working=working,
            persistent=persistent,
            distillery=distillery,
        )

        memory_config.additional_properties = d
        return memory_config

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
