"""Raw responses: ``client.with_raw_response.<method>(...)`` gives the HTTP response with the result.

The openai-python convention (``LegacyAPIResponse``): the object has ``status_code``,
``headers``, ``http_request`` and ``request_id``, and :meth:`RawResponse.parse` returns exactly what
the method returns without ``with_raw_response`` (the same class, with the same request id).

There is one call path. A raw call runs the usual method with a *capture* set for the duration of
the call (a :class:`contextvars.ContextVar`, so concurrent calls in other threads or tasks are not
affected); the client's send step (:func:`keep`) records the final successful
:class:`httpx.Response` of each request into it, with the number of retries the call flow made.
Nothing is sent twice and no decision of the call is repeated here: retries, redirects, auth and
errors are those of the plain call, and a failure raises the usual :class:`~muxi.MuxiError`.

What the raw response holds for the different kinds of methods:

- a plain call: the response whose body gave the result (read and closed);
- a stream (``chat_stream``, ``stream_events``, ``deploy_formation_stream``...): the stream's
  response, open; ``parse()`` is the stream, to iterate as usual (an async stream is opened by
  the raw call, so status and headers are known when it returns);
- a method that makes several requests (``set_secret`` after a 409, ``get_secret``...): the last
  successful one, the one the result came from;
- ``iter_artifact_content``: the content's response; the call reads the first chunk so that the
  request is sent, and ``parse()`` yields every chunk from the first.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, AsyncIterator, Generator
from contextvars import ContextVar
from typing import Any, Generic, TypeVar, cast

import httpx

from ..errors import ConfigurationError
from .json import is_object
from .results import get_request_id

__all__ = ["RawResponse", "capture_async", "capture_sync", "keep"]

T = TypeVar("T")
Y = TypeVar("Y")


class RawResponse(Generic[T]):
    """The HTTP response of a call made through ``client.with_raw_response``, with its usual result.

    Attributes:
        http_response: the final :class:`httpx.Response` (after retries and redirects). Its body
            has been read, unless the result is a stream that reads it.
        retries_taken: how many times the call was retried before this response.
    """

    __slots__ = ("_parsed", "_request_id", "http_response", "retries_taken")

    def __init__(self, response: httpx.Response, parsed: T, retries_taken: int = 0) -> None:
        self.http_response = response
        self.retries_taken = retries_taken
        self._parsed = parsed
        self._request_id: str | None = get_request_id(parsed)

    def parse(self) -> T:
        """The result the method returns without ``with_raw_response`` (the same object every time)."""
        return self._parsed

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers (case-insensitive)."""
        return self.http_response.headers

    @property
    def http_request(self) -> httpx.Request:
        """The request that got this response (the last attempt's, with its idempotency key)."""
        return self.http_response.request

    @property
    def url(self) -> httpx.URL:
        """The URL of the request."""
        return self.http_response.url

    @property
    def method(self) -> str:
        """The HTTP method of the request."""
        return self.http_request.method

    @property
    def request_id(self) -> str | None:
        """The formation's id of the request (the envelope's ``request.id``), when the body carried one.

        None for the server API, for bodies without an envelope, and for streams (whose body is
        read by iterating them: chat events carry ``request_id``).
        """
        if self._request_id is None:
            self._request_id = _envelope_request_id(self.http_response)
        return self._request_id

    def __repr__(self) -> str:
        response = self.http_response
        url = response.request.url.copy_with(query=None)  # the query may carry ids; no header is shown
        return (
            f"<RawResponse [{response.status_code} {response.reason_phrase}] {self.method} {url} "
            f"-> {type(self._parsed).__name__}>"
        )


def _envelope_request_id(response: httpx.Response) -> str | None:
    """The ``request.id`` of a read JSON envelope body (None when there is none)."""
    if not response.is_stream_consumed or "json" not in response.headers.get("content-type", ""):
        return None
    try:
        body = json.loads(response.content)
    except (ValueError, RecursionError, httpx.ResponseNotRead):
        return None
    request = body.get("request") if is_object(body) else None
    request_id = request.get("id") if is_object(request) else None
    return request_id if isinstance(request_id, str) else None


class _Capture:
    """The response of the current raw call, recorded by :func:`keep`."""

    __slots__ = ("response", "retries")

    def __init__(self) -> None:
        self.response: httpx.Response | None = None
        self.retries = 0

    def raw(self, name: str, result: T) -> RawResponse[T]:
        if self.response is None:  # every method of a with_raw_response object sends a request
            raise ConfigurationError(f"{name}() sent no request, so it has no raw response")
        return RawResponse(self.response, result, self.retries)


_capture: ContextVar[_Capture | None] = ContextVar("muxi_raw_response", default=None)


def keep(response: httpx.Response, retries: int) -> None:
    """Record ``response`` for the raw call running in this context, if any (the send step calls it)."""
    capture = _capture.get()
    if capture is not None:
        capture.response, capture.retries = response, retries


def capture_sync(name: str, method: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> RawResponse[Any]:
    """Call ``method(*args, **kwargs)`` and return its result with the response it got."""
    capture = _Capture()
    token = _capture.set(capture)
    try:
        result: object = method(*args, **kwargs)
        if capture.response is None and isinstance(result, Generator):
            result = _primed(cast("Generator[object, None, None]", result))  # sent when first advanced
    finally:
        _capture.reset(token)
    return capture.raw(name, result)


async def capture_async(name: str, method: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> RawResponse[Any]:
    """Call ``method(*args, **kwargs)`` and await the result, with the response it got.

    Awaiting an async stream opens it.
    """
    capture = _Capture()
    token = _capture.set(capture)
    try:
        value: Any = method(*args, **kwargs)
        if isinstance(value, AsyncGenerator):
            result: object = await _async_primed(cast("AsyncGenerator[object, None]", value))
        else:
            result = await value
    finally:
        _capture.reset(token)
    return capture.raw(name, result)


def _primed(generator: Generator[Y, None, None]) -> Generator[Y, None, None]:
    """Advance ``generator`` once now (sending its request) and yield everything it yields."""
    try:
        first = next(generator)
    except StopIteration:
        return _nothing()
    return _chain_sync(first, generator)


def _nothing() -> Generator[Any, None, None]:
    yield from ()


def _chain_sync(first: Y, rest: Generator[Y, None, None]) -> Generator[Y, None, None]:
    try:
        yield first
        yield from rest
    finally:
        rest.close()


async def _async_primed(generator: AsyncGenerator[Y, None]) -> AsyncIterator[Y]:
    """Advance an async generator once now (sending its request); the iterator yields all of it."""
    try:
        first = await generator.__anext__()
    except StopAsyncIteration:
        return _empty()
    return _chain_async(first, generator)


async def _empty() -> AsyncGenerator[Any, None]:
    return
    yield  # an async generator that yields nothing


async def _chain_async(first: Y, rest: AsyncGenerator[Y, None]) -> AsyncGenerator[Y, None]:
    try:
        yield first
        async for item in rest:
            yield item
    finally:
        await rest.aclose()
