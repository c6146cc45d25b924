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

from ._auth import CLIENT_KEY_HEADER, formation_key_headers
from ._base_client import PER_CALL_OPTIONS, AsyncClient, BaseClient, SyncClient, generated_function
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
from ._inputs import check_key, check_options, check_user_id
from ._json import is_mapping, is_object
from ._results import get_request_id
from ._retry import RetryPolicy
from ._streaming import AsyncStream, Stream, send_now
from ._transport import Call
from .errors import (
    ConfigurationError,
    ConflictError,
    NotFoundError,
    ResponseValidationError,
    formation_error_from_envelope,
)

if TYPE_CHECKING:
    from muxi_generated.formation.models import OperationMessage
    from typing_extensions import Unpack

__all__ = ["AsyncFormationClient", "FormationClient"]

USER_ID_HEADER = "X-Muxi-User-ID"
_PER_CALL = ("user_id", *PER_CALL_OPTIONS, "extra_body")


class AudioChatOptions(CallOptions, total=False):
    """Arguments of :meth:`FormationClient.audio_chat` besides the files.

    ``extra_body`` adds fields to the JSON body that the SDK does not know yet; any other
    unknown name raises :class:`TypeError` before anything is sent.
    """

    user_id: str | None
    session_id: str | None
    agent: str | None
    request_id: str | None
    extra_body: Mapping[str, object] | None


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
    extra_body: Mapping[str, object] | None


_COMPLETION_ARGUMENTS = ("model", "stream", "user", "session_id")
# Body fields of chat and audio chat whose facade argument has another name.
_CHAT_ARGUMENTS = {"agent_id": "agent"}


def _refuse_stream_field(function: str, options: Mapping[str, Any]) -> None:
    """``stream`` is chosen by the method (chat or chat_stream), never by ``extra_body``."""
    extra_body = options.get("extra_body")
    if isinstance(extra_body, Mapping) and "stream" in extra_body:
        other = function.removesuffix("_stream") if function.endswith("_stream") else f"{function}_stream"
        raise ConfigurationError(
            f"{function}() sets the body's 'stream' field itself; call {other}() instead of passing it in extra_body"
        )


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
    # The user id of a client built without user_id= or MUXI_USER_ID (the quick-start aliases set one).
    _default_user_id: ClassVar[str | None] = None
    _call_arguments: ClassVar[tuple[str, ...]] = ("user_id",)  # per call: the X-Muxi-User-ID

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
        max_response_bytes: int | None = None,
    ) -> None:
        self._client_key = check_key(client_key or env("MUXI_CLIENT_KEY"), "client_key")
        self._admin_key = check_key(admin_key or env("MUXI_ADMIN_KEY"), "admin_key")
        if user_id is not None:
            check_user_id(user_id)  # an empty or malformed id is a mistake, not "no user id"
        self._user_id = user_id or env("MUXI_USER_ID") or self._default_user_id
        if self._user_id is not None:
            check_user_id(self._user_id, "user_id" if user_id else "MUXI_USER_ID")
        self._setup(
            base_url=formation_base_url(
                url=url, server_url=server_url, formation_id=formation_id, base_url=base_url, mode=mode
            ),
            options=ClientOptions.create(
                timeout=timeout,
                max_retries=max_retries,
                headers=headers,
                follow_redirects=follow_redirects,
                max_response_bytes=max_response_bytes,
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
        max_response_bytes: int | None = None,
    ) -> _CoreSelf:
        """A lightweight copy with other defaults that shares this client's connection pool.

        ``user_id`` makes the copy act for another end user (its default ``X-Muxi-User-ID``):
        ``alice = client.with_options(user_id="alice")``.
        """
        clone = super().with_options(
            timeout=timeout, max_retries=max_retries, headers=headers, max_response_bytes=max_response_bytes
        )
        if user_id is not None:
            clone._user_id = check_user_id(user_id)
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
        user_id = self._call_user_id(params, accepted)
        if "user_id" not in accepted:
            params.pop("user_id", None)
        if user_id is None:
            return {}
        if "x_muxi_user_id" in accepted:
            params["x_muxi_user_id"] = user_id
        return {USER_ID_HEADER: str(user_id)}

    def _call_user_id(self, params: Mapping[str, Any], accepted: Mapping[str, inspect.Parameter]) -> str | None:
        """The X-Muxi-User-ID a call will send: its ``user_id=``, else the client's default.

        ``user_id=`` is the caller's X-Muxi-User-ID, unless the operation has a ``user_id``
        parameter of its own (a path or query parameter): then the header gets the client default.
        """
        user_id = params.get("user_id") if "user_id" not in accepted else None
        user_id = user_id or params.get("x_muxi_user_id") or self._user_id
        return str(user_id) if user_id else None

    def _prepare(self, operation_id: str, arguments: dict[str, Any], **kwargs: Any) -> tuple[Call, RetryPolicy]:
        """:meth:`BaseClient._prepare` (no I/O), then refuse a call the runtime would refuse for want of a user id."""
        prepared = super()._prepare(operation_id, arguments, **kwargs)
        info = self._operations[operation_id]
        if info.get("user_id"):
            self._require_user_id(operation_id, info, arguments)
        return prepared

    def _require_user_id(self, operation_id: str, info: Mapping[str, Any], arguments: Mapping[str, Any]) -> None:
        """Raise :class:`ConfigurationError` (no I/O) when ``x-muxi-user-id`` says the call needs a user id it lacks."""
        _, accepted = generated_function(str(info["module"]))
        if self._call_user_id(arguments, accepted):
            return
        extra: object = arguments.get("extra_headers")
        headers: dict[str, object] = {**self._options.headers, **(dict(extra) if is_mapping(extra) else {})}
        if any(name.lower() == USER_ID_HEADER.lower() for name in headers):
            return  # given as a header of its own
        if info["user_id"] == "required-with-client-key":
            keys, _ = self._credentials(operation_id, info)  # raises first when no usable key is configured
            if CLIENT_KEY_HEADER not in keys:
                return  # the admin key acts for every user
            when = " with the client key"
        else:
            when = ""
        raise ConfigurationError(
            f"{operation_id} needs an end-user id (X-Muxi-User-ID){when}: pass user_id=... to the call "
            f"or {type(self).__name__}(user_id=...) (env MUXI_USER_ID)"
        )

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
        body = self._body_model(operation, model, payload, names=_CHAT_ARGUMENTS)  # each field checked
        return self._prepare(operation, {"body": body, **per_call}, stream=stream)

    def _chat_payload(
        self, message: str | Mapping[str, Any], options: Mapping[str, Any], stream: bool
    ) -> dict[str, Any]:
        # Checked by name: a misspelt option must not travel as a body field (extra_body= does that).
        function = "chat_stream" if stream else "chat"
        check_options(function, options, ChatStreamOptions if stream else ChatOptions)
        _refuse_stream_field(function, options)
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

    def _chat_response(self, operation: str, response: httpx.Response) -> ChatResponse:
        from ._chat import response_from_data

        data = self._result(operation, response)
        try:
            return response_from_data(data.to_dict(), get_request_id(data))
        except (AttributeError, LookupError, TypeError, ValueError) as exc:  # e.g. "metadata" not an object
            raise ResponseValidationError(
                f"{operation}: the {response.status_code} response does not fit the API schema "
                f"({type(exc).__name__}: {exc})",
                status_code=response.status_code,
                headers=response.headers,
                response=response,
                body=response.content,
            ) from exc

    def _chat_stream(self, message: str | Mapping[str, Any], options: Mapping[str, Any], state: ChatState) -> Any:
        """A chat stream of this client's kind (a blocking one is sent now; an async one when awaited,
        entered or first iterated)."""
        return self._open_chat_stream("chat", self._chat_payload(message, options, stream=True), options, state)

    def _audio_chat_stream(self, files: Iterable[FileInput], options: Mapping[str, Any]) -> Any:
        payload = self._audio_payload(files, options, stream=True)
        state = ChatState(raise_errors=options.get("raise_errors", True))
        return self._open_chat_stream("audio_chat", payload, options, state)

    def _open_chat_stream(
        self, operation: str, payload: dict[str, Any], options: Mapping[str, Any], state: ChatState
    ) -> Any:
        call, policy = self._chat_call(operation, payload, options, stream=True)
        return send_now(self._chat_stream_type(functools.partial(self._send, call, policy), state))

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
        user_id: default ``X-Muxi-User-ID`` for calls that do not pass one (env ``MUXI_USER_ID``).
            Without one, a call whose route requires it (``x-muxi-user-id`` in the spec: sessions,
            memories, artifacts, credentials...) raises :class:`~muxi.ConfigurationError` before
            any I/O.
        timeout: seconds, the deadline of each whole call (every attempt, the retry waits and
            reading the body; default 30 s), or an :class:`httpx.Timeout` for httpx's per-phase
            limits without a deadline; streams have no read timeout.
        max_retries: retries of a failed call (default 3; 0 disables).
        headers: extra headers for every request.
        debug: log requests and retry decisions on the ``muxi`` logger (env ``MUXI_DEBUG``).
        http_client: your own :class:`httpx.Client` (proxies, TLS...); used as is, never closed by the SDK.
        follow_redirects: follow 3xx responses (credentials are dropped on cross-origin hops; a
            cross-origin redirect that would re-send the request body raises
            :class:`~muxi.APIStatusError`).
        max_response_bytes: the largest decoded response body a call accepts (default 64 MiB);
            a larger one raises :class:`~muxi.ResponseValidationError`. Streams are not limited.

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
        event, or a frame whose ``status`` is ``error``, raises :class:`~muxi.FormationError`;
        False yields it). The request is sent here, like the OpenAI SDK's
        ``create(stream=True)``: HTTP, auth and configuration errors are raised by this call,
        not by the first iteration. Iterate the stream (or use it in a ``with`` block);
        ``text`` events carry the whole answer once, also when it arrives only in the
        ``completed`` frame. A body that ends before ``completed`` or ``done`` raises
        :class:`~muxi.StreamError`, and so does iterating a stream that is exhausted or closed.

        Streams wait for events without a read timeout by default (an answer may take minutes);
        a ``timeout=`` passed to this call (seconds, or an :class:`httpx.Timeout` with a
        ``read`` value) bounds each read, and a server that stops sending then raises
        :class:`~muxi.TimeoutError`.
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
        check_options("create_completion", options, CompletionOptions, also=_COMPLETION_ARGUMENTS)
        message, arguments = completion_request(messages, model=model, user=user, session_id=session_id, **options)
        if stream:
            return CompletionStream(self.chat_stream(message, **arguments), model)
        return Completion.from_response(self.chat(message, **arguments), model)

    # ------------------------------------------------------------------ event and log streams

    def stream_events(self, **options: Unpack[EventStreamOptions]) -> Stream[FormationEvent]:
        """Live events of the user's requests (``GET /events``), as :data:`~muxi.FormationEvent` values.

        The request is sent here (HTTP and auth errors are raised by this call). The stream has
        no end of its own: close it (or leave its ``with`` block) when done; if the server ends
        it, iteration simply stops. Runtime 1.20260928.0 terminates these frames with literal
        ``\\n\\n`` characters; the SDK repairs them.
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
        check_options("get_secret", options, CallOptions)
        return self._pick_secret(key, self.get_secrets(**options))

    def set_secret(self, key: str, value: str, **options: Unpack[CallOptions]) -> OperationMessage:
        """Create the secret, or replace its value when it exists (``POST /secrets``, then ``PUT`` on 409)."""
        check_options("set_secret", options, CallOptions)
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
        """Send a message and stream the answer; see :meth:`FormationClient.chat_stream`.

        ``await client.chat_stream(...)`` sends the request and raises HTTP, auth and
        configuration errors there; ``async for e in client.chat_stream(...)`` sends it on the
        first iteration.
        """
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
        check_options("create_completion", options, CompletionOptions, also=_COMPLETION_ARGUMENTS)
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
        check_options("get_secret", options, CallOptions)
        return self._pick_secret(key, await self.get_secrets(**options))

    async def set_secret(self, key: str, value: str, **options: Unpack[CallOptions]) -> OperationMessage:
        """Create the secret, or replace its value when it exists; see :meth:`FormationClient.set_secret`."""
        check_options("set_secret", options, CallOptions)
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
