from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

T = TypeVar("T", bound="KnowledgeSourceSyncResult")


@_attrs_define
class KnowledgeSourceSyncResult:
    """Outcome of syncing one remote knowledge source."""

    source_id: str | Unset = UNSET
    url: str | Unset = UNSET
    status: str | Unset = UNSET
    reason: str | Unset = UNSET
    """ Why the sync was skipped. """
    files_added: int | Unset = UNSET
    files_modified: int | Unset = UNSET
    files_deleted: int | Unset = UNSET
    files_failed: int | Unset = UNSET
    bytes_downloaded: int | Unset = UNSET
    duration_ms: float | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        source_id = self.source_id

        url = self.url

        status = self.status

        reason = self.reason

        files_added = self.files_added

        files_modified = self.files_modified

        files_deleted = self.files_deleted

        files_failed = self.files_failed

        bytes_downloaded = self.bytes_downloaded

        duration_ms = self.duration_ms

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if url is not UNSET:
            field_dict["url"] = url
        if status is not UNSET:
            field_dict["status"] = status
        if reason is not UNSET:
            field_dict["reason"] = reason
        if files_added is not UNSET:
            field_dict["files_added"] = files_added
        if files_modified is not UNSET:
            field_dict["files_modified"] = files_modified
        if files_deleted is not UNSET:
            field_dict["files_deleted"] = files_deleted
        if files_failed is not UNSET:
            field_dict["files_failed"] = files_failed
        if bytes_downloaded is not UNSET:
            field_dict["bytes_downloaded"] = bytes_downloaded
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_id = d.pop("source_id", UNSET)

        url = d.pop("url", UNSET)

        status = d.pop("status", UNSET)

        reason = d.pop("reason", UNSET)

        files_added = d.pop("files_added", UNSET)

        files_modified = d.pop("files_modified", UNSET)

        files_deleted = d.pop("files_deleted", UNSET)

        files_failed = d.pop("files_failed", UNSET)

        bytes_downloaded = d.pop("bytes_downloaded", UNSET)

        duration_ms = d.pop("duration_ms", UNSET)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        knowledge_source_sync_result = cls(
            source_id=source_id,
            url=url,
            status=status,
            reason=reason,
            files_added=files_added,
            files_modified=files_modified,
            files_deleted=files_deleted,
            files_failed=files_failed,
            bytes_downloaded=bytes_downloaded,
            duration_ms=duration_ms,
            error=error,
        )

        knowledge_source_sync_result.additional_properties = d
        return knowledge_source_sync_result

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
