from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

T = TypeVar("T", bound="FormationLogStreams")


@_attrs_define
class FormationLogStreams:
    """Log lines per stream. Only the keys selected by `stream` are present; a missing **or
    empty** log file gives `null` (a nil Go slice), not `[]`.

    """

    stdout: list[str] | None | Unset = UNSET
    stderr: list[str] | None | Unset = UNSET
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        stdout: list[str] | None | Unset
        if isinstance(self.stdout, Unset):
            stdout = UNSET
        elif isinstance(self.stdout, list):
            stdout = self.stdout

        else:
            stdout = self.stdout

        stderr: list[str] | None | Unset
        if isinstance(self.stderr, Unset):
            stderr = UNSET
        elif isinstance(self.stderr, list):
            stderr = self.stderr

        else:
            stderr = self.stderr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stdout is not UNSET:
            field_dict["stdout"] = stdout
        if stderr is not UNSET:
            field_dict["stderr"] = stderr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_stdout(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stdout_type_0 = cast(list[str], data)

                return stdout_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        stdout = _parse_stdout(d.pop("stdout", UNSET))

        def _parse_stderr(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stderr_type_0 = cast(list[str], data)

                return stderr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        stderr = _parse_stderr(d.pop("stderr", UNSET))

        formation_log_streams = cls(
            stdout=stdout,
            stderr=stderr,
        )

        formation_log_streams.additional_properties = d
        return formation_log_streams

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
