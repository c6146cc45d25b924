from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.audit_entry_data import AuditEntryData


T = TypeVar("T", bound="AuditEntry")


@_attrs_define
class AuditEntry:
    """One audit log line. Entries are read back from the log file as written."""

    timestamp: str | Unset = UNSET
    """ ISO 8601 UTC time. """
    request_id: None | str | Unset = UNSET
    action: str | Unset = UNSET
    """ e.g. `secret.created`, `audit.cleared`. """
    resource_type: str | Unset = UNSET
    resource_id: None | str | Unset = UNSET
    user: str | Unset = UNSET
    ip: None | str | Unset = UNSET
    result: str | Unset = UNSET
    status_code: int | Unset = UNSET
    message: str | Unset = UNSET
    data: AuditEntryData | Unset = UNSET
    """ Additional context. """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        action = self.action

        resource_type = self.resource_type

        resource_id: None | str | Unset
        if isinstance(self.resource_id, Unset):
            resource_id = UNSET
        else:
            resource_id = self.resource_id

        user = self.user

        ip: None | str | Unset
        if isinstance(self.ip, Unset):
            ip = UNSET
        else:
            ip = self.ip

        result = self.result

        status_code = self.status_code

        message = self.message

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if action is not UNSET:
            field_dict["action"] = action
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if user is not UNSET:
            field_dict["user"] = user
        if ip is not UNSET:
            field_dict["ip"] = ip
        if result is not UNSET:
            field_dict["result"] = result
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_entry_data import AuditEntryData

        d = dict(src_dict)
        timestamp = d.pop("timestamp", UNSET)

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        action = d.pop("action", UNSET)

        resource_type = d.pop("resource_type", UNSET)

        def _parse_resource_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource_id = _parse_resource_id(d.pop("resource_id", UNSET))

        user = d.pop("user", UNSET)

        def _parse_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip = _parse_ip(d.pop("ip", UNSET))

        result = d.pop("result", UNSET)

        status_code = d.pop("status_code", UNSET)

        message = d.pop("message", UNSET)

        _data = d.pop("data", UNSET)
        data: AuditEntryData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = AuditEntryData.from_dict(_data)

        audit_entry = cls(
            timestamp=timestamp,
            request_id=request_id,
            action=action,
            resource_type=resource_type,
            resource_id=resource_id,
            user=user,
            ip=ip,
            result=result,
            status_code=status_code,
            message=message,
            data=data,
        )

        audit_entry.additional_properties = d
        return audit_entry

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
