from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.chat_artifact import ChatArtifact
    from ..models.chat_message_metadata import ChatMessageMetadata
    from ..models.message_content_part import MessageContentPart
    from ..models.ui_widget import UIWidget


T = TypeVar("T", bound="ChatMessage")


@_attrs_define
class ChatMessage:
    """An assistant message."""

    role: str
    content: list[MessageContentPart] | str
    """ Message text, or a list of content parts. """
    artifacts: list[ChatArtifact] | None | Unset = UNSET
    """ Files produced by the turn, or null. """
    metadata: ChatMessageMetadata | None | Unset = UNSET
    """ Turn metadata, or null. """
    ui: list[UIWidget] | Unset = UNSET
    """ UI widgets offered with the reply; absent when there are none. """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_message_metadata import ChatMessageMetadata

        role = self.role

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item = content_type_1_item_data.to_dict()
                content.append(content_type_1_item)

        else:
            content = self.content

        artifacts: list[dict[str, Any]] | None | Unset
        if isinstance(self.artifacts, Unset):
            artifacts = UNSET
        elif isinstance(self.artifacts, list):
            artifacts = []
            for artifacts_type_0_item_data in self.artifacts:
                artifacts_type_0_item = artifacts_type_0_item_data.to_dict()
                artifacts.append(artifacts_type_0_item)

        else:
            artifacts = self.artifacts

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ChatMessageMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        ui: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ui, Unset):
            ui = []
            for ui_item_data in self.ui:
                ui_item = ui_item_data.to_dict()
                ui.append(ui_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )
        if artifacts is not UNSET:
            field_dict["artifacts"] = artifacts
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if ui is not UNSET:
            field_dict["ui"] = ui

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_artifact import ChatArtifact
        from ..models.chat_message_metadata import ChatMessageMetadata
        from ..models.message_content_part import MessageContentPart
        from ..models.ui_widget import UIWidget

        d = dict(src_dict)
        role = d.pop("role")

        def _parse_content(data: object) -> list[MessageContentPart] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:
                    content_type_1_item = MessageContentPart.from_dict(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MessageContentPart] | str, data)

        content = _parse_content(d.pop("content"))

        def _parse_artifacts(data: object) -> list[ChatArtifact] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                artifacts_type_0 = []
                _artifacts_type_0 = data
                for artifacts_type_0_item_data in _artifacts_type_0:
                    artifacts_type_0_item = ChatArtifact.from_dict(artifacts_type_0_item_data)

                    artifacts_type_0.append(artifacts_type_0_item)

                return artifacts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChatArtifact] | None | Unset, data)

        artifacts = _parse_artifacts(d.pop("artifacts", UNSET))

        def _parse_metadata(data: object) -> ChatMessageMetadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ChatMessageMetadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatMessageMetadata | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        _ui = d.pop("ui", UNSET)
        ui: list[UIWidget] | Unset = UNSET
        if _ui is not UNSET:
            ui = []
            for ui_item_data in _ui:
                ui_item = UIWidget.from_dict(ui_item_data)

                ui.append(ui_item)

        chat_message = cls(
            role=role,
            content=content,
            artifacts=artifacts,
            metadata=metadata,
            ui=ui,
        )

        chat_message.additional_properties = d
        return chat_message

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
