"""Chat: request bodies, typed stream events, and the final response (no I/O here).

The runtime streams a turn as unnamed SSE frames ``{"token": {...}}`` (``token.type`` is
``progress``, ``thinking``, ``planning``, ``content``, ``completed``...), an optional
``event: ui`` frame, a final ``event: done``, and ``event: error`` for a failure after the
stream started. :class:`ChatEvent` maps them onto a small closed set of types:

========== ==============================================================================
type       meaning
========== ==============================================================================
text       one delta of the answer (``event.text``)
progress   a status update (``progress``, ``thinking``, ``tool_call``, ``finalizing``...)
planning   the formation is choosing an agent or planning
completed  the full answer (``event.text``); authoritative when ``stream_discontinuity``
ui         widgets to render (``event.widgets``)
done       the stream is over
error      the turn failed (raised as :class:`~muxi.FormationError` unless asked for)
========== ==============================================================================

Every answer reaches a ``text`` loop exactly once: when the runtime sends it only in the
``completed`` frame (no ``content`` deltas before it, as after an LLM failure or while its
circuit breaker is open) or marks the deltas superseded (``stream_discontinuity``), a ``text``
event carrying the completed text (``source_type == "completed"``) comes right before the
``completed`` event. A frame whose ``status`` is ``error`` fails the turn like an ``error``
event; a body that ends before ``completed`` or ``done`` raises :class:`~muxi.StreamError`.
"""

from __future__ import annotations

import base64
import mimetypes
import os
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal, overload

import httpx

from .._core.inputs import check_options
from .._core.json import is_array, is_mapping, is_plain_object
from .._core.sse import ServerSentEvent, loads
from .._core.streaming import AsyncStream, Stream
from ..errors import ConfigurationError, FormationError
from .options import PER_CALL, AudioChatOptions, AudioChatStreamOptions, ChatOptions, ChatStreamOptions

__all__ = ["ChatEvent", "ChatResponse", "FileInput", "audio_payload", "chat_payload"]

ChatEventType = Literal["text", "progress", "planning", "completed", "ui", "done", "error"]
FileInput = str | os.PathLike[str] | bytes | IO[bytes] | Mapping[str, Any]

_NAMED_TYPES: dict[str, ChatEventType] = {"ui": "ui", "done": "done"}
_TOKEN_TYPES: dict[str, ChatEventType] = {
    "content": "text",
    "planning": "planning",
    "completed": "completed",
    "error": "error",
    "failed": "error",
    "cancelled": "error",
}


@dataclass(slots=True)
class ChatEvent:
    """One event of a chat stream.

    Attributes:
        type: one of ``text``, ``progress``, ``planning``, ``completed``, ``ui``, ``done``, ``error``.
        text: the answer delta (``text``), the full answer (``completed``), the status message
            (``progress``/``planning``) or the error message (``error``).
        stage: the runtime's processing stage, when it sent one.
        source_type: the runtime's own token type (``thinking``, ``tool_call``...), or the SSE event name.
        session_id: the session of the turn, when known.
        request_id: the request id of the turn, when known.
        stream_discontinuity: on ``completed``, the streamed deltas must be replaced by ``text``.
        widgets: the UI widgets of a ``ui`` event.
        raw: the frame's data as sent by the server.
        status: the frame's ``status`` (``success`` on ``completed``; ``error`` when the turn
            failed, seen only with ``raise_errors=False``), or None when it sent none.
    """

    type: ChatEventType
    text: str = ""
    stage: str | None = None
    source_type: str | None = None
    session_id: str | None = None
    request_id: str | None = None
    stream_discontinuity: bool = False
    widgets: Sequence[object] = ()
    raw: Mapping[str, object] = field(default_factory=dict[str, object])
    status: str | None = None

    @overload
    def get(self, key: Literal["type"], default: object = None) -> ChatEventType: ...
    @overload
    def get(self, key: Literal["text"], default: object = None) -> str: ...
    @overload
    def get(self, key: str, default: object = None) -> object: ...

    def get(self, key: str, default: object = None) -> object:
        """Dict-style access (``event.get("type")``, ``event.get("text")``) for code written for dicts."""
        if key in ("type", "text", "stage", "session_id", "request_id", "widgets", "status"):
            value = getattr(self, key)
            return default if value is None else value
        token = self.raw.get("token")
        if is_mapping(token) and key in token:
            return token[key]
        return self.raw.get(key, default)

    @overload
    def __getitem__(self, key: Literal["type"]) -> ChatEventType: ...
    @overload
    def __getitem__(self, key: Literal["text"]) -> str: ...
    @overload
    def __getitem__(self, key: str) -> object: ...

    def __getitem__(self, key: str) -> object:
        value = self.get(key, _MISSING)
        if value is _MISSING:
            raise KeyError(key)
        return value


_MISSING = object()


@dataclass(frozen=True)
class ChatResponse:
    """The answer of a chat turn.

    Attributes:
        text: the assistant's answer.
        session_id: the session the turn belongs to (pass it back to continue the conversation).
        request_id: the request id of the turn.
        message: the assistant message as the server sent it (role, content, artifacts, metadata).
        data: the complete response payload (the ``data`` of the envelope, or the last stream frames).
    """

    text: str
    session_id: str | None
    request_id: str | None
    message: Mapping[str, object]
    data: Mapping[str, object]

    def __str__(self) -> str:
        return self.text


# Body fields of chat and audio chat whose facade argument has another name.
CHAT_ARGUMENTS = {"agent_id": "agent"}
# Options of chat() that are not ChatRequest fields of their own name.
_NOT_BODY_FIELDS = frozenset((*PER_CALL, "session_id", "agent", "files", "raise_errors"))


def _refuse_stream_field(function: str, options: Mapping[str, Any]) -> None:
    """``stream`` is chosen by the method (chat or chat_stream), never by ``extra_body``."""
    extra_body = options.get("extra_body")
    if isinstance(extra_body, Mapping) and "stream" in extra_body:
        other = function.removesuffix("_stream") if function.endswith("_stream") else f"{function}_stream"
        raise ConfigurationError(
            f"{function}() sets the body's 'stream' field itself; call {other}() instead of passing it in extra_body"
        )


def chat_payload(message: str | Mapping[str, Any], options: Mapping[str, Any], *, stream: bool) -> dict[str, Any]:
    """The JSON body of ``POST /chat`` from the facade's arguments (``options``: ``chat()``'s keywords).

    The options are checked by name first: a misspelt one must not travel as a body field
    (``extra_body=`` does that), and raises :class:`TypeError` instead.
    """
    function = "chat_stream" if stream else "chat"
    check_options(function, options, ChatStreamOptions if stream else ChatOptions)
    if options.get("extra_body") is not None:
        _refuse_stream_field(function, options)
    body: dict[str, Any]
    if isinstance(message, Mapping):
        body = dict(message)
        if not isinstance(body.get("message"), str):
            raise ConfigurationError("a chat payload dict needs a 'message' string")
    elif isinstance(message, str):  # pyright: ignore[reportUnnecessaryIsInstance]
        body = {"message": message}
    else:
        raise ConfigurationError(f"message must be a str or a dict payload, got {type(message).__name__}")
    if options.get("session_id") is not None:
        body["session_id"] = options["session_id"]
    if options.get("agent") is not None:
        body["agent_id"] = options["agent"]
    files: Iterable[FileInput] | None = options.get("files")
    if files is not None:
        body["files"] = [attachment(f) for f in files]
    body.update({key: value for key, value in options.items() if key not in _NOT_BODY_FIELDS})
    body["stream"] = stream
    return body


def audio_payload(files: Iterable[FileInput], options: Mapping[str, Any], *, stream: bool) -> dict[str, Any]:
    """The fields of an audio chat (``POST /audiochat``) from the facade's arguments."""
    function = "audio_chat_stream" if stream else "audio_chat"
    check_options(function, options, AudioChatStreamOptions if stream else AudioChatOptions)
    _refuse_stream_field(function, options)
    if isinstance(files, str | bytes) or not isinstance(files, Iterable):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise ConfigurationError("audio_chat takes a list of audio files (paths, bytes or binary files)")
    payload: dict[str, Any] = {"files": [attachment(f) for f in files], "stream": stream}
    for name, key in (("session_id", "session_id"), ("agent", "agent_id"), ("request_id", "request_id")):
        if options.get(name) is not None:
            payload[key] = options[name]
    return payload


def attachment(source: FileInput) -> dict[str, Any]:
    """A chat attachment ``{filename, content (base64), content_type, size}`` from a path, bytes or file."""
    if isinstance(source, Mapping):
        return dict(source)
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        if not path.is_file():
            raise ConfigurationError(f"attachment {str(path)!r} is not a readable file")
        data, name = path.read_bytes(), path.name
    elif isinstance(source, bytes | bytearray):
        data, name = bytes(source), "attachment"
    elif hasattr(source, "read"):
        data = source.read()
        if not isinstance(data, bytes):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise ConfigurationError("file objects passed as attachments must be opened in binary mode")
        name = Path(str(getattr(source, "name", "attachment"))).name
    else:
        raise ConfigurationError(f"unsupported attachment {type(source).__name__}: pass a path, bytes or a file")
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return {
        "filename": name,
        "content": base64.b64encode(data).decode("ascii"),
        "content_type": content_type,
        "size": len(data),
    }


def response_from_data(data: Mapping[str, Any], request_id: str | None) -> ChatResponse:
    """A :class:`ChatResponse` from the JSON reply's ``data``."""
    found: object = data.get("message") or {}
    message: Mapping[str, Any] = found if is_mapping(found) else {"content": str(found)}
    content = message.get("content")
    metadata: Any = message.get("metadata") or {}
    return ChatResponse(
        text=content if isinstance(content, str) else "",
        session_id=data.get("session_id") or metadata.get("session_id"),
        request_id=data.get("request_id") or request_id,
        message=message,
        data=data,
    )


class ChatState:
    """Turns SSE frames into :class:`ChatEvent` values and keeps the text so far (no I/O)."""

    __slots__ = ("deltas", "ended", "final", "raise_errors", "request_id", "session_id", "widgets")

    def __init__(self, *, raise_errors: bool = True) -> None:
        self.raise_errors = raise_errors
        self.deltas: list[str] = []
        self.final: ChatEvent | None = None
        self.session_id: str | None = None
        self.request_id: str | None = None
        self.widgets: list[Any] = []
        self.ended = False  # a terminal frame (completed, done or an error) arrived

    @property
    def text(self) -> str:
        """The answer so far (the completed text once it arrived)."""
        if self.final is not None:
            return self.final.text
        return "".join(self.deltas)

    def incomplete(self) -> str | None:
        """Why a body that ended is an unfinished turn, or None when the turn finished."""
        if self.ended:
            return None
        return (
            "the chat stream ended before the turn finished (no 'completed' or 'done' event): "
            "the formation closed the connection mid-answer"
        )

    def convert(self, sse: ServerSentEvent) -> tuple[ChatEvent, ...]:
        try:
            parsed: object = loads(sse.data)  # json.loads, faster (once per event)
        except (ValueError, RecursionError):
            parsed = sse.json()  # raises the StreamError that says what is wrong
        data = parsed if is_plain_object(parsed) else {"value": parsed}
        name = sse.event
        if name == "message":
            token = data.get("token")
            return self._token(token if is_plain_object(token) else data, data)
        found = data.get("status")
        status = found if isinstance(found, str) else None
        if status == "error" and name != "error":
            return (self._failed(_NAMED_TYPES.get(name, "progress"), name, data, data),)
        if name == "ui":
            widgets = data.get("ui")
            self.widgets = list(widgets) if is_array(widgets) else []
            event = ChatEvent("ui", widgets=self.widgets, source_type="ui", raw=data, session_id=self.session_id)
            event.status = status
            return (event,)
        if name == "done":
            self.ended = True
            return (ChatEvent("done", source_type="done", raw=data, session_id=self.session_id, status=status),)
        if name == "error":
            self.ended = True
            message = str(data.get("error") or data.get("message") or "the formation reported an error")
            event = ChatEvent("error", text=message, source_type=str(data.get("type") or "error"), raw=data)
            if self.raise_errors:
                raise FormationError(message, code=event.source_type, details=dict(data), request_id=self.request_id)
            return (event,)
        return ()

    def _token(self, token: Mapping[str, Any], raw: Mapping[str, Any]) -> tuple[ChatEvent, ...]:
        source = token.get("type") or "progress"
        kind = _TOKEN_TYPES.get(source, "progress")
        session_id = self.session_id = token.get("session_id") or self.session_id
        request_id = self.request_id = token.get("request_id") or self.request_id
        text = token.get("content")
        if not isinstance(text, str):
            text = ""
        status = token.get("status")
        if not isinstance(status, str):
            status = None
        elif status == "error":
            return (self._failed(kind, str(source), token, raw),)
        discontinuity = bool(token.get("stream_discontinuity"))
        stage = token.get("stage")
        event = ChatEvent(kind, text, stage, source, session_id, request_id, discontinuity, (), raw, status)
        if kind == "text":
            self.deltas.append(text)
        elif kind == "completed":
            self.ended = True
            self.final = event
            if discontinuity or not self.deltas:
                if text:  # the answer came only here: a text loop must still see it, once
                    synthetic = ChatEvent("text", text, stage, source, session_id, request_id, False, (), raw)
                    return (synthetic, event)
            elif not text:
                event.text = "".join(self.deltas)
        elif kind == "error":
            self.ended = True
            if self.raise_errors:
                raise FormationError(
                    text or "the turn failed", code=str(source), details=dict(raw), request_id=request_id
                )
        return (event,)

    def _failed(self, kind: ChatEventType, source: str, frame: Mapping[str, Any], raw: Mapping[str, Any]) -> ChatEvent:
        """A frame whose ``status`` is ``error`` (the turn failed): raised, or yielded with its type."""
        self.ended = True  # the server reported the outcome: the stream did not end silently
        content = frame.get("content") or frame.get("message") or frame.get("error")
        message = content if isinstance(content, str) and content else f"the formation reported a failed {source!r}"
        code = frame.get("code") or frame.get("error_code")
        if self.raise_errors:
            raise FormationError(
                message, code=str(code) if code else None, details=dict(raw), request_id=self.request_id
            )
        stage = frame.get("stage")
        return ChatEvent(kind, message, stage, source, self.session_id, self.request_id, raw=raw, status="error")

    def response(self) -> ChatResponse:
        """The :class:`ChatResponse` of everything received so far."""
        final: object = self.final.raw.get("token", {}) if self.final is not None else {}
        message: dict[str, Any] = {"role": "assistant", "content": self.text}
        if self.widgets:
            message["ui"] = self.widgets
        return ChatResponse(
            text=self.text,
            session_id=self.session_id,
            request_id=self.request_id,
            message=message,
            data=dict(final) if is_mapping(final) else {},
        )


class _ChatStreamView:
    __slots__ = ()
    _state: ChatState

    @property
    def text(self) -> str:
        """The answer received so far (the completed, authoritative text once it arrived)."""
        return self._state.text

    @property
    def final(self) -> ChatEvent | None:
        """The ``completed`` event, once it arrived."""
        return self._state.final

    @property
    def session_id(self) -> str | None:
        """The session of the turn, once the first frame arrived."""
        return self._state.session_id


class ChatStream(_ChatStreamView, Stream[ChatEvent]):
    """A streamed chat turn: iterate it for :class:`ChatEvent` values.

    ``text`` is the answer so far, ``final`` the ``completed`` event, and
    :meth:`final_response` drains the stream and returns the :class:`ChatResponse`.
    """

    __slots__ = ("_state",)

    def __init__(self, open_response: Callable[[], httpx.Response], state: ChatState) -> None:
        super().__init__(open_response, state.convert, None, state.incomplete)
        self._state = state

    def final_response(self) -> ChatResponse:
        """Read the rest of the stream and return the complete answer (again once it was read).

        Raises :class:`~muxi.StreamError` when the stream was closed before the turn finished.
        """
        if not self._done:
            for _ in self:
                pass
        return self._state.response()


class AsyncChatStream(_ChatStreamView, AsyncStream[ChatEvent]):
    """The asynchronous :class:`ChatStream`: ``async for``, ``async with`` or ``await`` it."""

    __slots__ = ("_state",)

    def __init__(self, open_response: Callable[[], Awaitable[httpx.Response]], state: ChatState) -> None:
        super().__init__(open_response, state.convert, None, state.incomplete)
        self._state = state

    async def final_response(self) -> ChatResponse:
        """Read the rest of the stream and return the complete answer; see :meth:`ChatStream.final_response`."""
        if not self._done:
            async for _ in self:
                pass
        return self._state.response()
