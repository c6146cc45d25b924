from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

T = TypeVar("T", bound="ChatStreamToken")


@_attrs_define
class ChatStreamToken:
    """One streaming event of a turn. Besides the always-present keys, events carry
    stage-specific keys (the list below is not exhaustive). The terminal `completed` token has
    `status`, `processing_time_ms`, often `agent_used`, and `stream_discontinuity: true` when
    previously streamed `content` deltas must be discarded.

    """

    request_id: str
    user_id: str
    """ `"0"` in single-user formations. """
    session_id: None | str
    type_: str
    """ Event type. Open set. """
    content: None | str
    """ Human-readable progress text, an answer delta (`content`) or the full answer (`completed`). """
    timestamp: float
    """ Unix seconds (float). """
    stage: str | Unset = UNSET
    """ Processing stage. Open set. """
    status: str | Unset = UNSET
    """ Outcome, on `completed` tokens. """
    processing_time_ms: float | Unset = UNSET
    agent_used: None | str | Unset = UNSET
    escalated: bool | Unset = UNSET
    stream_discontinuity: bool | Unset = UNSET
    skip_rephrase: bool | Unset = UNSET
    agent_name: None | str | Unset = UNSET
    agent_id: None | str | Unset = UNSET
    selected_agent: None | str | Unset = UNSET
    agent_requested: None | str | Unset = UNSET
    original_message: str | Unset = UNSET
    message_preview: str | Unset = UNSET
    skip_clarification: bool | Unset = UNSET
    has_tools: bool | Unset = UNSET
    tool_count: int | Unset = UNSET
    has_persona: bool | Unset = UNSET
    response_format: str | Unset = UNSET
    service: str | Unset = UNSET
    tool_name: str | Unset = UNSET
    workflow_id: str | Unset = UNSET
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        user_id = self.user_id

        session_id: None | str
        session_id = self.session_id

        type_ = self.type_

        content: None | str
        content = self.content

        timestamp = self.timestamp

        stage = self.stage

        status = self.status

        processing_time_ms = self.processing_time_ms

        agent_used: None | str | Unset
        if isinstance(self.agent_used, Unset):
            agent_used = UNSET
        else:
            agent_used = self.agent_used

        escalated = self.escalated

        stream_discontinuity = self.stream_discontinuity

        skip_rephrase = self.skip_rephrase

        agent_name: None | str | Unset
        if isinstance(self.agent_name, Unset):
            agent_name = UNSET
        else:
            agent_name = self.agent_name

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        selected_agent: None | str | Unset
        if isinstance(self.selected_agent, Unset):
            selected_agent = UNSET
        else:
            selected_agent = self.selected_agent

        agent_requested: None | str | Unset
        if isinstance(self.agent_requested, Unset):
            agent_requested = UNSET
        else:
            agent_requested = self.agent_requested

        original_message = self.original_message

        message_preview = self.message_preview

        skip_clarification = self.skip_clarification

        has_tools = self.has_tools

        tool_count = self.tool_count

        has_persona = self.has_persona

        response_format = self.response_format

        service = self.service

        tool_name = self.tool_name

        workflow_id = self.workflow_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "user_id": user_id,
                "session_id": session_id,
                "type": type_,
                "content": content,
                "timestamp": timestamp,
            }
        )
        if stage is not UNSET:
            field_dict["stage"] = stage
        if status is not UNSET:
            field_dict["status"] = status
        if processing_time_ms is not UNSET:
            field_dict["processing_time_ms"] = processing_time_ms
        if agent_used is not UNSET:
            field_dict["agent_used"] = agent_used
        if escalated is not UNSET:
            field_dict["escalated"] = escalated
        if stream_discontinuity is not UNSET:
            field_dict["stream_discontinuity"] = stream_discontinuity
        if skip_rephrase is not UNSET:
            field_dict["skip_rephrase"] = skip_rephrase
        if agent_name is not UNSET:
            field_dict["agent_name"] = agent_name
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if selected_agent is not UNSET:
            field_dict["selected_agent"] = selected_agent
        if agent_requested is not UNSET:
            field_dict["agent_requested"] = agent_requested
        if original_message is not UNSET:
            field_dict["original_message"] = original_message
        if message_preview is not UNSET:
            field_dict["message_preview"] = message_preview
        if skip_clarification is not UNSET:
            field_dict["skip_clarification"] = skip_clarification
        if has_tools is not UNSET:
            field_dict["has_tools"] = has_tools
        if tool_count is not UNSET:
            field_dict["tool_count"] = tool_count
        if has_persona is not UNSET:
            field_dict["has_persona"] = has_persona
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if service is not UNSET:
            field_dict["service"] = service
        if tool_name is not UNSET:
            field_dict["tool_name"] = tool_name
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("request_id")

        user_id = d.pop("user_id")

        def _parse_session_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        session_id = _parse_session_id(d.pop("session_id"))

        type_ = d.pop("type")

        def _parse_content(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        content = _parse_content(d.pop("content"))

        timestamp = d.pop("timestamp")

        stage = d.pop("stage", UNSET)

        status = d.pop("status", UNSET)

        processing_time_ms = d.pop("processing_time_ms", UNSET)

        def _parse_agent_used(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_used = _parse_agent_used(d.pop("agent_used", UNSET))

        escalated = d.pop("escalated", UNSET)

        stream_discontinuity = d.pop("stream_discontinuity", UNSET)

        skip_rephrase = d.pop("skip_rephrase", UNSET)

        def _parse_agent_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_name = _parse_agent_name(d.pop("agent_name", UNSET))

        def _parse_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_id = _parse_agent_id(d.pop("agent_id", UNSET))

        def _parse_selected_agent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        selected_agent = _parse_selected_agent(d.pop("selected_agent", UNSET))

        def _parse_agent_requested(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_requested = _parse_agent_requested(d.pop("agent_requested", UNSET))

        original_message = d.pop("original_message", UNSET)

        message_preview = d.pop("message_preview", UNSET)

        skip_clarification = d.pop("skip_clarification", UNSET)

        has_tools = d.pop("has_tools", UNSET)

        tool_count = d.pop("tool_count", UNSET)

        has_persona = d.pop("has_persona", UNSET)

        response_format = d.pop("response_format", UNSET)

        service = d.pop("service", UNSET)

        tool_name = d.pop("tool_name", UNSET)

        workflow_id = d.pop("workflow_id", UNSET)

        chat_stream_token = cls(
            request_id=request_id,
            user_id=user_id,
            session_id=session_id,
            type_=type_,
            content=content,
            timestamp=timestamp,
            stage=stage,
            status=status,
            processing_time_ms=processing_time_ms,
            agent_used=agent_used,
            escalated=escalated,
            stream_discontinuity=stream_discontinuity,
            skip_rephrase=skip_rephrase,
            agent_name=agent_name,
            agent_id=agent_id,
            selected_agent=selected_agent,
            agent_requested=agent_requested,
            original_message=original_message,
            message_preview=message_preview,
            skip_clarification=skip_clarification,
            has_tools=has_tools,
            tool_count=tool_count,
            has_persona=has_persona,
            response_format=response_format,
            service=service,
            tool_name=tool_name,
            workflow_id=workflow_id,
        )

        chat_stream_token.additional_properties = d
        return chat_stream_token

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
