"""Typed event streams over SSE responses, for both APIs, sync and async.

A blocking stream is opened when the method that returns it is called (so HTTP, auth and
configuration errors are raised right there); an asynchronous one when it is awaited, entered,
or first iterated. Both go through the client's normal call flow — the same auth, retries before
the first byte, and typed errors — then decode the body with the one
:class:`~muxi._core.sse.SSEDecoder` and turn each event into a typed value with a sans-I/O
``convert`` function.

The state of a stream lives in a :class:`_Reader` that never refers back to the stream, and the
generator that reads the body only holds the reader: there is no reference cycle, so a stream
(or its iterator) dropped mid-body — ``break`` out of a ``for`` loop without ``with`` — is freed
by reference counting at once, and the generator's ``finally`` closes the connection (for
``async for``, on the running loop). A stream opened but never iterated is closed by its
finalizer. ``close()`` closes the connection at once, also from another thread while one is
blocked reading the body (it shuts the socket down), and ``aclose()`` from another task: the
reading loop just ends. Reading to the end closes it too. A body
that ends before the stream's terminal event (``done`` of a chat turn, ``complete`` of a
deploy...) raises :class:`~muxi.StreamError`; iterating a stream that is exhausted or closed
raises it too. :class:`Stream` and :class:`AsyncStream` differ only in their I/O.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import weakref
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Collection,
    Generator,
    Iterable,
    Iterator,
    Mapping,
)
from types import TracebackType
from typing import Any, Generic, TypeVar, cast

import httpx

from ..errors import ConnectionError, FormationError, ResponseValidationError, StreamError, TimeoutError
from . import aio
from .json import is_object
from .otel import TRACE_EXTENSION, CallTrace
from .sse import LiteralNewlineFrames, ServerSentEvent, SSEDecoder

__all__ = ["AsyncStream", "Stream", "StreamEvent", "TypedEvents", "send_now", "typed_events"]

E = TypeVar("E")
Convert = Callable[[ServerSentEvent], Iterable[E]]
Incomplete = Callable[[], "str | None"]
"""Says why a stream whose body ended is incomplete (its terminal event never came), or None."""


class _Reader(Generic[E]):
    """Everything a stream knows, without I/O and without a reference to the stream itself."""

    __slots__ = ("closed", "convert", "done", "failure", "incomplete", "open", "repair", "response", "sse", "trace")

    def __init__(
        self, open_response: Callable[[], Any], convert: Convert[E], repair: LiteralNewlineFrames | None,
        incomplete: Incomplete | None,
    ) -> None:  # fmt: skip
        self.open: Callable[[], Any] | None = open_response  # dropped once the response started
        self.response: httpx.Response | None = None
        self.closed = False
        self.done = False  # the body ended with its terminal event and every event was handed out
        self.failure: Exception | None = None  # raised once the events decoded before it were handed out
        self.sse = SSEDecoder()
        self.convert = convert
        self.repair = repair
        self.incomplete = incomplete
        self.trace: CallTrace | None = None  # the call's span when OpenTelemetry traces it (muxi._core.otel)

    def decode(self, chunk: bytes) -> list[E]:
        if self.repair is not None:
            chunk = self.repair(chunk)
        convert = self.convert
        events: list[E] = []
        try:
            for sse in self.sse.feed(chunk):
                events += convert(sse)
            if self.sse.failure is not None:  # a limit crossed after the events it returned
                raise self.sse.failure
        except Exception as exc:
            if not events:
                raise
            self.failure = exc  # the events before the failing frame come first
        return events

    def finish(self) -> list[E]:
        """The events completed by the end of the body."""
        tail = self.sse.feed(self.repair.flush()) if self.repair is not None else []
        events = [event for sse in [*tail, *self.sse.close()] for event in self.convert(sse)]
        return events

    def raise_failure(self) -> None:
        failure, self.failure = self.failure, None
        if failure is not None:
            raise failure

    def end(self) -> None:
        """The body ended: :class:`~muxi.StreamError` when its terminal event never came."""
        self.raise_failure()
        problem = self.incomplete() if self.incomplete is not None else None
        if problem is not None:
            raise StreamError(problem)
        self.done = True

    def ended(self) -> StreamError:
        """Why a closed stream cannot be read."""
        if self.done:
            return StreamError("the stream is exhausted: every event was read; make a new call")
        return StreamError("the stream is closed; make a new call")

    def opener(self) -> Callable[[], Any]:
        """The function that sends the request, once: the stream counts as closed until it returns."""
        opener, self.open = self.open, None  # the request (and any upload) is not needed once it started
        if self.closed or opener is None:
            raise self.ended()
        self.closed = True  # a failed request leaves a closed stream behind, not a silent one
        return opener

    def opened(self, response: httpx.Response) -> httpx.Response:
        self.response = response
        self.closed = False
        trace = response.extensions.get(TRACE_EXTENSION)
        self.trace = trace if isinstance(trace, CallTrace) else None
        return response

    def fail(self, exc: Exception) -> None:
        """Raise what a failed read raises (a network failure as a MuxiError), told to the call's trace.

        Returns instead when the stream was closed meanwhile (by another thread or task): the read
        failed because of that, a clean end.
        """
        if self.closed:
            return
        error = self.interrupted(exc) if isinstance(exc, httpx.TransportError) else exc
        if self.trace is not None:
            self.trace.failed(error)
        if error is exc:
            raise exc
        raise error from exc

    @staticmethod
    def interrupted(exc: httpx.TransportError) -> Exception:
        if isinstance(exc, httpx.TimeoutException):
            return TimeoutError(f"the event stream timed out: {exc or type(exc).__name__}")
        return ConnectionError(f"the event stream was interrupted: {exc or type(exc).__name__}")


def _shut_down(response: httpx.Response) -> None:
    """Shut the response's socket down, so a read blocked on it in another thread returns at once.

    Closing a socket does not wake a thread blocked in ``recv`` on it; ``shutdown`` does. The
    socket is reached through httpcore's ``network_stream`` extension, defensively: a transport
    without one (a mock, HTTP/2 streams sharing a connection...) is left to ``response.close()``.
    """
    with contextlib.suppress(Exception):
        sock = response.extensions["network_stream"].get_extra_info("socket")
        if isinstance(sock, socket.socket):
            socket.socket.shutdown(sock, socket.SHUT_RDWR)  # the plain socket's, also under TLS


def _handed(events: list[E], trace: CallTrace | None) -> Iterable[E]:
    """``events`` as they are handed to the caller, each told to ``trace`` when the call is traced.

    Counting at hand-over, not at decoding, keeps events decoded but never read (a stream closed
    early) out of the span's ``muxi.stream.events`` and captured content.
    """
    return events if trace is None else _telling(events, trace)


def _telling(events: list[E], trace: CallTrace) -> Iterator[E]:
    for event in events:
        trace.delivered(event)
        yield event


def _events(reader: _Reader[E], response: httpx.Response) -> Generator[E, None, None]:
    """The events of a blocking stream (it holds the reader, never the stream)."""
    try:
        decode, trace = reader.decode, reader.trace
        for chunk in response.iter_bytes():
            if reader.closed:  # closed from another thread: what it read since is dropped
                return
            yield from _handed(decode(chunk), trace)
            if reader.failure is not None:
                reader.raise_failure()
        if reader.closed:
            return
        yield from _handed(reader.finish(), trace)
        reader.end()
    except Exception as exc:
        reader.fail(exc)
    finally:
        reader.closed = True
        response.close()


async def _async_events(reader: _Reader[E]) -> AsyncGenerator[E, None]:
    """The events of an asynchronous stream, opening it first if needed."""
    response = reader.response
    if response is None:
        response = reader.opened(await reader.opener()())
    try:
        decode, trace = reader.decode, reader.trace
        async for chunk in response.aiter_bytes():
            if reader.closed:  # closed by another task: what it read since is dropped
                return
            for event in _handed(decode(chunk), trace):
                yield event
            if reader.failure is not None:
                reader.raise_failure()
        if reader.closed:
            return
        for event in _handed(reader.finish(), trace):
            yield event
        reader.end()
    except Exception as exc:
        reader.fail(exc)
    finally:
        reader.closed = True
        await response.aclose()


class _StreamBase(Generic[E]):
    __slots__ = ("_iterator", "_reader")

    def __init__(
        self,
        open_response: Callable[[], Any],
        convert: Convert[E],
        repair: LiteralNewlineFrames | None = None,
        incomplete: Incomplete | None = None,
    ) -> None:
        self._reader: _Reader[E] = _Reader(open_response, convert, repair, incomplete)

    @property
    def response(self) -> httpx.Response | None:
        """The HTTP response once the stream is open (status, headers)."""
        return self._reader.response

    @property
    def closed(self) -> bool:
        """Whether the connection has been closed."""
        return self._reader.closed

    @property
    def _done(self) -> bool:
        return self._reader.done


class Stream(_StreamBase[E]):
    """A blocking stream of typed events; iterate it, or use it as a context manager.

    The request was sent when the stream was made. Iterating it again once it is exhausted or
    closed raises :class:`~muxi.StreamError`.
    """

    __slots__ = ()

    def __init__(
        self,
        open_response: Callable[[], httpx.Response],
        convert: Convert[E],
        repair: LiteralNewlineFrames | None = None,
        incomplete: Incomplete | None = None,
    ) -> None:
        super().__init__(open_response, convert, repair, incomplete)
        self._iterator: Generator[E, None, None] | None = None

    def _start(self) -> httpx.Response:
        reader = self._reader
        response = reader.response
        if response is None:
            response = reader.opened(reader.opener()())
        elif reader.closed:
            raise reader.ended()
        return response

    def __iter__(self) -> Iterator[E]:
        iterator = self._iterator
        if iterator is None:
            response = self._start()
            iterator = self._iterator = _events(self._reader, response)
            # Dropped before its first step, a generator never runs its ``finally``: close it anyway.
            weakref.finalize(iterator, response.close).atexit = False
        elif self._reader.closed:
            raise self._reader.ended()
        return iterator

    def __next__(self) -> E:
        return next(self.__iter__())

    def close(self) -> None:
        """Close the connection now (idempotent)."""
        reader = self._reader
        reader.closed = True
        iterator, self._iterator = self._iterator, None
        if iterator is not None:
            # Its ``finally`` closes the response; events decoded but not read yet are dropped. When it
            # is running in another thread (ValueError), that thread may be blocked reading the socket,
            # which closing the response does not wake: shut the socket down first. The read then
            # returns or fails, and the iteration ends there (it sees ``reader.closed``).
            try:
                iterator.close()
            except ValueError:
                if reader.response is not None:
                    _shut_down(reader.response)
        if reader.response is not None:
            reader.response.close()

    def __del__(self) -> None:
        # The last resort for a stream opened but never iterated. An iterator closes the response
        # itself when it is dropped: a ``for`` loop holds it, not the stream, which may go first.
        try:
            reader = self._reader
            if self._iterator is None and not reader.closed and reader.response is not None:
                reader.response.close()
        except Exception:  # noqa: S110  # interpreter shutdown, a half-built stream: nothing left to do
            pass

    def __enter__(self: _S) -> _S:
        self._start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _aclose_soon(response: httpx.Response) -> None:
    """Close ``response`` on the running asyncio loop or trio run (from a finalizer, which cannot await)."""
    if not response.is_closed:
        aio.spawn_soon(response.aclose)  # no running loop or run (it is gone): nothing to run it on


class AsyncStream(_StreamBase[E]):
    """An asynchronous stream of typed events.

    Use ``async for event in stream``, ``async with stream``, or ``await stream`` (which opens the
    connection — raising HTTP, auth and configuration errors there — and returns the stream
    itself, so ``async for e in await client.chat_stream(...)`` works too). Iterating it again
    once it is exhausted or closed raises :class:`~muxi.StreamError`.
    """

    __slots__ = ()

    def __init__(
        self,
        open_response: Callable[[], Awaitable[httpx.Response]],
        convert: Convert[E],
        repair: LiteralNewlineFrames | None = None,
        incomplete: Incomplete | None = None,
    ) -> None:
        super().__init__(open_response, convert, repair, incomplete)
        self._iterator: AsyncGenerator[E, None] | None = None

    async def _start(self) -> httpx.Response:
        reader = self._reader
        response = reader.response
        if response is None:
            response = reader.opened(await reader.opener()())
        elif reader.closed:
            raise reader.ended()
        return response

    def __await__(self: _A) -> Generator[Any, None, _A]:
        return self._opened().__await__()

    async def _opened(self: _A) -> _A:
        await self._start()
        return self

    def __aiter__(self) -> AsyncIterator[E]:
        iterator = self._iterator
        if iterator is None:
            if self._reader.closed:
                raise self._reader.ended()
            iterator = self._iterator = _async_events(self._reader)
            if self._reader.response is not None:  # opened by ``await``: see Stream.__iter__
                weakref.finalize(iterator, _aclose_soon, self._reader.response).atexit = False
        elif self._reader.closed:
            raise self._reader.ended()
        return iterator

    async def __anext__(self) -> E:
        return await self.__aiter__().__anext__()

    async def aclose(self) -> None:
        """Close the connection now (idempotent)."""
        reader = self._reader
        reader.closed = True
        iterator, self._iterator = self._iterator, None
        if iterator is not None:
            # Its ``finally`` closes the response; events decoded but not read yet are dropped. When
            # another task is running it (RuntimeError), closing the response below stops it.
            with contextlib.suppress(RuntimeError):
                await iterator.aclose()
        if reader.response is not None:
            await reader.response.aclose()

    def __del__(self) -> None:
        # The last resort for a stream opened but never iterated: close it on the running loop. A
        # dropped iterator is closed by the loop's async-generator finalizer (or its own finalizer).
        try:
            reader = self._reader
            if self._iterator is None and not reader.closed and reader.response is not None:
                _aclose_soon(reader.response)
        except Exception:  # noqa: S110  # interpreter shutdown, a half-built stream: nothing left to do
            pass

    async def __aenter__(self: _A) -> _A:
        await self._start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


_S = TypeVar("_S", bound=Stream[Any])
_A = TypeVar("_A", bound=AsyncStream[Any])
_Either = TypeVar("_Either", bound="Stream[Any] | AsyncStream[Any]")


def send_now(stream: _Either) -> _Either:
    """Open a blocking stream now; return an async stream as is.

    A blocking stream is opened here, so HTTP, auth and configuration errors are raised by the call
    that made it (as openai's ``create(stream=True)`` does); an async stream opens when awaited,
    entered or first iterated.
    """
    if isinstance(stream, Stream):
        stream._start()  # pyright: ignore[reportPrivateUsage]
    return stream


N = TypeVar("N", bound=str)
D = TypeVar("D")


class StreamEvent(Generic[N, D]):
    """One event of a typed stream (formation events and logs, server progress and log tails).

    Generic in the event name (a ``Literal``) and the frame model the spec names for it, so the
    stream types (:data:`muxi.FormationLogEvent`, :data:`muxi.DeployEvent`...) are unions that
    narrow on the name: after ``if event.event == "log":``, ``event.data`` is the ``log`` model.

    Attributes:
        event: the SSE event name (``message`` when the server sent none).
        data: the frame's data as the generated model named for this event in the spec
            (``x-muxi-sse-events``).
        id: the SSE last event id.
    """

    __slots__ = ("data", "event", "id")

    def __init__(self, event: N, data: D, id: str = "") -> None:
        self.event: N = event
        self.data: D = data
        self.id = id

    def __repr__(self) -> str:
        return f"StreamEvent(event={self.event!r}, data={self.data!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StreamEvent):
            return NotImplemented
        that = cast("StreamEvent[str, object]", other)  # isinstance leaves the type arguments unknown
        return (self.event, self.data, self.id) == (that.event, that.data, that.id)

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> tuple[type[StreamEvent[N, D]], tuple[N, D, str]]:
        return (type(self), (self.event, self.data, self.id))

    def get(self, key: str, default: object = None) -> object:
        """Dict-style access to the frame data (``event.get("message")``)."""
        if key == "event":
            return self.event
        to_dict = getattr(self.data, "to_dict", None)
        data: object = to_dict() if to_dict is not None else self.data
        return data.get(key, default) if is_object(data) else default


_log = logging.getLogger("muxi")


class TypedEvents:
    """A ``convert`` that parses each frame with the model the spec names for its event.

    An ``error`` frame raises :class:`~muxi.FormationError` (unless ``raise_errors`` is False);
    a frame that does not fit its model raises :class:`~muxi.ResponseValidationError`; an event
    the spec does not name is skipped with a warning on the ``muxi`` logger (a newer server may
    send events this SDK does not know yet; regenerate to get them). ``terminal`` names the
    events that end the stream (``complete`` and ``error`` of a deploy): :meth:`incomplete`
    says what is missing when the body ended without one. Streams without a terminal event
    (formation events, log tails) end whenever the server ends them.
    """

    __slots__ = ("_warned", "ended", "models", "raise_errors", "terminal", "what")

    def __init__(
        self,
        models: Mapping[str, Any],
        *,
        raise_errors: bool,
        terminal: Collection[str] = (),
        what: str = "the event stream",
    ) -> None:
        self.models = models
        self.raise_errors = raise_errors
        self.terminal = frozenset(terminal)
        self.what = what
        self.ended = False
        self._warned: set[str] = set()

    def __call__(self, sse: ServerSentEvent) -> tuple[StreamEvent[Any, Any], ...]:
        if sse.event in self.terminal:
            self.ended = True
        try:
            payload: Any = sse.json()
        except StreamError:
            payload = sse.data  # not JSON: reported below as not fitting the schema
        if sse.event == "error" and self.raise_errors:
            body = payload if is_object(payload) else {"message": str(payload)}
            message = str(body.get("message") or body.get("error") or "the stream reported an error")
            code = body.get("error") if body.get("message") else body.get("code")
            raise FormationError(message, code=str(code) if code else None, details=body)
        model = self.models.get(sse.event)
        if model is None:
            if sse.event not in self._warned:
                self._warned.add(sse.event)
                _log.warning("skipping %r events: the API spec of this stream does not name them", sse.event)
            return ()
        try:
            if not isinstance(payload, dict):
                raise TypeError(f"expected a JSON object, got {type(payload).__name__}")
            data = model.from_dict(payload)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(
                f"a {sse.event!r} event does not fit the API schema ({type(exc).__name__}: {exc})",
                body=sse.data.encode(),
            ) from exc
        return (StreamEvent(sse.event, data, sse.id),)

    def incomplete(self) -> str | None:
        """Why the ended body is incomplete (no terminal event came), or None."""
        if not self.terminal or self.ended:
            return None
        expected = " or ".join(repr(name) for name in sorted(self.terminal))
        return (
            f"{self.what} ended before its final {expected} event: the server closed the connection "
            "before the operation reported its outcome"
        )


def typed_events(
    models: Mapping[str, Any], *, raise_errors: bool, terminal: Collection[str] = (), what: str = "the event stream"
) -> TypedEvents:
    """A :class:`TypedEvents` converter (see there)."""
    return TypedEvents(models, raise_errors=raise_errors, terminal=terminal, what=what)
