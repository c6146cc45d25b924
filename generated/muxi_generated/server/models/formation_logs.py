from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JSONValue

if TYPE_CHECKING:
    from ..models.formation_log_streams import FormationLogStreams
    from ..models.formation_log_totals import FormationLogTotals


T = TypeVar("T", bound="FormationLogs")


@_attrs_define
class FormationLogs:
    formation_id: str
    logs: FormationLogStreams
    """ Log lines per stream. Only the keys selected by `stream` are present; a missing **or
    empty** log file gives `null` (a nil Go slice), not `[]`.
     """
    total_lines: FormationLogTotals
    """ Total number of lines in each log file (0 when missing or not selected). """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        formation_id = self.formation_id

        logs = self.logs.to_dict()

        total_lines = self.total_lines.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "formation_id": formation_id,
                "logs": logs,
                "total_lines": total_lines,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.formation_log_streams import FormationLogStreams
        from ..models.formation_log_totals import FormationLogTotals

        d = dict(src_dict)
        formation_id = d.pop("formation_id")

        logs = FormationLogStreams.from_dict(d.pop("logs"))

        total_lines = FormationLogTotals.from_dict(d.pop("total_lines"))

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
