"""OpenTelemetry traces of every call and stream: optional, and free when unused.

**When.** Tracing is on when the ``opentelemetry-api`` package is imported (``muxi-client[otel]``)
and the application has set a global tracer provider (``trace.set_tracer_provider(...)``, or
``opentelemetry-instrument``): until then OpenTelemetry's global provider is a
``ProxyTracerProvider``, and the SDK records nothing. :func:`call_trace` decides once per call;
its first step is one dictionary look-up (``sys.modules``): an application that never imported
OpenTelemetry pays that and a few no-op method calls, and nothing of OpenTelemetry is ever
imported by the SDK itself. A provider set later is picked up by the next call.

**What.** One ``CLIENT`` span per logical call (all its attempts, retry waits and redirects),
named ``{METHOD} {url.template}`` after the OpenTelemetry HTTP client conventions, with
``http.request.method``, ``server.address``, ``server.port``, ``url.full`` (no user info, every
query value replaced by ``REDACTED``), ``url.template``, ``http.response.status_code``,
``http.request.resend_count``, and ``muxi.operation`` / ``muxi.request_id``. Each attempt
(``muxi.attempt``), retry (``muxi.retry``: reason and wait) and redirect (``muxi.redirect``) is a
span event. A failure sets the status to ERROR, ``error.type`` (the HTTP status code of an HTTP
error, else the :class:`~muxi.MuxiError` subclass name) and an ``exception`` event whose text
has every credential header value of the call removed. Chat turns (``chat``, ``audio_chat``,
and the completions built on them) add the GenAI conventions: ``gen_ai.operation.name = chat``,
``gen_ai.provider.name = muxi``, the agent (``gen_ai.agent.id``/``gen_ai.agent.name``), the
session (``gen_ai.conversation.id``) and the request id (``gen_ai.response.id``). A stream's span
stays open until the stream is closed, exhausted, fails or is garbage collected, and records
``muxi.stream.events`` and the time to the first event (to the first answer token for chat:
``gen_ai.server.time_to_first_token``, seconds).

**Content.** Messages and answers are recorded only when the application opts in with the GenAI
convention's ``OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT``: ``gen_ai.input.messages`` and
``gen_ai.output.messages`` (JSON, each text cut at 64 KiB characters), as span attributes (``true``,
``SPAN_ONLY``), as a span event ``gen_ai.client.inference.operation.details`` (``EVENT_ONLY``) or
both (``SPAN_AND_EVENT``). A stream records the events handed to the caller, not those decoded.

**Propagation.** Each attempt carries the span's context in the global propagator's headers
(W3C ``traceparent``/``tracestate``, ``baggage`` by default), so the formation's own spans join the
trace. A redirect to another origin gets none of them, like the credentials: trace ids and
baggage are for the configured server only.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import time
import weakref
from collections.abc import AsyncIterator, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from .._version import __version__
from .json import is_object
from .logging import SENSITIVE_HEADERS

if TYPE_CHECKING:
    from contextlib import AbstractContextManager
    from contextvars import Token

    from opentelemetry.context import Context
    from opentelemetry.trace import Span, Tracer, TracerProvider

    from .transport import Call

__all__ = ["NO_TRACE", "TRACE_EXTENSION", "CallTrace", "call_trace"]

TRACE_EXTENSION = "muxi.trace"  # the response extension a stream's reader finds its call's trace in
CAPTURE_CONTENT_ENV = "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT"
# Where captured content goes, by the GenAI convention's values: span attributes, a span event
# ``gen_ai.client.inference.operation.details``, or both.
_CAPTURE_MODES: Mapping[str, frozenset[str]] = {
    "true": frozenset({"span"}),
    "1": frozenset({"span"}),
    "yes": frozenset({"span"}),
    "span_only": frozenset({"span"}),
    "event_only": frozenset({"event"}),
    "span_and_event": frozenset({"span", "event"}),
}
_CONTENT_EVENT = "gen_ai.client.inference.operation.details"
_CHAT_OPERATIONS = frozenset({"chat", "audio_chat"})
_MAX_CONTENT = 64 * 1024  # characters of a captured message or answer
_MAX_PARSED = 4 * 1024 * 1024  # a chat answer larger than this is not parsed again for its ids
_DEFAULT_PORTS = {"http": 80, "https": 443}
# The envelope's request id sits in the first bytes of every formation response.
_REQUEST_ID = re.compile(rb'"request"\s*:\s*\{\s*"id"\s*:\s*"([A-Za-z0-9_.:-]{1,128})"')


class CallTrace:
    """The points of a call where a tracer records something; every one a no-op here (tracing off).

    The sans-I/O :func:`~muxi._core.transport.call_flow` calls :meth:`attempt`, :meth:`retry` and
    :meth:`redirect` where it decides them; the sync and async shells run the flow inside
    ``with trace:`` and pass the final response through :meth:`done`; a stream's reader reports
    each event it hands over (:meth:`delivered`) and its failure (:meth:`failed`).
    """

    __slots__ = ()

    def __enter__(self) -> CallTrace:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        return None

    def attempt(self, request: httpx.Request, number: int) -> None:
        """Attempt ``number`` (1-based, redirects included) is about to send ``request``."""

    def retry(self, number: int, delay: float, outcome: object) -> None:
        """Retry ``number`` will start in ``delay`` seconds because of ``outcome`` (a response or an error)."""

    def redirect(self, request: httpx.Request, status_code: int) -> None:
        """A ``status_code`` redirect is followed with ``request``."""

    def done(self, response: httpx.Response) -> httpx.Response:
        """The call succeeded with ``response`` (a stream's span stays open until it is closed)."""
        return response

    def delivered(self, event: object) -> None:
        """A stream handed ``event`` to the caller (events decoded but never read are not counted)."""

    def failed(self, error: BaseException) -> None:
        """A stream failed with ``error`` (its span ends when its response is closed)."""


NO_TRACE = CallTrace()
_cached: tuple[object, Tracer] | None = None


def _tracer() -> Tracer | None:
    """The tracer of the application's global provider, or None while none is set.

    Nothing is imported here: without ``opentelemetry.trace`` in ``sys.modules`` (the application
    never imported OpenTelemetry) the answer is None after one dictionary lookup.
    """
    global _cached
    trace_api = sys.modules.get("opentelemetry.trace")
    if trace_api is None:  # the one check a call pays when OpenTelemetry is not in use
        return None
    provider: TracerProvider = trace_api.get_tracer_provider()
    if isinstance(provider, (trace_api.ProxyTracerProvider, trace_api.NoOpTracerProvider)):
        return None
    cached = _cached
    if cached is not None and cached[0] is provider:
        return cached[1]
    tracer: Tracer = provider.get_tracer("muxi", __version__)
    _cached = (provider, tracer)
    return tracer


def call_trace(call: Call, operations: Mapping[str, Mapping[str, Any]], base_url: str) -> CallTrace:
    """The trace of one call: :data:`NO_TRACE` unless the application configured OpenTelemetry."""
    tracer = _tracer()
    if tracer is None:
        return NO_TRACE
    info = operations.get(call.operation, {})
    method = str(info.get("method", "")).upper()
    template = httpx.URL(base_url).path.rstrip("/") + str(info.get("path", ""))
    return SpanTrace(tracer, call, method, template)


def method_span(method: str) -> AbstractContextManager[object]:
    """One INTERNAL span ``muxi.<method>`` around a method that makes several calls, when traced.

    ``list_models()`` (``GET /status`` + ``GET /agents``) and ``set_secret()`` (``POST``, then
    ``PUT`` after a 409) are one logical call to the user: their CLIENT spans become children of
    this one, which ends with an ERROR status only if the method raises.
    """
    tracer = _tracer()
    if tracer is None:
        return contextlib.nullcontext()
    from opentelemetry.trace import SpanKind  # already imported: a tracer exists

    return tracer.start_as_current_span(f"muxi.{method}", kind=SpanKind.INTERNAL, attributes={"muxi.operation": method})


def capture_content() -> frozenset[str]:
    """Where the application opted in to recording message content (GenAI convention): empty if nowhere.

    ``{"span"}`` (``true``, ``SPAN_ONLY``): span attributes; ``{"event"}`` (``EVENT_ONLY``): a span
    event ``gen_ai.client.inference.operation.details`` and no attribute; both for ``SPAN_AND_EVENT``.
    """
    return _CAPTURE_MODES.get(os.environ.get(CAPTURE_CONTENT_ENV, "").strip().lower(), frozenset())


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port


def _full_url(url: httpx.URL) -> str:
    """``url.full`` without user info and with every query value replaced by ``REDACTED``."""
    query = "&".join(f"{_quote(name)}=REDACTED" for name in dict.fromkeys(url.params.keys()))
    return str(url.copy_with(username=None, password=None, query=query.encode("ascii") or None, fragment=None))


def _quote(name: str) -> str:
    return str(httpx.QueryParams({name: ""})).removesuffix("=")


def _messages(role: str, text: str, **extra: str) -> str:
    """A GenAI ``gen_ai.*.messages`` value: one text message, cut at :data:`_MAX_CONTENT` characters."""
    part = {"type": "text", "content": text[:_MAX_CONTENT]}
    return json.dumps([{"role": role, "parts": [part], **extra}], ensure_ascii=False)


class SpanTrace(CallTrace):
    """The trace of one call as one CLIENT span (see the module docstring for what it records)."""

    __slots__ = (
        "__weakref__",
        "_capture",
        "_chat",
        "_count",
        "_ended",
        "_first_event",
        "_first_token",
        "_origin",
        "_output",
        "_output_size",
        "_secrets",
        "_sends",
        "_span",
        "_started",
        "_stream",
        "_token",
    )

    def __init__(self, tracer: Tracer, call: Call, method: str, template: str) -> None:
        from opentelemetry.trace import SpanKind

        self._chat = call.operation in _CHAT_OPERATIONS
        self._stream = call.stream
        self._capture: frozenset[str] = capture_content() if self._chat else frozenset()
        attributes: dict[str, str | bool | int | float] = {"muxi.operation": call.operation}
        if method:
            attributes["http.request.method"] = method
        if template:
            attributes["url.template"] = template
        if self._chat:
            attributes.update(_chat_attributes(call.chat or {}))
        self._span: Span = tracer.start_span(
            f"{method} {template}" if method and template else call.operation,
            kind=SpanKind.CLIENT,
            attributes=attributes,
        )
        self._started = time.monotonic()
        self._token: Token[Context] | None = None
        self._origin: tuple[str, str, int | None] | None = None
        self._secrets: set[str] = set()
        self._sends = 0
        self._ended = False
        self._count = 0
        self._first_event: float | None = None
        self._first_token: float | None = None
        self._output: list[str] = []
        self._output_size = 0
        message = (call.chat or {}).get("message")
        if self._capture and isinstance(message, str):
            self._content("gen_ai.input.messages", _messages("user", message))

    # -------------------------------------------------------------- the shells

    def __enter__(self) -> CallTrace:
        from opentelemetry import context, trace

        self._token = context.attach(trace.set_span_in_context(self._span))
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        from opentelemetry import context

        if self._token is not None:
            context.detach(self._token)
            self._token = None
        if exc is not None:
            self.failed(exc)
            self.end()

    def done(self, response: httpx.Response) -> httpx.Response:
        span = self._span
        span.set_attribute("http.response.status_code", response.status_code)
        if self._sends > 1:
            span.set_attribute("http.request.resend_count", self._sends - 1)
        if not self._stream:
            self._answer(response)
            self.end()
            return response
        response.extensions[TRACE_EXTENSION] = self
        traced = _TracedStream(response.stream, self)
        response.stream = traced
        # An in-memory body (a mock transport's) was read and "closed" when the response was made:
        # open again, its close() reaches the wrapper, and the span ends with the stream whatever the transport.
        response.is_closed = False
        # A response dropped without being closed still ends its span (the trace never refers to it).
        weakref.finalize(traced, self.end, "abandoned").atexit = False
        return response

    # -------------------------------------------------------------- the flow

    def attempt(self, request: httpx.Request, number: int) -> None:
        from opentelemetry import propagate, trace

        self._sends = number
        span = self._span
        headers = request.headers
        for name in SENSITIVE_HEADERS:
            value = headers.get(name)
            if value:
                self._secrets.add(value)
        if self._origin is None:
            url = request.url
            self._origin = _origin(url)
            span.set_attribute("server.address", url.host)
            span.set_attribute("server.port", url.port or _DEFAULT_PORTS.get(url.scheme, 0))
            span.set_attribute("url.full", _full_url(url))
        span.add_event("muxi.attempt", {"muxi.attempt": number})
        if _origin(request.url) == self._origin:
            propagate.inject(headers, context=trace.set_span_in_context(span))
        else:  # another origin (a redirect): no trace context, like no credentials
            for name in propagate.get_global_textmap().fields:
                headers.pop(name, None)

    def retry(self, number: int, delay: float, outcome: object) -> None:
        attributes: dict[str, str | int | float] = {"muxi.retry": number, "muxi.retry.wait_s": delay}
        if isinstance(outcome, httpx.Response):
            attributes["muxi.retry.reason"] = f"HTTP {outcome.status_code}"
            attributes["http.response.status_code"] = outcome.status_code
        else:
            attributes["muxi.retry.reason"] = type(outcome).__name__
        self._span.add_event("muxi.retry", attributes)

    def redirect(self, request: httpx.Request, status_code: int) -> None:
        self._span.add_event(
            "muxi.redirect",
            {
                "http.response.status_code": status_code,
                "url.full": _full_url(request.url),
                "muxi.redirect.same_origin": _origin(request.url) == self._origin,
            },
        )

    # -------------------------------------------------------------- streams

    def delivered(self, event: object) -> None:
        if self._ended:
            return
        now = time.monotonic()
        if self._first_event is None:
            self._first_event = now - self._started
        self._count += 1
        if not self._chat:
            return
        if getattr(event, "type", None) == "text":
            if self._first_token is None:
                self._first_token = now - self._started
            text = getattr(event, "text", "")
            if self._capture and isinstance(text, str) and self._output_size < _MAX_CONTENT:
                self._output.append(text)
                self._output_size += len(text)
        session_id, request_id = getattr(event, "session_id", None), getattr(event, "request_id", None)
        span = self._span
        if isinstance(session_id, str) and session_id:
            span.set_attribute("gen_ai.conversation.id", session_id)
        if isinstance(request_id, str) and request_id:
            span.set_attribute("muxi.request_id", request_id)
            span.set_attribute("gen_ai.response.id", request_id)

    def failed(self, error: BaseException) -> None:
        if self._ended:
            return
        from opentelemetry.trace import StatusCode

        span = self._span
        status_code = getattr(error, "status_code", None)
        error_type = str(status_code) if isinstance(status_code, int) else type(error).__name__
        span.set_attribute("error.type", error_type)
        if isinstance(status_code, int):
            span.set_attribute("http.response.status_code", status_code)
        for name in ("code", "request_id"):
            value = getattr(error, name, None)
            if isinstance(value, str) and value:
                span.set_attribute(f"muxi.{name}" if name == "request_id" else "muxi.error.code", value)
        if self._sends > 1:
            span.set_attribute("http.request.resend_count", self._sends - 1)
        span.add_event(
            "exception",
            {
                "exception.type": f"{type(error).__module__}.{type(error).__qualname__}",
                "exception.message": self._redact(str(error)),
                "exception.stacktrace": self._redact(_stacktrace(error)),
                "exception.escaped": "True",
            },
        )
        span.set_status(StatusCode.ERROR, type(error).__name__)

    # -------------------------------------------------------------- the end

    def end(self, why: str = "") -> None:
        """End the span (once): when the call is over, or its stream closed (``why``: abandoned)."""
        if self._ended:
            return
        self._ended = True
        span = self._span
        if self._stream:
            span.set_attribute("muxi.stream.events", self._count)
            if self._first_event is not None:
                span.set_attribute("muxi.stream.time_to_first_event", self._first_event)
            if self._first_token is not None:
                span.set_attribute("gen_ai.server.time_to_first_token", self._first_token)
            if self._capture and self._output:
                self._content("gen_ai.output.messages", _messages("assistant", "".join(self._output)))
            if why:
                span.add_event(f"muxi.stream.{why}")
        span.end()

    def _answer(self, response: httpx.Response) -> None:
        """The request id of a read response, and for a chat turn its session and answer."""
        content = response.content if response.is_stream_consumed else b""
        found = _REQUEST_ID.search(content[:1024])
        span = self._span
        if found is not None:
            span.set_attribute("muxi.request_id", found.group(1).decode("ascii"))
        if not self._chat or len(content) > _MAX_PARSED:
            return
        try:
            body: object = json.loads(content)
        except (ValueError, RecursionError):
            return
        data = body.get("data") if is_object(body) else None
        if not is_object(data):
            return
        for key, name in (("session_id", "gen_ai.conversation.id"), ("request_id", "gen_ai.response.id")):
            value = data.get(key)
            if isinstance(value, str) and value:
                span.set_attribute(name, value)
        if found is not None and not isinstance(data.get("request_id"), str):
            span.set_attribute("gen_ai.response.id", found.group(1).decode("ascii"))
        message = data.get("message")
        text = message.get("content") if is_object(message) else None
        if self._capture and isinstance(text, str):
            self._content("gen_ai.output.messages", _messages("assistant", text, finish_reason="stop"))

    def _content(self, name: str, value: str) -> None:
        """Record message content where the application opted in to (never without the opt-in)."""
        if "span" in self._capture:
            self._span.set_attribute(name, value)
        if "event" in self._capture:
            self._span.add_event(_CONTENT_EVENT, {name: value})

    def _redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return text


def _chat_attributes(chat: Mapping[str, object]) -> dict[str, str | bool | int | float]:
    """The GenAI attributes a chat turn's request gives (its message is content: see ``SpanTrace._content``)."""
    attributes: dict[str, str | bool | int | float] = {"gen_ai.operation.name": "chat", "gen_ai.provider.name": "muxi"}
    agent, session_id = chat.get("agent_id"), chat.get("session_id")
    if isinstance(agent, str) and agent:
        attributes["gen_ai.agent.id"] = agent
        attributes["gen_ai.agent.name"] = agent
    if isinstance(session_id, str) and session_id:
        attributes["gen_ai.conversation.id"] = session_id
    return attributes


def _stacktrace(error: BaseException) -> str:
    import traceback

    return "".join(traceback.format_exception(type(error), error, error.__traceback__))


class _TracedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A streaming response's body that ends its call's span when the response is closed."""

    __slots__ = ("_stream", "_trace")

    def __init__(self, stream: httpx.SyncByteStream | httpx.AsyncByteStream, trace: SpanTrace) -> None:
        self._stream = stream  # the name transport._h11_state looks for
        self._trace = trace

    def __iter__(self) -> Iterator[bytes]:
        stream = self._stream
        assert isinstance(stream, httpx.SyncByteStream)
        yield from stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        stream = self._stream
        assert isinstance(stream, httpx.AsyncByteStream)
        async for chunk in stream:
            yield chunk

    def close(self) -> None:
        try:
            stream = self._stream
            if isinstance(stream, httpx.SyncByteStream):
                stream.close()
        finally:
            self._trace.end()

    async def aclose(self) -> None:
        try:
            stream = self._stream
            if isinstance(stream, httpx.AsyncByteStream):
                await stream.aclose()
        finally:
            self._trace.end()
