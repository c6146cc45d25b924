"""SyncClient and AsyncClient: :class:`~muxi._core.base_client.BaseClient` with its I/O.

Each adds the httpx client of its kind (created with the client, :mod:`muxi._core.pool`), sends a
prepared call by driving :func:`~muxi._core.transport.call_flow` with its shell
(:func:`~muxi._core.shells.run_sync` / :func:`~muxi._core.shells.run_async`), and the public
``warm()``, ``call()`` and closing of every client. Every decision stays in ``BaseClient`` and
``call_flow``; what is here differs between the two only by blocking or awaiting.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import TracebackType
from typing import IO, Any, TypeVar

import httpx

from .base_client import BaseClient
from .pool import abandon, running_loop
from .retry import RetryPolicy
from .shells import run_async, run_sync
from .streaming import AsyncStream, Stream
from .transport import Call

__all__ = ["AsyncClient", "SyncClient"]


class SyncClient(BaseClient[httpx.Client]):
    """Blocking I/O for a client: one pooled :class:`httpx.Client`, created with the client."""

    _http_client_type = httpx.Client
    _http_client_argument = "http_client"
    _stream_type = Stream

    def _opener(self, call: Call, policy: RetryPolicy, cleanup: Callable[[], None]) -> Callable[[], httpx.Response]:
        """Send ``call`` when invoked, then run ``cleanup`` (whatever the outcome)."""

        def open_response() -> httpx.Response:
            try:
                return self._send(call, policy)
            finally:
                cleanup()

        return open_response

    @staticmethod
    def _file_body(file: IO[bytes], block: int = 64 * 1024) -> Callable[[], Iterator[bytes]]:
        """A factory of iterators over ``file`` from its start (one per attempt)."""

        def chunks() -> Iterator[bytes]:
            file.seek(0)
            while data := file.read(block):
                yield data

        return chunks

    def _http(self) -> httpx.Client:
        """The pooled :class:`httpx.Client` (created once, even from many threads)."""
        pool = self._pool
        client = pool.state.client
        if client is not None and not pool.closed:
            return client
        return pool.sync_client(self._new_http_client, type(self).__name__)

    def warm(self, *operations: str) -> None:
        """Do now the one-time work that the first call of each named operation would do.

        Constructing a client already creates its connection pool and imports the generated API
        package; the first call of an operation still imports that operation's generated function
        and its request, response and event models (a few milliseconds). ``warm()`` does that for
        the operation ids given (see :meth:`operations`) or the client's own methods that are not
        one operation (``"chat_stream"``, ``"list_models"``, ``"deploy_formation_stream"``...). It
        sends nothing and opens no connection. Calling it again is cheap.

        Raises :class:`~muxi.ConfigurationError` for an unknown operation id or a closed client.
        """
        self._warm_operations(operations)
        self._http()

    def _send(self, call: Call, policy: RetryPolicy) -> httpx.Response:
        trace, flow = self._flow(call, policy)
        with trace:  # the call's span (when tracing): current while it runs, ended by done() or an error
            return trace.done(run_sync(self._http(), flow))

    def call(self, operation_id: str, /, **arguments: Any) -> Any:
        """Call any operation of the API by its ``operationId``, with the client's auth, retries and errors.

        ``arguments`` are the generated function's arguments (path and query parameters,
        ``body``: the operation's model or a dict) plus the per-call options
        ``idempotency_key``, ``timeout`` (seconds: the deadline of the whole call),
        ``max_retries``, ``max_response_bytes``, ``extra_headers``, ``extra_query`` and, for an operation with a JSON
        body, ``extra_body`` (and ``user_id`` for the Formation API). Returns the typed result.
        An unknown or missing argument raises ``TypeError``, a value that cannot be sent
        :class:`~muxi.ConfigurationError`, both before any I/O.
        """
        call, policy = self._prepare(operation_id, arguments)
        return self._result(operation_id, self._send(call, policy))

    def close(self) -> None:
        """Close the connection pool (not a user-supplied ``http_client``).

        It is shared with the copies made by ``with_options()``, which are closed too. A client that is
        never closed releases its connections when it (and every copy, and every open stream) is
        garbage collected.
        """
        pool = self._pool
        with pool.lock:
            pool.close()

    def __enter__(self: _SyncSelf) -> _SyncSelf:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncClient(BaseClient[httpx.AsyncClient]):
    """Asynchronous I/O for a client: one pooled :class:`httpx.AsyncClient`, created with the client."""

    _http_client_type = httpx.AsyncClient
    _http_client_argument = "async_http_client"
    _stream_type = AsyncStream

    def _opener(
        self, call: Call, policy: RetryPolicy, cleanup: Callable[[], None]
    ) -> Callable[[], Awaitable[httpx.Response]]:
        """Send ``call`` when awaited, then run ``cleanup`` (whatever the outcome)."""

        async def open_response() -> httpx.Response:
            try:
                return await self._send(call, policy)
            finally:
                cleanup()

        return open_response

    @staticmethod
    def _file_body(file: IO[bytes], block: int = 64 * 1024) -> Callable[[], AsyncIterator[bytes]]:
        """A factory of async iterators over ``file`` from its start (one per attempt)."""

        async def chunks() -> AsyncIterator[bytes]:
            file.seek(0)
            while data := file.read(block):
                yield data

        return chunks

    def _http(self) -> httpx.AsyncClient:
        """The pooled :class:`httpx.AsyncClient` of the running event loop (bound to it on first use).

        Connections belong to the loop that opened them. When the client is used from another
        loop (a second ``asyncio.run()``) and the first one has finished, the old pool's sockets
        are closed and a new pool is made for the new loop; while the first loop is still running
        (another thread), that raises :class:`~muxi.ConfigurationError`.
        """
        pool = self._pool
        client, bound = pool.state.client, pool.state.loop
        if client is not None and bound is not None and not pool.closed and bound() is running_loop():
            return client
        return pool.async_client(self._new_http_client, type(self).__name__)

    async def warm(self, *operations: str) -> None:
        """Do now, at start-up, the one-time work a first call would do on the event loop.

        Besides what :meth:`SyncClient.warm` does (the generated function and models of each
        operation id or method name given), it binds the connection pool to the running event loop and loads
        the async network backend that httpx's first connection would otherwise import while
        every other task waits. It sends nothing and opens no connection. Calling it again is
        cheap.

        Raises :class:`~muxi.ConfigurationError` for an unknown operation id or a closed client.
        """
        self._warm_operations(operations)
        self._http()
        import anyio.lowlevel  # httpx's own dependency; its first call loads the running library's backend

        await anyio.lowlevel.checkpoint()

    async def _send(self, call: Call, policy: RetryPolicy) -> httpx.Response:
        trace, flow = self._flow(call, policy)
        with trace:  # see SyncClient._send
            return trace.done(await run_async(self._http(), flow))

    async def call(self, operation_id: str, /, **arguments: Any) -> Any:
        """Call any operation of the API by its ``operationId``; see :meth:`SyncClient.call`."""
        call, policy = self._prepare(operation_id, arguments)
        return self._result(operation_id, await self._send(call, policy))

    async def aclose(self) -> None:
        """Close the connection pool (not a user-supplied ``async_http_client``).

        It is shared with the copies made by ``with_options()``, which are closed too. A client that is
        never closed releases its connections when it (and every copy, and every open stream) is
        garbage collected; its sockets are then closed without awaiting, even after its event loop
        has finished.
        """
        pool = self._pool
        with pool.lock:
            if not pool.owned:
                pool.close()  # marks it closed; the user's httpx client stays open
                return
            client, loop = pool.take()
        if client is None:
            return
        if loop is None or loop is running_loop():
            await client.aclose()
        else:  # opened on another, finished loop: awaiting its close here would fail
            abandon(client, loop)

    async def __aenter__(self: _AsyncSelf) -> _AsyncSelf:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


_SyncSelf = TypeVar("_SyncSelf", bound=SyncClient)
_AsyncSelf = TypeVar("_AsyncSelf", bound=AsyncClient)
