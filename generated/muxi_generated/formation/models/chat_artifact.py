from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.chat_artifact_metadata import ChatArtifactMetadata
    from ..models.chat_artifact_preview_type_0 import ChatArtifactPreviewType0


T = TypeVar("T", bound="ChatArtifact")


@_attrs_define
class ChatArtifact:
    """A file produced by a turn."""

    type_: str | Unset = UNSET
    format_: str | Unset = UNSET
    """ e.g. `txt`, `pdf`, `png`, `json`. """
    filename: str | Unset = UNSET
    preview: ChatArtifactPreviewType0 | None | Unset = UNSET
    """ Preview data (`thumbnail`, base64), or null. """
    metadata: ChatArtifactMetadata | Unset = UNSET
    """ Size, creation time and type-specific details. """
    content: None | str | Unset = UNSET
    """ Text content (text files). """
    data_url: None | str | Unset = UNSET
    """ Data URL (binary files). """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_artifact_preview_type_0 import ChatArtifactPreviewType0

        type_ = self.type_

        format_ = self.format_

        filename = self.filename

        preview: dict[str, Any] | None | Unset
        if isinstance(self.preview, Unset):
            preview = UNSET
        elif isinstance(self.preview, ChatArtifactPreviewType0):
            preview = self.preview.to_dict()
        else:
            preview = self.preview

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        data_url: None | str | Unset
        if isinstance(self.data_url, Unset):
            data_url = UNSET
        else:
            data_url = self.data_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if format_ is not UNSET:
            field_dict["format"] = format_
        if filename is not UNSET:
            field_dict["filename"] = filename
        if preview is not UNSET:
            field_dict["preview"] = preview
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if content is not UNSET:
            field_dict["content"] = content
        if data_url is not UNSET:
            field_dict["data_url"] = data_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_artifact_metadata import ChatArtifactMetadata
        from ..models.chat_artifact_preview_type_0 import ChatArtifactPreviewType0

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        format_ = d.pop("format", UNSET)

        filename = d.pop("filename", UNSET)

        def _parse_preview(data: object) -> ChatArtifactPreviewType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                preview_type_0 = ChatArtifactPreviewType0.from_dict(data)

                return preview_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatArtifactPreviewType0 | None | Unset, data)

        preview = _parse_preview(d.pop("preview", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: ChatArtifactMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ChatArtifactMetadata.from_dict(_metadata)

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        def _parse_data_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_url = _parse_data_url(d.pop("data_url", UNSET))

        chat_artifact = cls(
            type_=type_,
            format_=format_,
            filename=filename,
            preview=preview,
            metadata=metadata,
            content=content,
            data_url=data_url,
        )

        chat_artifact.additional_properties = d
        return chat_artifact

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
