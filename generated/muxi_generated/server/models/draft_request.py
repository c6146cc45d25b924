from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.draft_request_action import DraftRequestAction, check_draft_request_action
from ..models.draft_request_encoding import DraftRequestEncoding, check_draft_request_encoding
from ..models.draft_request_mode import DraftRequestMode, check_draft_request_mode
from ..types import UNSET, JSONValue, Unset

T = TypeVar("T", bound="DraftRequest")


@_attrs_define
class DraftRequest:
    """Request of `POST /rpc/formations/{formation_id}/draft/files`."""

    action: DraftRequestAction
    """ Anything else is 400 `InvalidAction`. """
    mode: DraftRequestMode | Unset = UNSET
    """ For `init`; `new` writes a minimal `formation.afs`, `clone` copies the live version. """
    path: str | Unset = UNSET
    """ Path inside the draft directory (`list`: directory, default the root; `read`,
    `write`, `delete`: required). Path traversal is rejected (400 `InvalidPath`).
     """
    content: str | Unset = UNSET
    """ File content for `write` (base64 when `encoding` is `base64`). """
    encoding: DraftRequestEncoding | Unset = "utf-8"
    """ Encoding of `content` for `write` and of the returned content for `read`. """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        path = self.path

        content = self.content

        encoding: str | Unset = UNSET
        if not isinstance(self.encoding, Unset):
            encoding = self.encoding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if path is not UNSET:
            field_dict["path"] = path
        if content is not UNSET:
            field_dict["content"] = content
        if encoding is not UNSET:
            field_dict["encoding"] = encoding

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = check_draft_request_action(d.pop("action"))

        _mode = d.pop("mode", UNSET)
        mode: DraftRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_draft_request_mode(_mode)

        path = d.pop("path", UNSET)

        content = d.pop("content", UNSET)

        _encoding = d.pop("encoding", UNSET)
        encoding: DraftRequestEncoding | Unset
        if isinstance(_encoding, Unset):
            encoding = UNSET
        else:
            encoding = check_draft_request_encoding(_encoding)

        draft_request = cls(
            action=action,
            mode=mode,
            path=path,
            content=content,
            encoding=encoding,
        )

        draft_request.additional_properties = d
        return draft_request

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
