from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.formation_log_streams import FormationLogStreams
    from ..models.formation_log_totals import FormationLogTotals


T = TypeVar("T", bound="FormationLogs")


@_attrs_define
class FormationLogs:
    formation_id: str
    logs: FormationLogStreams | Unset = UNSET
    """ Log lines per stream. Only the keys selected by `stream` are present; a missing log file
    gives `null`.
     """
    total_lines: FormationLogTotals | Unset = UNSET
    """ Total number of lines in each log file (0 when missing or not selected). """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        formation_id = self.formation_id

        logs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logs, Unset):
            logs = self.logs.to_dict()

        total_lines: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_lines, Unset):
            total_lines = self.total_lines.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "formation_id": formation_id,
            }
        )
        if logs is not UNSET:
            field_dict["logs"] = logs
        if total_lines is not UNSET:
            field_dict["total_lines"] = total_lines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.formation_log_streams import FormationLogStreams
        from ..models.formation_log_totals import FormationLogTotals

        d = dict(src_dict)
        formation_id = d.pop("formation_id")

        _logs = d.pop("logs", UNSET)
        logs: FormationLogStreams | Unset
        if isinstance(_logs, Unset):
            logs = UNSET
        else:
            logs = FormationLogStreams.from_dict(_logs)

        _total_lines = d.pop("total_lines", UNSET)
        total_lines: FormationLogTotals | Unset
        if isinstance(_total_lines, Unset):
            total_lines = UNSET
        else:
            total_lines = FormationLogTotals.from_dict(_total_lines)

        formation_logs = cls(
            formation_id=formation_id,
            logs=logs,
            total_lines=total_lines,
        )

        formation_logs.additional_properties = d
        return formation_logs

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
