"""FormationClient and AsyncFormationClient: the Formation API of one formation."""

from __future__ import annotations

import functools
import inspect
import os
from collections.abc import AsyncIterator, Awaitable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload

import httpx
from muxi_generated.methods import AsyncFormationMethods, FormationMethods

from ._auth import formation_key_headers
from ._base_client import AsyncClient, BaseClient, SyncClient
from ._chat import AsyncChatStream, ChatResponse, ChatState, ChatStream, FileInput, attachment, chat_body
from ._completions import (
    AsyncCompletionStream,
    Completion,
    CompletionMessageInput,
    CompletionStream,
    completion_request,
)
from ._config import CallOptions, ClientOptions, TimeoutTypes, env, env_flag, formation_base_url
from ._events import FormationEvent, FormationLogEvent, RequestEvent
from ._json import is_object
from ._results import get_request_id
from ._retry import RetryPolicy
from ._streaming import AsyncStream, Stream
from ._transport import Call
from .errors import ConfigurationError, ConflictError, NotFoundError, formation_error_from_envelope

if TYPE_CHECKING:
    from muxi_generated.formation.models import OperationMessage
    from typing_extensions import Unpack

__all__ = ["AsyncFormationClient", "FormationClient"]

USER_ID_HEADER = "X-Muxi-User-ID"
_PER_CALL = ("user_id", "idempotency_key", "timeout", "max_retries", "extra_headers")


class AudioChatOptions(CallOptions, total=False):
    """Arguments of :meth:`FormationClient.audio_chat` besides the files."""

    user_id: str | None
    session_id: str | None
    agent: str | None
    request_id: str | None


class ChatOptions(AudioChatOptions, total=False):
    """Arguments of :meth:`FormationClient.chat` besides the message (see ``ChatRequest`` for the body fields)."""

    files: Iterable[FileInput] | None
    mode: str | None
    group_id: str | None
    webhook_url: str | None
    threshold_seconds: float | None
    source_channel: str | None
    ui_response: Mapping[str, Any] | None


class ChatStreamOptions(ChatOptions, total=False):
    """:class:`ChatOptions` plus ``raise_errors`` (False: ``error`` events are yielded, not raised)."""

    raise_errors: bool


class AudioChatStreamOptions(AudioChatOptions, total=False):
    """:class:`AudioChatOptions` plus ``raise_errors``."""

    raise_errors: bool


class UserCallOptions(CallOptions, total=False):
    """:class:`CallOptions` plus ``user_id`` (the call's ``X-Muxi-User-ID``)."""

    user_id: str | None


class EventStreamOptions(UserCallOptions, total=False):
    """Options of the event streams."""

    raise_errors: bool


class LogStreamOptions(CallOptions, total=False):
    """Options of :meth:`FormationClient.stream_logs` besides its filters."""

    raise_errors: bool


class CompletionOptions(UserCallOptions, total=False):
    """Options of :meth:`FormationClient.create_completion` besides its OpenAI-style arguments."""

    files: Iterable[FileInput] | None
    request_id: str | None


def _formation_operations() -> Mapping[str, Mapping[str, Any]]:
    from muxi_generated.operations import FORMATION

    return FORMATION


_CoreSelf = TypeVar("_CoreSelf", bound="_FormationCore")


class _FormationCore(BaseClient[Any]):
    """Formation-specific configuration, credentials, envelopes, chat and streams (no I/O)."""

    _client_key: str | None
    _admin_key: str | None
    _user_id: str | None
    _operations: ClassVar[Mapping[str, Mapping[str, Any]]] = _formation_operations()
    _chat_stream_type: ClassVar[type[ChatStream] | type[AsyncChatStream]]
    _models: ClassVar[str] = "muxi_generated.formation.models"

    def __init__(
        self,
        url: str | None = None,
        *,
        server_url: str | None = None,
        formation_id: str | None = None,
        base_url: str | None = None,
        mode: Literal["live", "draft"] = "live",
        client_key: str | None = None,
        admin_key: str | None = None,
        user_id: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
        debug: bool | None = None,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        follow_redirects: bool = False,
    ) -> None:
        self._client_key = client_key or env("MUXI_CLIENT_KEY")
        self._admin_key = admin_key or env("MUXI_ADMIN_KEY")
        self._user_id = user_id
        self._setup(
            base_url=formation_base_url(
                url=url, server_url=server_url, formation_id=formation_id, base_url=base_url, mode=mode
            ),
            options=ClientOptions.create(
                timeout=timeout, max_retries=max_retries, headers=headers, follow_redirects=follow_redirects
            ),
            debug=env_flag("MUXI_DEBUG") if debug is None else debug,
            http_client=http_client,
            async_http_client=async_http_client,
        )

    @property
    def user_id(self) -> str | None:
        """The default ``X-Muxi-User-ID`` of this client's calls."""
        return self._user_id

    def with_options(
        self: _CoreSelf,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
        user_id: str | None = None,
    ) -> _CoreSelf:
        """A lightweight copy with other defaults that shares this client's connection pool.

        ``user_id`` makes the copy act for another end user (its default ``X-Muxi-User-ID``):
        ``alice = client.with_options(user_id="alice")``.
        """
        clone = super().with_options(timeout=timeout, max_retries=max_retries, headers=headers)
        if user_id is not None:
            clone._user_id = user_id
        return clone

    def __repr__(self) -> str:
        keys = [name for name, value in (("client_key", self._client_key), ("admin_key", self._admin_key)) if value]
        return f"{type(self).__name__}(base_url={self._base_url!r}, keys={keys}, user_id={self._user_id!r})"

    def _credentials(self, operation_id: str, info: Mapping[str, Any]) -> tuple[dict[str, str], httpx.Auth | None]:
        headers = formation_key_headers(
            info["security"],
            client_key=self._client_key,
            admin_key=self._admin_key,
            operation=operation_id,
            requires=info.get("requires"),
        )
        return headers, None

    def _adapt(self, params: dict[str, Any], accepted: Mapping[str, inspect.Parameter]) -> dict[str, str]:
        # ``user_id=`` is the caller's X-Muxi-User-ID, unless the operation has a ``user_id``
        # parameter of its own (a path parameter): then the header gets the client default.
        user_id = params.pop("user_id", None) if "user_id" not in accepted else None
        user_id = user_id or params.get("x_muxi_user_id") or self._user_id
        if user_id is None:
            return {}
        if "x_muxi_user_id" in accepted:
            params["x_muxi_user_id"] = user_id
        return {USER_ID_HEADER: str(user_id)}

    def _check(self, body: Any, response: httpx.Response) -> None:
        if is_object(body) and body.get("success") is False:
            raise formation_error_from_envelope(body, response)

    def _request_id(self, body: Any) -> str | None:
        request = body.get("request") if is_object(body) else None
        request_id = request.get("id") if is_object(request) else None
        return str(request_id) if request_id is not None else None

    # ------------------------------------------------------------------ chat

    def _chat_call(
        self, operation: str, payload: dict[str, Any], options: Mapping[str, Any], *, stream: bool
    ) -> tuple[Call, RetryPolicy]:
        from muxi_generated.formation.models import AudioChatRequest, ChatRequest

        per_call = {name: options[name] for name in _PER_CALL if name in options}
        model = ChatRequest if operation == "chat" else AudioChatRequest
        return self._prepare(operation, {"body": model.from_dict(payload), **per_call}, stream=stream)

    def _chat_payload(
        self, message: str | Mapping[str, Any], options: Mapping[str, Any], stream: bool
    ) -> dict[str, Any]:
        extra = {
            k: v for k, v in options.items() if k not in (*_PER_CALL, "session_id", "agent", "files", "raise_errors")
        }
        return chat_body(
            message,
            stream=stream,
            session_id=options.get("session_id"),
            agent=options.get("agent"),
            files=options.get("files"),
            extra=extra,
        )

    def _audio_payload(self, files: Iterable[FileInput], options: Mapping[str, Any], stream: bool) -> dict[str, Any]:
        if isinstance(files, str | bytes) or not isinstance(files, Iterable):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise ConfigurationError("audio_chat takes a list of audio files (paths, bytes or binary files)")
        payload: dict[str, Any] = {"files": [attachment(f) for f in files], "stream": stream}
        for name, key in (("session_id", "session_id"), ("agent", "agent_id"), ("request_id", "request_id")):
            if options.get(name) is not None:
                payload[key] = options[name]
        return payload

    def _chat_response(self, operation: str, response: httpx.Response) -> ChatResponse:
        from ._chat import response_from_data

        data = self._result(operation, response)
        return response_from_data(data.to_dict(), get_request_id(data))

    def _chat_stream(self, message: str | Mapping[str, Any], options: Mapping[str, Any], state: ChatState) -> Any:
        """A chat stream of this client's kind (sent when first iterated, entered or awaited)."""
        payload = self._chat_payload(message, options, stream=True)
        call, policy = self._chat_call("chat", payload, options, stream=True)
        return self._chat_stream_type(functools.partial(self._send, call, policy), state)

    def _audio_chat_stream(self, files: Iterable[FileInput], options: Mapping[str, Any]) -> Any:
        payload = self._audio_payload(files, options, stream=True)
        call, policy = self._chat_call("audio_chat", payload, options, stream=True)
        state = ChatState(raise_errors=options.get("raise_errors", True))
        return self._chat_stream_type(functools.partial(self._send, call, policy), state)

    # ------------------------------------------------------------------ artifacts

    def _artifact_call(
        self, artifact_id: str, version: int | None, options: Mapping[str, Any]
    ) -> tuple[Call, RetryPolicy]:
        arguments = {"artifact_id": artifact_id, "version": version, **options}
        return self._prepare("get_artifact_content", arguments, stream=True)

    @staticmethod
    def _part_file(destination: str | os.PathLike[str]) -> tuple[Path, Path]:
        path = Path(destination)
        if path.is_dir():
            raise ConfigurationError(f"destination {str(path)!r} is a directory; pass the file path to write")
        return path, path.with_name(path.name + ".part")

    # ------------------------------------------------------------------ secrets

    @staticmethod
    def _pick_secret(key: str, result: Any) -> str:
        secrets = result.secrets.to_dict() if hasattr(result.secrets, "to_dict") else dict(result.secrets)
        if key not in secrets:
            raise NotFoundError(f"secret {key!r} not found", code="SECRET_NOT_FOUND", status_code=404)
        return str(secrets[key])

    # ------------------------------------------------------------------ event and log streams

    def _events(self, operation: str, arguments: dict[str, Any], options: Mapping[str, Any]) -> Any:
        raise_errors = bool(options.get("raise_errors", True))
        arguments.update({k: v for k, v in options.items() if k != "raise_errors"})
        # The runtime ends /events frames with literal backslash-n characters: see LiteralNewlineFrames.
        repair = operation in ("stream_events", "stream_session_events")
        return self._event_stream(operation, arguments, raise_errors=raise_errors, repair=repair)

    @staticmethod
    def _log_filters(**filters: str | None) -> dict[str, Any]:
        if all(value is None for value in filters.values()):
            raise ConfigurationError(
                "stream_logs needs at least one filter: user_id, session_id, request_id, agent_id, level or event_type"
            )
        return dict(filters)


class FormationClient(_FormationCore, SyncClient, FormationMethods):
    """Blocking client for one formation's API.

    Args:
        url: the formation itself, e.g. ``"http://localhost:8001"`` (``/v1`` is appended once).
        server_url: a MUXI Server; with ``formation_id`` requests go through its proxy
            (``/api/{formation_id}/v1``, or ``/draft/{formation_id}/v1`` with ``mode="draft"``).
        formation_id: the formation behind ``server_url`` (env ``MUXI_FORMATION_ID``).
        base_url: the full API base URL, used verbatim.
        mode: ``"live"`` (default) or ``"draft"`` for formations started by ``muxi dev``.
        client_key: the formation's client key (env ``MUXI_CLIENT_KEY``).
        admin_key: the formation's admin key (env ``MUXI_ADMIN_KEY``).
        user_id: default ``X-Muxi-User-ID`` for calls that do not pass one.
        timeout: seconds or an :class:`httpx.Timeout` (default 30 s; streams have no read timeout).
        max_retries: retries of a failed call (default 3; 0 disables).
        headers: extra headers for every request.
        debug: log requests and retry decisions on the ``muxi`` logger (env ``MUXI_DEBUG``).
        http_client: your own :class:`httpx.Client` (proxies, TLS...); used as is, never closed by the SDK.
        follow_redirects: follow 3xx responses (credentials are dropped on cross-origin hops).

    Without ``url``/``server_url``/``base_url`` the URL comes from ``MUXI_FORMATION_URL``, or
    ``MUXI_SERVER_URL`` with ``MUXI_FORMATION_ID``. A missing or malformed URL raises
    :class:`~muxi.ConfigurationError` here, not at the first call.
    """

    _chat_stream_type = ChatStream

    def chat(self, message: str | Mapping[str, Any], **options: Unpack[ChatOptions]) -> ChatResponse:
        """Send a message and wait for the whole answer (the request asks for ``"stream": false``).

        Args:
            message: the text, or a payload dict with ``"message"`` and other ``ChatRequest`` fields.
            **options: ``user_id``, ``session_id`` (continue a conversation), ``agent`` (an agent id
                instead of letting the overlord route), ``files`` (paths, bytes or binary files,
                sent base64-encoded), other ``ChatRequest`` fields (``request_id``,
                ``webhook_url``...), and the per-call ``idempotency_key``, ``timeout``,
                ``max_retries``, ``extra_headers``.

        Returns:
            a :class:`~muxi.ChatResponse` (``.text``, ``.session_id``, ``.request_id``, ``.message``).
        """
        call, policy = self._chat_call(
            "chat", self._chat_payload(message, options, stream=False), options, stream=False
        )
        return self._chat_response("chat", self._send(call, policy))

    def chat_stream(self, message: str | Mapping[str, Any], **options: Unpack[ChatStreamOptions]) -> ChatStream:
        """Send a message and stream the answer as typed :class:`~muxi.ChatEvent` values.

        Takes the arguments of :meth:`chat`, plus ``raise_errors`` (default True: an ``error``
        event raises :class:`~muxi.FormationError`; False yields it). The request is sent when
        the stream is first iterated or entered.
        """
        state = ChatState(raise_errors=options.get("raise_errors", True))
        stream: ChatStream = self._chat_stream(message, options, state)
        return stream

    def audio_chat(self, files: Iterable[FileInput], **options: Unpack[AudioChatOptions]) -> ChatResponse:
        """Send voice notes (``audio/*`` files: paths, bytes or binary files) and wait for the answer."""
        call, policy = self._chat_call("audio_chat", self._audio_payload(files, options, False), options, stream=False)
        return self._chat_response("audio_chat", self._send(call, policy))

    def audio_chat_stream(self, files: Iterable[FileInput], **options: Unpack[AudioChatStreamOptions]) -> ChatStream:
        """Send voice notes (``audio/*`` files) and stream the answer; see :meth:`chat_stream`."""
        stream: ChatStream = self._audio_chat_stream(files, options)
        return stream

    @overload
    def create_completion(
        self,
        messages: str | Iterable[CompletionMessageInput],
        *,
        model: str | None = None,
        stream: Literal[False] = False,
        user: str | None = None,
        session_id: str | None = None,
        **options: Unpack[CompletionOptions],
    ) -> Completion: ...

    @overload
    def create_completion(
        self,
        messages: str | Iterable[CompletionMessageInput],
        *,
        model: str | None = None,
        stream: Literal[True],
        user: str | None = None,
        session_id: str | None = None,
        **options: Unpack[CompletionOptions],
    ) -> CompletionStream: ...

    def create_completion(
        self,
        messages: str | Iterable[CompletionMessageInput],
        *,
        model: str | None = None,
        stream: bool = False,
        user: str | None = None,
        session_id: str | None = None,
        **options: Unpack[CompletionOptions],
    ) -> Completion | CompletionStream:
        """An OpenAI-style chat completion from a formation turn (see :mod:`muxi._completions` for the mapping).

        Returns a :class:`~muxi.Completion`, or with ``stream=True`` a :class:`~muxi.CompletionStream`
        of text deltas (``stream.completion`` once it is exhausted).
        """
        message, arguments = completion_request(messages, model=model, user=user, session_id=session_id, **options)
        if stream:
            return CompletionStream(self.chat_stream(message, **arguments), model)
        return Completion.from_response(self.chat(message, **arguments), model)

    # ------------------------------------------------------------------ event and log streams

    def stream_events(self, **options: Unpack[EventStreamOptions]) -> Stream[FormationEvent]:
        """Live events of the user's requests (``GET /events``), as :data:`~muxi.FormationEvent` values.

        The stream has no end; close it (or leave its ``with`` block) when done. Runtime
        1.20260928.0 terminates these frames with literal ``\\n\\n`` characters; the SDK repairs them.
        """
        stream: Stream[FormationEvent] = self._events("stream_events", {}, options)
        return stream

    def stream_session_events(self, session_id: str, **options: Unpack[EventStreamOptions]) -> Stream[FormationEvent]:
        """Live events of one session (``GET /events/{session_id}``); see :meth:`stream_events`."""
        stream: Stream[FormationEvent] = self._events("stream_session_events", {"session_id": session_id}, options)
        return stream

    def stream_request(
        self, session_id: str, request_id: str, **options: Unpack[EventStreamOptions]
    ) -> Stream[RequestEvent]:
        """Live events of one request (``GET /events/{session_id}/{request_id}``; 500 in runtime 1.20260928.0)."""
        arguments = {"session_id": session_id, "request_id": request_id}
        stream: Stream[RequestEvent] = self._events("stream_request", arguments, options)
        return stream

    def stream_logs(
        self,
        *,
        user_id: str | None = None,
        session_id: str | None = None,
        request_id: str | None = None,
        agent_id: str | None = None,
        level: str | None = None,
        event_type: str | None = None,
        **options: Unpack[LogStreamOptions],
    ) -> Stream[FormationLogEvent]:
        """Tail the formation's observability log (``GET /logs``), filtered; at least one filter is required."""
        filters = self._log_filters(
            user_id=user_id,
            session_id=session_id,
            request_id=request_id,
            agent_id=agent_id,
            level=level,
            event_type=event_type,
        )
        stream: Stream[FormationLogEvent] = self._events("stream_logs", filters, options)
        return stream

    # ------------------------------------------------------------------ secrets

    def get_secret(self, key: str, **options: Unpack[CallOptions]) -> str:
        """The masked value of one secret (``sk_m••••0000``); the API never returns secret values.

        Raises :class:`~muxi.NotFoundError` when no secret has that name.
        """
        return self._pick_secret(key, self.get_secrets(**options))

    def set_secret(self, key: str, value: str, **options: Unpack[CallOptions]) -> OperationMessage:
        """Create the secret, or replace its value when it exists (``POST /secrets``, then ``PUT`` on 409)."""
        try:
            return self.create_secret(key, value, **options)
        except ConflictError:
            return self.update_secret(key, value, **options)

    # ------------------------------------------------------------------ artifacts

    def iter_artifact_content(
        self,
        artifact_id: str,
        *,
        version: int | None = None,
        chunk_size: int | None = None,
        **options: Unpack[UserCallOptions],
    ) -> Iterator[bytes]:
        """Stream an artifact's content (``GET /artifacts/{artifact_id}/content``) as byte chunks.

        The connection stays open while you iterate and is closed when the iterator ends or is closed.
        """
        call, policy = self._artifact_call(artifact_id, version, options)
        response = self._send(call, policy)
        try:
            yield from response.iter_bytes(chunk_size)
        finally:
            response.close()

    def download_artifact(
        self,
        artifact_id: str,
        destination: str | os.PathLike[str],
        *,
        version: int | None = None,
        **options: Unpack[UserCallOptions],
    ) -> Path:
        """Write an artifact's content to ``destination`` without holding it in memory; returns the path.

        The data goes to ``<destination>.part`` first and is renamed when complete, so a failed
        download never leaves a truncated file under the final name.
        """
        path, part = self._part_file(destination)
        try:
            with part.open("wb") as handle:
                for chunk in self.iter_artifact_content(artifact_id, version=version, **options):
                    handle.write(chunk)
            part.replace(path)
        finally:
            part.unlink(missing_ok=True)
        return path


class AsyncFormationClient(_FormationCore, AsyncClient, AsyncFormationMethods):
    """Asynchronous client for one formation's API.

    The same arguments as :class:`FormationClient`, with ``async_http_client`` (your own
    :class:`httpx.AsyncClient`) instead of ``http_client``; every method is awaitable, and
    streams work as ``async for e in client.chat_stream(...)`` or ``async for e in await ...``.
    """

    _chat_stream_type = AsyncChatStream

    async def chat(self, message: str | Mapping[str, Any], **options: Unpack[ChatOptions]) -> ChatResponse:
        """Send a message and wait for the whole answer; see :meth:`FormationClient.chat`."""
        call, policy = self._chat_call(
            "chat", self._chat_payload(message, options, stream=False), options, stream=False
        )
        return self._chat_response("chat", await self._send(call, policy))

    def chat_stream(self, message: str | Mapping[str, Any], **options: Unpack[ChatStreamOptions]) -> AsyncChatStream:
        """Send a message and stream the answer; see :meth:`FormationClient.chat_stream`."""
        state = ChatState(raise_errors=options.get("raise_errors", True))
        stream: AsyncChatStream = self._chat_stream(message, options, state)
        return stream

    async def audio_chat(self, files: Iterable[FileInput], **options: Unpack[AudioChatOptions]) -> ChatResponse:
        """Send voice notes and wait for the answer; see :meth:`FormationClient.audio_chat`."""
        call, policy = self._chat_call("audio_chat", self._audio_payload(files, options, False), options, stream=False)
        return self._chat_response("audio_chat", await self._send(call, policy))

    def audio_chat_stream(
        self, files: Iterable[FileInput], **options: Unpack[AudioChatStreamOptions]
    ) -> AsyncChatStream:
        """Send voice notes and stream the answer; see :meth:`FormationClient.audio_chat_stream`."""
        stream: AsyncChatStream = self._audio_chat_stream(files, options)
        return stream

    @overload
    def create_completion(
        self,
        messages: str | Iterable[CompletionMessageInput],
        *,
        model: str | None = None,
        stream: Literal[False] = False,
        user: str | None = None,
        session_id: str | None = None,
        **options: Unpack[CompletionOptions],
    ) -> Awaitable[Completion]: ...

    @overload
    def create_completion(
        self,
        messages: str | Iterable[CompletionMessageInput],
        *,
        model: str | None = None,
        stream: Literal[True],
        user: str | None = None,
        session_id: str | None = None,
        **options: Unpack[CompletionOptions],
    ) -> AsyncCompletionStream: ...

    def create_completion(
        self,
        messages: str | Iterable[CompletionMessageInput],
        *,
        model: str | None = None,
        stream: bool = False,
        user: str | None = None,
        session_id: str | None = None,
        **options: Unpack[CompletionOptions],
    ) -> Awaitable[Completion] | AsyncCompletionStream:
        """An OpenAI-style chat completion; see :meth:`FormationClient.create_completion`.

        ``await client.create_completion(...)`` gives the :class:`~muxi.Completion`; with
        ``stream=True`` the :class:`~muxi.AsyncCompletionStream` is returned directly (``async for``
        it, or ``await`` it first).
        """
        message, arguments = completion_request(messages, model=model, user=user, session_id=session_id, **options)
        if stream:
            return AsyncCompletionStream(self.chat_stream(message, **arguments), model)
        return self._completion(message, arguments, model)

    async def _completion(self, message: str, arguments: ChatOptions, model: str | None) -> Completion:
        return Completion.from_response(await self.chat(message, **arguments), model)

    # ------------------------------------------------------------------ event and log streams

    def stream_events(self, **options: Unpack[EventStreamOptions]) -> AsyncStream[FormationEvent]:
        """Live events of the user's requests; see :meth:`FormationClient.stream_events`."""
        stream: AsyncStream[FormationEvent] = self._events("stream_events", {}, options)
        return stream

    def stream_session_events(
        self, session_id: str, **options: Unpack[EventStreamOptions]
    ) -> AsyncStream[FormationEvent]:
        """Live events of one session; see :meth:`FormationClient.stream_session_events`."""
        arguments = {"session_id": session_id}
        stream: AsyncStream[FormationEvent] = self._events("stream_session_events", arguments, options)
        return stream

    def stream_request(
        self, session_id: str, request_id: str, **options: Unpack[EventStreamOptions]
    ) -> AsyncStream[RequestEvent]:
        """Live events of one request; see :meth:`FormationClient.stream_request`."""
        arguments = {"session_id": session_id, "request_id": request_id}
        stream: AsyncStream[RequestEvent] = self._events("stream_request", arguments, options)
        return stream

    def stream_logs(
        self,
        *,
        user_id: str | None = None,
        session_id: str | None = None,
        request_id: str | None = None,
        agent_id: str | None = None,
        level: str | None = None,
        event_type: str | None = None,
        **options: Unpack[LogStreamOptions],
    ) -> AsyncStream[FormationLogEvent]:
        """Tail the formation's observability log; see :meth:`FormationClient.stream_logs`."""
        filters = self._log_filters(
            user_id=user_id,
            session_id=session_id,
            request_id=request_id,
            agent_id=agent_id,
            level=level,
            event_type=event_type,
        )
        stream: AsyncStream[FormationLogEvent] = self._events("stream_logs", filters, options)
        return stream

    # ------------------------------------------------------------------ secrets

    async def get_secret(self, key: str, **options: Unpack[CallOptions]) -> str:
        """The masked value of one secret; see :meth:`FormationClient.get_secret`."""
        return self._pick_secret(key, await self.get_secrets(**options))

    async def set_secret(self, key: str, value: str, **options: Unpack[CallOptions]) -> OperationMessage:
        """Create the secret, or replace its value when it exists; see :meth:`FormationClient.set_secret`."""
        try:
            return await self.create_secret(key, value, **options)
        except ConflictError:
            return await self.update_secret(key, value, **options)

    # ------------------------------------------------------------------ artifacts

    async def iter_artifact_content(
        self,
        artifact_id: str,
        *,
        version: int | None = None,
        chunk_size: int | None = None,
        **options: Unpack[UserCallOptions],
    ) -> AsyncIterator[bytes]:
        """Stream an artifact's content as byte chunks; see :meth:`FormationClient.iter_artifact_content`."""
        call, policy = self._artifact_call(artifact_id, version, options)
        response = await self._send(call, policy)
        try:
            async for chunk in response.aiter_bytes(chunk_size):
                yield chunk
        finally:
            await response.aclose()

    async def download_artifact(
        self,
        artifact_id: str,
        destination: str | os.PathLike[str],
        *,
        version: int | None = None,
        **options: Unpack[UserCallOptions],
    ) -> Path:
        """Write an artifact's content to ``destination``; see :meth:`FormationClient.download_artifact`."""
        path, part = self._part_file(destination)
        try:
            with part.open("wb") as handle:
                async for chunk in self.iter_artifact_content(artifact_id, version=version, **options):
                    handle.write(chunk)
            part.replace(path)
        finally:
            part.unlink(missing_ok=True)
        return path
