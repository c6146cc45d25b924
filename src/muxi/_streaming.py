"""Typed event streams over SSE responses, for both APIs, sync and async.

A stream is opened lazily (on first iteration, ``with``, or ``await`` for async streams) through
the client's normal call flow — so it gets the same auth, retries before the first byte, and
typed errors — then decodes the body with the one :class:`~muxi._sse.SSEDecoder` and turns each
event into a typed value with a sans-I/O ``convert`` function. ``close()`` closes the
connection at once; leaving a ``with`` block or breaking out of a loop that finished the
generator closes it too. :class:`Stream` and :class:`AsyncStream` differ only in their I/O.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterable, Iterator, Mapping
from types import TracebackType
from typing import Any, Generic, TypeVar, cast

import httpx

from ._json import is_object
from ._sse import LiteralNewlineFrames, ServerSentEvent, SSEDecoder
from .errors import ConnectionError, FormationError, ResponseValidationError, StreamError, TimeoutError

__all__ = ["AsyncStream", "Stream", "StreamEvent", "typed_events"]

E = TypeVar("E")
Convert = Callable[[ServerSentEvent], Iterable[E]]


class _Decoding(Generic[E]):
    """The I/O-free half: bytes in, typed events out."""

    __slots__ = ("_closed", "_convert", "_repair", "_response", "_sse")

    def __init__(self, convert: Convert[E], repair: LiteralNewlineFrames | None = None) -> None:
        self._sse = SSEDecoder()
        self._convert = convert
        self._repair = repair
        self._response: httpx.Response | None = None
        self._closed = False

    def _decode(self, chunk: bytes) -> list[E]:
        if self._repair is not None:
            chunk = self._repair(chunk)
        convert = self._convert
        return [event for sse in self._sse.feed(chunk) for event in convert(sse)]

    def _finish(self) -> list[E]:
        tail = self._sse.feed(self._repair.flush()) if self._repair is not None else []
        return [event for sse in [*tail, *self._sse.close()] for event in self._convert(sse)]

    @property
    def response(self) -> httpx.Response | None:
        """The HTTP response once the stream is open (status, headers)."""
        return self._response

    @property
    def closed(self) -> bool:
        """Whether the connection has been closed."""
        return self._closed

    def _interrupted(self, exc: httpx.TransportError) -> Exception:
        if isinstance(exc, httpx.TimeoutException):
            return TimeoutError(f"the event stream timed out: {exc or type(exc).__name__}")
        return ConnectionError(f"the event stream was interrupted: {exc or type(exc).__name__}")


class Stream(_Decoding[E]):
    """A blocking stream of typed events; iterate it, or use it as a context manager."""

    __slots__ = ("_iterator", "_open")

    def __init__(
        self,
        open_response: Callable[[], httpx.Response],
        convert: Convert[E],
        repair: LiteralNewlineFrames | None = None,
    ) -> None:
        super().__init__(convert, repair)
        self._open = open_response
        self._iterator: Iterator[E] | None = None

    def _start(self) -> httpx.Response:
        if self._closed:
            raise StreamError("the stream is closed")
        if self._response is None:
            self._response = self._open()
            del self._open  # the request (and any upload) is no longer needed once the response started
        return self._response

    def __iter__(self) -> Iterator[E]:
        if self._iterator is None:
            self._iterator = self._events()
        return self._iterator

    def __next__(self) -> E:
        return next(iter(self))

    def _events(self) -> Generator[E, None, None]:
        response = self._start()
        try:
            for chunk in response.iter_bytes():
                yield from self._decode(chunk)
            yield from self._finish()
        except httpx.TransportError as exc:
            raise self._interrupted(exc) from exc
        finally:
            self.close()

    def close(self) -> None:
        """Close the connection now (idempotent)."""
        self._closed = True
        if self._response is not None:
            self._response.close()

    def __enter__(self: _S) -> _S:
        self._start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncStream(_Decoding[E]):
    """An asynchronous stream of typed events.

    Use ``async for event in stream``, ``async with stream``, or ``await stream`` (which opens the
    connection and returns the stream itself, so ``async for e in await client.chat_stream(...)``
    works too).
    """

    __slots__ = ("_iterator", "_open")

    def __init__(
        self,
        open_response: Callable[[], Awaitable[httpx.Response]],
        convert: Convert[E],
        repair: LiteralNewlineFrames | None = None,
    ) -> None:
        super().__init__(convert, repair)
        self._open = open_response
        self._iterator: AsyncIterator[E] | None = None

    async def _start(self) -> httpx.Response:
        if self._closed:
            raise StreamError("the stream is closed")
        if self._response is None:
            self._response = await self._open()
            del self._open
        return self._response

    def __await__(self: _A) -> Generator[Any, None, _A]:
        return self._opened().__await__()

    async def _opened(self: _A) -> _A:
        await self._start()
        return self

    def __aiter__(self) -> AsyncIterator[E]:
        if self._iterator is None:
            self._iterator = self._events()
        return self._iterator

    async def __anext__(self) -> E:
        return await self.__aiter__().__anext__()

    async def _events(self) -> AsyncIterator[E]:
        response = await self._start()
        try:
            async for chunk in response.aiter_bytes():
                for event in self._decode(chunk):
                    yield event
            for event in self._finish():
                yield event
        except httpx.TransportError as exc:
            raise self._interrupted(exc) from exc
        finally:
            await self.aclose()

    async def aclose(self) -> None:
        """Close the connection now (idempotent)."""
        self._closed = True
        if self._response is not None:
            await self._response.aclose()

    async def __aenter__(self: _A) -> _A:
        await self._start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


_S = TypeVar("_S", bound=Stream[Any])
_A = TypeVar("_A", bound=AsyncStream[Any])


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


def typed_events(models: Mapping[str, Any], *, raise_errors: bool) -> Convert[StreamEvent[Any, Any]]:
    """A ``convert`` that parses each frame with the model the spec names for its event.

    An ``error`` frame raises :class:`~muxi.FormationError` (unless ``raise_errors`` is False);
    a frame that does not fit its model raises :class:`~muxi.ResponseValidationError`; an event
    the spec does not name is skipped with a warning on the ``muxi`` logger (a newer server may
    send events this SDK does not know yet; regenerate to get them).
    """
    warned: set[str] = set()

    def convert(sse: ServerSentEvent) -> tuple[StreamEvent[Any, Any], ...]:
        try:
            payload: Any = sse.json()
        except StreamError:
            payload = sse.data  # not JSON: reported below as not fitting the schema
        if sse.event == "error" and raise_errors:
            body = payload if is_object(payload) else {"message": str(payload)}
            message = str(body.get("message") or body.get("error") or "the stream reported an error")
            code = body.get("error") if body.get("message") else body.get("code")
            raise FormationError(message, code=str(code) if code else None, details=body)
        model = models.get(sse.event)
        if model is None:
            if sse.event not in warned:
                warned.add(sse.event)
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

    return convert
