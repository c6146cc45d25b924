from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.chat_request_files_type_0_item import ChatRequestFilesType0Item
    from ..models.ui_response_hint import UIResponseHint


T = TypeVar("T", bound="ChatRequest")


@_attrs_define
class ChatRequest:
    """Body of `POST /chat`."""

    message: str
    """ The user's message. """
    user_id: None | str | Unset = UNSET
    """ Deprecated fallback for the `X-Muxi-User-ID` header (the header wins). """
    agent_id: None | str | Unset = UNSET
    """ Send the message to this agent instead of letting the overlord route it. """
    session_id: None | str | Unset = UNSET
    """ Continue this session (a new one is created when omitted). """
    group_id: None | str | Unset = UNSET
    """ Reserved. """
    request_id: None | str | Unset = UNSET
    """ Client-chosen request id (echoed as the envelope's `request.id`). """
    mode: None | str | Unset = "sync"
    """ `sync` (default) or `async`; `async` answers 501 in this release. """
    files: list[ChatRequestFilesType0Item] | None | Unset = UNSET
    """ Attachments, each an object such as `{"filename", "content_type", "content"}` (base64 content). """
    stream: bool | None | Unset = True
    """ Stream the reply as SSE (default). Only `false` gives a JSON reply. """
    webhook_url: None | str | Unset = UNSET
    """ Per-request webhook override for async completion. """
    threshold_seconds: float | None | Unset = UNSET
    """ Per-request async threshold override. """
    source_channel: None | str | Unset = UNSET
    """ Channel the message arrived on (recorded as the user's last channel). """
    ui_response: None | UIResponseHint | Unset = UNSET
    """ Structured reply to a UI widget of a previous response. """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.ui_response_hint import UIResponseHint

        message = self.message

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        group_id: None | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        else:
            mode = self.mode

        files: list[dict[str, Any]] | None | Unset
        if isinstance(self.files, Unset):
            files = UNSET
        elif isinstance(self.files, list):
            files = []
            for files_type_0_item_data in self.files:
                files_type_0_item = files_type_0_item_data.to_dict()
                files.append(files_type_0_item)

        else:
            files = self.files

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        threshold_seconds: float | None | Unset
        if isinstance(self.threshold_seconds, Unset):
            threshold_seconds = UNSET
        else:
            threshold_seconds = self.threshold_seconds

        source_channel: None | str | Unset
        if isinstance(self.source_channel, Unset):
            source_channel = UNSET
        else:
            source_channel = self.source_channel

        ui_response: dict[str, Any] | None | Unset
        if isinstance(self.ui_response, Unset):
            ui_response = UNSET
        elif isinstance(self.ui_response, UIResponseHint):
            ui_response = self.ui_response.to_dict()
        else:
            ui_response = self.ui_response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if mode is not UNSET:
            field_dict["mode"] = mode
        if files is not UNSET:
            field_dict["files"] = files
        if stream is not UNSET:
            field_dict["stream"] = stream
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if threshold_seconds is not UNSET:
            field_dict["threshold_seconds"] = threshold_seconds
        if source_channel is not UNSET:
            field_dict["source_channel"] = source_channel
        if ui_response is not UNSET:
            field_dict["ui_response"] = ui_response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_request_files_type_0_item import ChatRequestFilesType0Item
        from ..models.ui_response_hint import UIResponseHint

        d = dict(src_dict)
        message = d.pop("message")

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_id = _parse_agent_id(d.pop("agent_id", UNSET))

        def _parse_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session_id = _parse_session_id(d.pop("session_id", UNSET))

        def _parse_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_id = _parse_group_id(d.pop("group_id", UNSET))

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        def _parse_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mode = _parse_mode(d.pop("mode", UNSET))

        def _parse_files(data: object) -> list[ChatRequestFilesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                files_type_0 = []
                _files_type_0 = data
                for files_type_0_item_data in _files_type_0:
                    files_type_0_item = ChatRequestFilesType0Item.from_dict(files_type_0_item_data)

                    files_type_0.append(files_type_0_item)

                return files_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChatRequestFilesType0Item] | None | Unset, data)

        files = _parse_files(d.pop("files", UNSET))

        def _parse_stream(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        stream = _parse_stream(d.pop("stream", UNSET))

        def _parse_webhook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_url = _parse_webhook_url(d.pop("webhook_url", UNSET))

        def _parse_threshold_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        threshold_seconds = _parse_threshold_seconds(d.pop("threshold_seconds", UNSET))

        def _parse_source_channel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_channel = _parse_source_channel(d.pop("source_channel", UNSET))

        def _parse_ui_response(data: object) -> None | UIResponseHint | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ui_response_type_0 = UIResponseHint.from_dict(data)

                return ui_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UIResponseHint | Unset, data)

        ui_response = _parse_ui_response(d.pop("ui_response", UNSET))

        chat_request = cls(
            message=message,
            user_id=user_id,
            agent_id=agent_id,
            session_id=session_id,
            group_id=group_id,
            request_id=request_id,
            mode=mode,
            files=files,
            stream=stream,
            webhook_url=webhook_url,
            threshold_seconds=threshold_seconds,
            source_channel=source_channel,
            ui_response=ui_response,
        )

        chat_request.additional_properties = d
        return chat_request

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
