from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

T = TypeVar("T", bound="RequestStatus")


@_attrs_define
class RequestStatus:
    """A tracked request. Timestamps are Unix seconds (float)."""

    request_id: str
    user_id: None | str
    """ `"0"` in single-user formations. """
    status: str
    progress: None | str
    """ Progress text such as `3/5 tasks`. """
    created_at: float | None
    completed_at: float | None | Unset = UNSET
    error: str | Unset = UNSET
    escalated: bool | Unset = UNSET
    """ The request is a background retry of a failed turn. """
    result: JSONValue | Unset = UNSET
    """ The answer (text, or an object for non-chat jobs); completed requests only. """
    report: JSONValue | Unset = UNSET
    """ Failure report of an escalated retry. """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        user_id: None | str
        user_id = self.user_id

        status = self.status

        progress: None | str
        progress = self.progress

        created_at: float | None
        created_at = self.created_at

        completed_at: float | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        error = self.error

        escalated = self.escalated

        result = self.result

        report = self.report

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "user_id": user_id,
                "status": status,
                "progress": progress,
                "created_at": created_at,
            }
        )
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if error is not UNSET:
            field_dict["error"] = error
        if escalated is not UNSET:
            field_dict["escalated"] = escalated
        if result is not UNSET:
            field_dict["result"] = result
        if report is not UNSET:
            field_dict["report"] = report

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("request_id")

        def _parse_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_id = _parse_user_id(d.pop("user_id"))

        status = d.pop("status")

        def _parse_progress(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        progress = _parse_progress(d.pop("progress"))

        def _parse_created_at(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        created_at = _parse_created_at(d.pop("created_at"))

        def _parse_completed_at(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        error = d.pop("error", UNSET)

        escalated = d.pop("escalated", UNSET)

        result = d.pop("result", UNSET)

        report = d.pop("report", UNSET)

        request_status = cls(
            request_id=request_id,
            user_id=user_id,
            status=status,
            progress=progress,
            created_at=created_at,
            completed_at=completed_at,
            error=error,
            escalated=escalated,
            result=result,
            report=report,
        )

        request_status.additional_properties = d
        return request_status

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
