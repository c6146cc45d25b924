"""FormationClient and AsyncFormationClient: the Formation API of one formation.

Each is :class:`~muxi._formation.core.FormationCore` (configuration and call preparation, no
I/O), the blocking or async I/O of :mod:`muxi._core.clients`, and the generated
per-operation methods of ``muxi_generated.methods``. The hand-written methods whose only
difference between the two clients is their result type (streams, artifacts,
``create_completion``) are written once, in :class:`FormationStreams` and
:class:`~muxi._formation.completion.CreateCompletion`, and typed per client by their type
arguments; each client adds its I/O hooks and the methods that await. One ``chat()`` call: the
payload is built and checked (:func:`~muxi._formation.chat.chat_payload`), the call prepared with
the client's :class:`~muxi._formation.policy.FormationPolicy` (keys, ``X-Muxi-User-ID``), sent by
the sans-I/O :func:`~muxi._core.transport.call_flow` and its shell, and the envelope unwrapped
into a :class:`~muxi.ChatResponse`.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Awaitable, Coroutine, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from muxi_generated.methods import AsyncFormationMethods, FormationMethods

from .._core.clients import AsyncClient, SyncClient
from .._core.config import CallOptions
from .._core.inputs import check_options
from .._core.otel import method_span
from .._core.streaming import AsyncStream, Stream
from ..errors import ConflictError
from .chat import (
    AsyncChatStream,
    ChatResponse,
    ChatStream,
    FileInput,
)
from .completion import CreateCompletion
from .core import FormationCore
from .events import FormationEvent, FormationLogEvent, RequestEvent
from .options import (
    ArtifactChunkOptions,
    ArtifactOptions,
    AudioChatOptions,
    AudioChatStreamOptions,
    ChatOptions,
    ChatStreamOptions,
    EventStreamOptions,
    LogStreamOptions,
)

if TYPE_CHECKING:
    from muxi_generated.formation.models import OperationMessage
    from typing_extensions import Unpack

    # Loaded by the completion methods on first use: its classes cost about 3 ms to create at import.
    from .._helpers.completions import (
        AsyncCompletionStream,
        Completion,
        CompletionModelList,
        CompletionStream,
    )
    from .raw import AsyncFormationClientWithRawResponse, FormationClientWithRawResponse

__all__ = ["AsyncFormationClient", "FormationClient"]

_ChatStreamT = TypeVar("_ChatStreamT")
_EventsT = TypeVar("_EventsT")
_RequestEventsT = TypeVar("_RequestEventsT")
_LogEventsT = TypeVar("_LogEventsT")
_ChunksT = TypeVar("_ChunksT")
_PathT = TypeVar("_PathT")


class FormationStreams(FormationCore, Generic[_ChatStreamT, _EventsT, _RequestEventsT, _LogEventsT, _ChunksT, _PathT]):
    """The methods written once for both clients, typed by each client's type arguments.

    Their results are a chat stream (``_ChatStreamT``), event streams of each kind, the chunks of
    an artifact and the path it was written to (``Path``, awaitable on the async client).
    """

    def chat_stream(self, message: str | Mapping[str, Any], **options: Unpack[ChatStreamOptions]) -> _ChatStreamT:
        """Send a message and stream the answer as typed :class:`~muxi.ChatEvent` values.

        Takes the arguments of :meth:`FormationClient.chat`, plus ``raise_errors`` (default True:
        an ``error`` event, or a frame whose ``status`` is ``error``, raises
        :class:`~muxi.FormationError`; False yields it). The request is sent here, like the OpenAI
        SDK's ``create(stream=True)``: HTTP, auth and configuration errors are raised by this
        call, not by the first iteration. Iterate the stream (or use it in a ``with`` block);
        ``text`` events carry the whole answer once, also when it arrives only in the
        ``completed`` frame. A body that ends before ``completed`` or ``done`` raises
        :class:`~muxi.StreamError`, and so does iterating a stream that is exhausted or closed.

        On :class:`~muxi.AsyncFormationClient`, ``await client.chat_stream(...)`` sends the
        request and raises HTTP, auth and configuration errors there; ``async for e in
        client.chat_stream(...)`` sends it on the first iteration.

        Streams wait for events without a read timeout by default (an answer may take minutes);
        a ``timeout=`` passed to this call (seconds, or an :class:`httpx.Timeout` with a
        ``read`` value) bounds each read, and a server that stops sending then raises
        :class:`~muxi.TimeoutError`.
        """
        stream: _ChatStreamT = self._open_chat_stream("chat", message, options)
        return stream

    def audio_chat_stream(self, files: Iterable[FileInput], **options: Unpack[AudioChatStreamOptions]) -> _ChatStreamT:
        """Send voice notes (``audio/*`` files) and stream the answer; see :meth:`chat_stream`."""
        stream: _ChatStreamT = self._open_chat_stream("audio_chat", files, options)
        return stream

    # ------------------------------------------------------------------ event and log streams

    def stream_events(self, **options: Unpack[EventStreamOptions]) -> _EventsT:
        r"""Live events of the user's requests (``GET /events``), as :data:`~muxi.FormationEvent` values.

        The request is sent here (HTTP and auth errors are raised by this call). The stream has
        no end of its own: close it (or leave its ``with`` block) when done; if the server ends
        it, iteration simply stops. Runtime 1.20260928.0 terminates these frames with literal
        ``\n\n`` characters; the SDK repairs them.
        """
        stream: _EventsT = self._events("stream_events", {}, options)
        return stream

    def stream_session_events(self, session_id: str, **options: Unpack[EventStreamOptions]) -> _EventsT:
        """Live events of one session (``GET /events/{session_id}``); see :meth:`stream_events`."""
        stream: _EventsT = self._events("stream_session_events", {"session_id": session_id}, options)
        return stream

    def stream_request(
        self, session_id: str, request_id: str, **options: Unpack[EventStreamOptions]
    ) -> _RequestEventsT:
        """Live events of one request (``GET /events/{session_id}/{request_id}``; 500 in runtime 1.20260928.0)."""
        arguments = {"session_id": session_id, "request_id": request_id}
        stream: _RequestEventsT = self._events("stream_request", arguments, options)
        return stream

    def stream_logs(self, **options: Unpack[LogStreamOptions]) -> _LogEventsT:
        """Tail the formation's observability log (``GET /logs``), filtered.

        At least one filter is required: ``user_id``, ``session_id``, ``request_id``,
        ``agent_id``, ``level`` or ``event_type``.
        """
        self._check_log_filters(options)
        stream: _LogEventsT = self._events("stream_logs", {}, options)
        return stream

    # ------------------------------------------------------------------ artifacts

    def iter_artifact_content(self, artifact_id: str, **options: Unpack[ArtifactChunkOptions]) -> _ChunksT:
        """Stream an artifact's content (``GET /artifacts/{artifact_id}/content``) as byte chunks.

        ``version`` picks a version (default: the latest), ``chunk_size`` the size of the chunks.
        The request is sent on the first step of the iterator (``async for`` on the async client);
        the connection stays open while you iterate and is closed when the iterator ends or is closed.
        """
        check_options("iter_artifact_content", options, ArtifactChunkOptions, also=("artifact_id",))
        chunks: _ChunksT = self._artifact_chunks(artifact_id, options)
        return chunks

    def download_artifact(
        self, artifact_id: str, destination: str | os.PathLike[str], **options: Unpack[ArtifactOptions]
    ) -> _PathT:
        """Write an artifact's content to ``destination`` without holding it in memory; returns the path.

        ``version`` picks a version (default: the latest). The data goes to
        ``<destination>.part`` first and is renamed when complete, so a failed download never
        leaves a truncated file under the final name. Awaitable on the async client.
        """
        check_options("download_artifact", options, ArtifactOptions, also=("artifact_id", "destination"))
        path: _PathT = self._download(artifact_id, destination, options)
        return path

    def _artifact_chunks(self, artifact_id: str, options: Mapping[str, Any]) -> Any:
        raise NotImplementedError  # the client's generator of the content's chunks

    def _download(self, artifact_id: str, destination: str | os.PathLike[str], options: Mapping[str, Any]) -> Any:
        raise NotImplementedError  # the client's writer of the content to the destination


class FormationClient(
    FormationStreams[
        ChatStream,
        Stream[FormationEvent],
        Stream[RequestEvent],
        Stream[FormationLogEvent],
        Iterator[bytes],
        Path,
    ],
    CreateCompletion["Completion", "CompletionStream"],
    SyncClient,
    FormationMethods,
):
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
        **settings: what every client takes (:class:`~muxi.ServerClient` too), each optional;
            any other name raises :class:`TypeError`:

            - ``timeout``: seconds, the deadline of each whole call (every attempt, the retry
              waits and reading the body; default 30 s), or an :class:`httpx.Timeout` for httpx's
              per-phase limits without a deadline; streams have no read timeout.
            - ``max_retries``: retries of a failed call (default 3; 0 disables).
            - ``headers``: extra headers for every request.
            - ``debug``: log requests and retry decisions on the ``muxi`` logger (env ``MUXI_DEBUG``).
            - ``http_client``: your own :class:`httpx.Client` (proxies, TLS...); used as is,
              never closed by the SDK (``async_http_client`` on the async client).
            - ``follow_redirects``: follow 3xx responses (credentials are dropped on cross-origin
              hops; a cross-origin redirect that would re-send the request body raises
              :class:`~muxi.APIStatusError`).
            - ``max_response_bytes``: the largest decoded response body a call accepts (default
              64 MiB); a larger one raises :class:`~muxi.ResponseValidationError`. Streams are not
              limited.

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
        call, policy = self._chat_call("chat", message, options, stream=False)
        return self._chat_response("chat", self._send(call, policy))

    def audio_chat(self, files: Iterable[FileInput], **options: Unpack[AudioChatOptions]) -> ChatResponse:
        """Send voice notes (``audio/*`` files: paths, bytes or binary files) and wait for the answer."""
        call, policy = self._chat_call("audio_chat", files, options, stream=False)
        return self._chat_response("audio_chat", self._send(call, policy))

    def list_models(self, **options: Unpack[CallOptions]) -> CompletionModelList:
        """The formation's agents as OpenAI-style models, the ``model=`` values of :meth:`create_completion`.

        ``data[].id`` is an agent id, ``owned_by`` the formation's id and ``created`` the Unix time
        the formation started (``GET /status``, then ``GET /agents``: needs the admin key).
        """
        from .._helpers.completions import model_list

        check_options("list_models", options, CallOptions)
        self._keys_for("list_models")
        with method_span("list_models"):
            status = self.get_status(**options)
            return model_list(self.get_agents(**options), status)

    @property
    def with_raw_response(self) -> FormationClientWithRawResponse:
        """Every method of this client, returning a :class:`~muxi.RawResponse`.

        That is the HTTP response (``status_code``, ``headers``, ``http_request``, ``request_id``)
        with the usual result (``parse()``): ``client.with_raw_response.get_agents().headers``.
        """
        from .raw import FormationClientWithRawResponse

        return FormationClientWithRawResponse(self)

    def get_secret(self, key: str, **options: Unpack[CallOptions]) -> str:
        """The masked value of one secret (``sk_m••••0000``); the API never returns secret values.

        Raises :class:`~muxi.NotFoundError` when no secret has that name.
        """
        check_options("get_secret", options, CallOptions)
        return self._pick_secret(key, self.get_secrets(**options))

    def set_secret(self, key: str, value: str, **options: Unpack[CallOptions]) -> OperationMessage:
        """Create the secret, or replace its value when it exists (``POST /secrets``, then ``PUT`` on 409)."""
        check_options("set_secret", options, CallOptions)
        with method_span("set_secret"):
            try:
                return self.create_secret(key, value, **options)
            except ConflictError:
                return self.update_secret(key, value, **options)

    # ------------------------------------------------------------------ the I/O of the shared methods

    def _completion(self, message: str, arguments: ChatOptions, model: str | None) -> Completion:
        from .._helpers.completions import Completion

        return Completion.from_response(self.chat(message, **arguments), model)

    def _completion_stream(self, message: str, arguments: ChatOptions, model: str | None) -> CompletionStream:
        from .._helpers.completions import CompletionStream

        return CompletionStream(self.chat_stream(message, **arguments), model)

    def _artifact_chunks(self, artifact_id: str, options: Mapping[str, Any]) -> Iterator[bytes]:
        call, policy, chunk_size = self._artifact_call(artifact_id, options)
        response = self._send(call, policy)
        try:
            yield from response.iter_bytes(chunk_size)
        finally:
            response.close()

    def _download(self, artifact_id: str, destination: str | os.PathLike[str], options: Mapping[str, Any]) -> Path:
        with self._part_file(destination) as (path, handle):
            for chunk in self.iter_artifact_content(artifact_id, **options):
                handle.write(chunk)
        return path


class AsyncFormationClient(
    FormationStreams[
        AsyncChatStream,
        AsyncStream[FormationEvent],
        AsyncStream[RequestEvent],
        AsyncStream[FormationLogEvent],
        AsyncIterator[bytes],
        Coroutine[Any, Any, Path],
    ],
    CreateCompletion[Awaitable["Completion"], "AsyncCompletionStream"],
    AsyncClient,
    AsyncFormationMethods,
):
    """Asynchronous client for one formation's API.

    The same arguments as :class:`FormationClient`, with ``async_http_client`` (your own
    :class:`httpx.AsyncClient`) instead of ``http_client``; every method is awaitable, and
    streams work as ``async for e in client.chat_stream(...)`` or ``async for e in await ...``.
    """

    _chat_stream_type = AsyncChatStream

    async def chat(self, message: str | Mapping[str, Any], **options: Unpack[ChatOptions]) -> ChatResponse:
        """Send a message and wait for the whole answer; see :meth:`FormationClient.chat`."""
        call, policy = self._chat_call("chat", message, options, stream=False)
        return self._chat_response("chat", await self._send(call, policy))

    async def audio_chat(self, files: Iterable[FileInput], **options: Unpack[AudioChatOptions]) -> ChatResponse:
        """Send voice notes and wait for the answer; see :meth:`FormationClient.audio_chat`."""
        call, policy = self._chat_call("audio_chat", files, options, stream=False)
        return self._chat_response("audio_chat", await self._send(call, policy))

    async def list_models(self, **options: Unpack[CallOptions]) -> CompletionModelList:
        """The formation's agents as OpenAI-style models; see :meth:`FormationClient.list_models`."""
        from .._helpers.completions import model_list

        check_options("list_models", options, CallOptions)
        self._keys_for("list_models")
        with method_span("list_models"):
            status = await self.get_status(**options)
            return model_list(await self.get_agents(**options), status)

    @property
    def with_raw_response(self) -> AsyncFormationClientWithRawResponse:
        """Every method of this client, awaitable, giving a :class:`~muxi.RawResponse`.

        Streams are opened by the call; see :attr:`FormationClient.with_raw_response`.
        """
        from .raw import AsyncFormationClientWithRawResponse

        return AsyncFormationClientWithRawResponse(self)

    async def get_secret(self, key: str, **options: Unpack[CallOptions]) -> str:
        """The masked value of one secret; see :meth:`FormationClient.get_secret`."""
        check_options("get_secret", options, CallOptions)
        return self._pick_secret(key, await self.get_secrets(**options))

    async def set_secret(self, key: str, value: str, **options: Unpack[CallOptions]) -> OperationMessage:
        """Create the secret, or replace its value when it exists; see :meth:`FormationClient.set_secret`."""
        check_options("set_secret", options, CallOptions)
        with method_span("set_secret"):
            try:
                return await self.create_secret(key, value, **options)
            except ConflictError:
                return await self.update_secret(key, value, **options)

    # ------------------------------------------------------------------ the I/O of the shared methods

    async def _completion(self, message: str, arguments: ChatOptions, model: str | None) -> Completion:
        from .._helpers.completions import Completion

        return Completion.from_response(await self.chat(message, **arguments), model)

    def _completion_stream(self, message: str, arguments: ChatOptions, model: str | None) -> AsyncCompletionStream:
        from .._helpers.completions import AsyncCompletionStream

        return AsyncCompletionStream(self.chat_stream(message, **arguments), model)

    async def _artifact_chunks(self, artifact_id: str, options: Mapping[str, Any]) -> AsyncIterator[bytes]:
        call, policy, chunk_size = self._artifact_call(artifact_id, options)
        response = await self._send(call, policy)
        try:
            async for chunk in response.aiter_bytes(chunk_size):
                yield chunk
        finally:
            await response.aclose()

    async def _download(
        self, artifact_id: str, destination: str | os.PathLike[str], options: Mapping[str, Any]
    ) -> Path:
        with self._part_file(destination) as (path, handle):
            async for chunk in self.iter_artifact_content(artifact_id, **options):
                handle.write(chunk)
        return path
