"""The I/O shells of :func:`~muxi._core.transport.call_flow`: the only code that sends, reads or waits.

:func:`run_sync` and :func:`run_async` drive a flow: each :class:`~muxi._core.transport.Send`
becomes one ``httpx`` send whose body is read here (unless it is a 2xx stream), each
:class:`~muxi._core.transport.Sleep` one wait. Every decision about what was read is the flow's;
what the shells decide is only how a body is read, and that is written once in :class:`_Body`:

- the wire bytes reach the decoder in slices of at most 8 KiB, so a compression bomb never
  expands far before its decoded size is counted against the call's ``max_bytes``
  (:class:`~muxi._core.transport.TooLarge`: the bytes are dropped, the connection closed);
- each read may wait no longer than the call's deadline leaves, and reading stops with
  :class:`httpx.ReadTimeout` once it has passed;
- bytes past the end of a response's framing close its connection instead of pooling it, so
  they can never be read as the answer to the next request.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from typing import cast

import httpx

from . import aio, transport
from .logging import logger
from .transport import MIN_TIMEOUT, Flow, Outcome, Send, Sleep, TooLarge, Undecodable

__all__ = ["run_async", "run_sync", "sleep_async", "sleep_sync"]

_WIRE_SLICE = 8 * 1024  # wire bytes handed to the decoder at once: bounds how far one slice can expand
_LAYERS = ("_connection", "_stream", "_httpcore_stream")  # the attributes one layer of httpx/httpcore holds the next in


def sleep_sync(seconds: float) -> None:
    """The blocking wait between retries (tests replace it to count waits instead of waiting)."""
    time.sleep(seconds)


async def sleep_async(seconds: float) -> None:
    """Wait between retries, on the library running the call: asyncio or trio (tests replace it)."""
    await aio.sleep(seconds)


def run_sync(client: httpx.Client, flow: Flow) -> httpx.Response:
    """Drive ``flow`` with a blocking :class:`httpx.Client`."""
    outcome: Outcome = None
    try:
        while True:
            action = flow.send(outcome)
            if isinstance(action, Sleep):
                sleep_sync(action.seconds)
                outcome = None
            else:
                outcome = _send_sync(client, action)
    except StopIteration as done:
        return cast("httpx.Response", done.value)


async def run_async(client: httpx.AsyncClient, flow: Flow) -> httpx.Response:
    """Drive ``flow`` with an :class:`httpx.AsyncClient`."""
    outcome: Outcome = None
    try:
        while True:
            action = flow.send(outcome)
            outcome = await (sleep_async(action.seconds) if isinstance(action, Sleep) else _send_async(client, action))
    except StopIteration as done:
        return cast("httpx.Response", done.value)


def _send_sync(client: httpx.Client, action: Send) -> Outcome:
    try:
        response = client.send(action.request, auth=action.auth, stream=True, follow_redirects=False)
    except (httpx.TransportError, httpx.DecodingError) as exc:
        return _failure(exc, None)
    if action.stream and response.is_success:  # a stream's body is read by its consumer
        return response
    return _Body(response, action).read_sync()


async def _send_async(client: httpx.AsyncClient, action: Send) -> Outcome:
    """The async :func:`_send_sync`."""
    try:
        response = await client.send(action.request, auth=action.auth, stream=True, follow_redirects=False)
    except (httpx.TransportError, httpx.DecodingError) as exc:
        return _failure(exc, None)
    if action.stream and response.is_success:
        return response
    return await _Body(response, action).read_async()


class _TooLarge(Exception):
    """Raised while a body is read, once it has grown past ``limit`` decoded bytes."""

    def __init__(self, limit: int) -> None:
        self.limit = limit


def _failure(exc: Exception, response: httpx.Response | None) -> Outcome:
    """The outcome of a send (``response`` None) or of reading its body that raised ``exc``."""
    if isinstance(exc, _TooLarge) and response is not None:
        _discard_connection(response)
        setattr(response, "_content", b"")  # noqa: B010 - the response keeps its status and headers, not the body
        return TooLarge(response, exc.limit)
    if isinstance(exc, httpx.DecodingError):
        return Undecodable(response, exc)  # response None: the transport read the body itself
    assert isinstance(exc, httpx.TransportError)
    return exc


class _Body:
    """The decoded body of a response, read and counted against its call's ``max_bytes``; then closed.

    Made before the first read: it caps the reads at the deadline's time left and puts a
    :class:`_BodyStream` under the decoder.
    """

    __slots__ = ("_chunks", "_limit", "_response", "_size")

    def __init__(self, response: httpx.Response, action: Send) -> None:
        if action.expires is not None:
            _read_timeout_until(response, action.expires)
        response.stream = _BodyStream(response.stream, action.expires, response.request)
        self._response, self._limit, self._size, self._chunks = response, action.max_bytes, 0, list[bytes]()

    def read_sync(self) -> Outcome:
        try:
            for chunk in self._response.iter_bytes():
                self._add(chunk)
            return self._content()
        except (httpx.TransportError, httpx.DecodingError, _TooLarge) as exc:
            return _failure(exc, self._response)
        finally:
            self._response.close()

    async def read_async(self) -> Outcome:
        try:
            async for chunk in self._response.aiter_bytes():
                self._add(chunk)
            return self._content()
        except (httpx.TransportError, httpx.DecodingError, _TooLarge) as exc:
            return _failure(exc, self._response)
        finally:
            await self._response.aclose()

    def _add(self, chunk: bytes) -> None:
        self._size += len(chunk)
        if self._limit is not None and self._size > self._limit:
            self._chunks.clear()
            raise _TooLarge(self._limit)
        self._chunks.append(chunk)

    def _content(self) -> httpx.Response:
        """The response, its content set as :meth:`httpx.Response.read` sets it."""
        setattr(self._response, "_content", b"".join(self._chunks))  # noqa: B010
        return self._response


class _BodyStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body (blocking or async) handed to the decoder in small slices.

    It stops with :class:`httpx.ReadTimeout` once the deadline (if any) has passed.
    """

    def __init__(
        self, stream: httpx.SyncByteStream | httpx.AsyncByteStream, expires: float | None, request: httpx.Request
    ) -> None:
        self._stream, self._expires, self._request = stream, expires, request

    def __iter__(self) -> Iterator[bytes]:
        for chunk in cast("httpx.SyncByteStream", self._stream):
            yield from self._pieces(chunk)
        _check_framing(self._stream)  # before httpx closes the response and pools its connection

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in cast("httpx.AsyncByteStream", self._stream):
            for piece in self._pieces(chunk):
                yield piece
        _check_framing(self._stream)

    def _pieces(self, chunk: bytes) -> tuple[bytes] | Iterator[bytes]:
        if self._expires is not None and transport.monotonic() >= self._expires:
            raise httpx.ReadTimeout("the call's deadline passed while its body was being read", request=self._request)
        if len(chunk) <= _WIRE_SLICE:  # most reads: no slicing generator
            return (chunk,)
        return (chunk[start : start + _WIRE_SLICE] for start in range(0, len(chunk), _WIRE_SLICE))

    def close(self) -> None:
        cast("httpx.SyncByteStream", self._stream).close()

    async def aclose(self) -> None:
        await cast("httpx.AsyncByteStream", self._stream).aclose()


def _read_timeout_until(response: httpx.Response, expires: float) -> None:
    """Before the body is read: each of its reads may wait no longer than the time left."""
    timeouts = response.request.extensions.get("timeout")
    if isinstance(timeouts, dict):
        phases = cast("dict[str, float | None]", timeouts)
        left = max(expires - transport.monotonic(), MIN_TIMEOUT)
        read = phases.get("read")
        phases["read"] = left if read is None else min(float(read), left)


def _h11_state(stream: object) -> object | None:
    """The h11 state machine of the HTTP/1.1 connection a response body is read from, if any.

    httpx and httpcore keep it a few private layers below ``response.stream``; every step is
    looked up defensively, so another transport (HTTP/2, a mock) simply yields None.
    """
    layer: object | None = stream
    for _ in range(8):  # a plain loop, no generator: it runs once per response
        if layer is None:
            return None
        state: object | None = getattr(layer, "_h11_state", None)
        if state is not None:
            return state
        below = None
        for name in _LAYERS:
            found = getattr(layer, name, None)
            if found:
                below = found
                break
        layer = below
    return None


def _discard_connection(response: httpx.Response) -> None:
    """Make closing ``response`` close its connection instead of returning it to the pool."""
    send_failed = getattr(_h11_state(response.stream), "send_failed", None)
    if callable(send_failed):
        send_failed()


def _check_framing(stream: object) -> None:
    """Once a body has been read, close its connection if bytes its framing does not account for follow it.

    Left in the buffer, they would be read as the answer to the next request.
    """
    state = _h11_state(stream)
    trailing = getattr(state, "trailing_data", None)
    send_failed = getattr(state, "send_failed", None)
    if isinstance(trailing, tuple) and trailing and trailing[0] and callable(send_failed):
        logger.debug("bytes past the end of a response: its connection is closed, not reused")
        send_failed()  # h11 state ERROR: httpcore closes the connection when the response closes
