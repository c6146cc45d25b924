"""The connection pool behind a client: one httpx client, created on first use, released exactly once.

A client and its ``with_options`` copies share one :class:`Pool`. An SDK-owned pool creates its
httpx client lazily (once, whatever the number of threads) and has a finalizer that closes it when
the last client sharing it, and the last response still open on it, are gone; the user's own
httpx client is used as is and never closed. Async connections belong to the event loop that
opened them: :meth:`Pool.async_client` rebinds the pool when a client moves to a new loop, and
:func:`abandon` closes sockets without awaiting, even after their loop has finished.
"""

from __future__ import annotations

import contextlib
import functools
import os
import threading
import weakref
from collections.abc import Awaitable, Callable
from typing import Any, Generic, TypeVar

import httpx

from ..errors import ConfigurationError
from . import aio

__all__ = ["DEFAULT_LIMITS", "Pool", "abandon", "adopt", "running_loop", "shared_tls", "socket_transports"]

# Many concurrent streams are normal for an agent SDK; keep a modest idle pool.
DEFAULT_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)
HttpClient = TypeVar("HttpClient", httpx.Client, httpx.AsyncClient)
# Makes an SDK-owned httpx client whose responses run the given event hook (keeping the pool alive).
NewClient = Callable[[Callable[[httpx.Response], Any]], HttpClient]
_POOL_EXTENSION = "muxi.pool"  # httpx does not pickle a response's extensions


class PoolState(Generic[HttpClient]):
    """What releasing a pool needs: its httpx client and the event loop its connections belong to.

    Kept apart from :class:`Pool` so that the pool's finalizer can hold it without holding the pool.
    """

    __slots__ = ("client", "loop")

    def __init__(self, client: HttpClient | None) -> None:
        self.client: HttpClient | None = client
        self.loop: Callable[[], Any] | None = None  # async: a weak reference to the loop, once bound


class Pool(Generic[HttpClient]):
    """The connection pool behind a client and its ``with_options`` copies (they all hold this object).

    An SDK-owned pool has a :func:`weakref.finalize`: when the last client sharing the pool, and the
    last response still open on it, are gone, the finalizer closes the httpx client (an async one
    without an event loop, see :func:`abandon`), so a client dropped without ``close()`` leaves no
    socket open and no ``ResourceWarning``. The user's own client is never closed. ``lock`` makes
    the lazy creation of the httpx client happen once, whatever the number of threads.
    """

    __slots__ = ("__weakref__", "_finalizer", "closed", "lock", "owned", "state")

    def __init__(self, client: HttpClient | None, owned: bool, release: Callable[[PoolState[Any]], None]) -> None:
        self.state: PoolState[HttpClient] = PoolState(client)
        self.owned = owned
        self.closed = False
        self.lock = threading.Lock()
        self._finalizer: weakref.finalize[Any, Any] | None = (
            weakref.finalize(self, release, self.state) if owned else None
        )

    @property
    def client(self) -> HttpClient | None:
        """The httpx client, once created (the user's own from the start)."""
        return self.state.client

    def close(self) -> None:
        """Mark the pool closed (later calls raise) and release an owned httpx client now (once).

        The user's own httpx client (``http_client=``) stays open, but the SDK client is closed all
        the same: a call after ``close()`` is a mistake whoever owns the connections.
        """
        self.closed = True
        if self.owned and self._finalizer is not None:
            self._finalizer()

    def take(self) -> tuple[HttpClient | None, Any]:
        """Mark an owned pool closed and hand over its httpx client and loop (the caller closes them)."""
        client, loop = self.state.client, self.state.loop() if self.state.loop is not None else None
        if self.owned:
            self.closed = True
            self.state.client = None
            if self._finalizer is not None:
                self._finalizer.detach()
        return client, loop

    def prepare(self, new: NewClient[HttpClient], *, asynchronous: bool) -> None:
        """Create an owned pool's httpx client now (at the client's construction), bound to no event loop.

        An async pool binds to the loop (or trio run) of its first use, as if it had been created then.
        """
        with self.lock:
            if self.owned and not self.closed and self.state.client is None:
                self.state.client = new(_keep_pool_async(self) if asynchronous else _keep_pool(self))

    def sync_client(self: Pool[httpx.Client], new: NewClient[httpx.Client], owner: str) -> httpx.Client:
        """The blocking httpx client, created now if needed (once, even from many threads)."""
        with self.lock:
            if self.closed:
                raise ConfigurationError(f"this {owner} is closed")
            if self.state.client is None:
                self.state.client = new(_keep_pool(self))
            return self.state.client

    def async_client(self: Pool[httpx.AsyncClient], new: NewClient[httpx.AsyncClient], owner: str) -> httpx.AsyncClient:
        """The async httpx client bound to the running event loop (rebinding the pool to a new loop)."""
        loop = running_loop()
        with self.lock:
            if self.closed:
                raise ConfigurationError(f"this {owner} is closed")
            state = self.state
            client = state.client
            if client is not None:
                previous = state.loop() if state.loop is not None else None
                if state.loop is None or previous is loop:  # first use on a loop (or a racing thread bound it)
                    state.loop = _loop_ref(loop) if loop is not None else None
                    return client
                if previous is not None and aio.run_is_running(previous):
                    raise ConfigurationError(
                        f"this {owner} is in use on another running event loop (another thread); its connections "
                        "belong to that loop: use one async client per event loop"
                    )
                if not self.owned:
                    if socket_transports(client) or trio_sockets(client):
                        raise ConfigurationError(
                            f"the async_http_client of this {owner} holds connections of a finished event loop, "
                            "which cannot be used on this one: create the httpx.AsyncClient inside the loop that "
                            "uses it, or let the SDK own the pool (no async_http_client=)"
                        )
                    state.loop = _loop_ref(loop) if loop is not None else None
                    return client
                state.client = None
                abandon(client, previous)  # the finished loop's sockets, closed without that loop
            state.client = new(_keep_pool_async(self))
            state.loop = _loop_ref(loop) if loop is not None else None
            return state.client


def adopt(
    kind: type[httpx.Client] | type[httpx.AsyncClient], argument: str, owner: str, mine: object, other: object
) -> Pool[Any]:
    """The pool of a new client: the user's httpx client if given (never closed by us), else created lazily.

    ``mine`` is what the user passed as ``argument`` (``http_client`` or ``async_http_client``),
    ``other`` what they passed for the other kind, which this client cannot use.
    """
    if other is not None:
        raise ConfigurationError(f"{owner} takes {argument}= (an httpx.{kind.__name__})")
    if mine is not None and not isinstance(mine, kind):
        raise ConfigurationError(f"{argument} must be an httpx.{kind.__name__}, got {type(mine).__name__}")
    release = _close_sync if issubclass(kind, httpx.Client) else _close_async
    return Pool(mine, owned=mine is None, release=release)  # pyright: ignore[reportArgumentType]


def shared_tls() -> Any:
    """The ``verify=`` of an SDK-owned httpx client: one TLS context shared by all of them.

    httpx builds a new :class:`ssl.SSLContext` for every client, loading the whole CA bundle each
    time (about 0.1 s of CPU): sharing the one httpx would build (the same CA bundle, honouring
    ``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` as they are now) makes a new client cheap. An httpx
    without ``create_ssl_context`` (before 0.28) gets ``True``: its own per-client default.
    """
    if not hasattr(httpx, "create_ssl_context"):
        return True
    return _tls_context(os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))


@functools.lru_cache(maxsize=4)
def _tls_context(cert_file: str | None, cert_dir: str | None) -> Any:
    """The default TLS context of httpx for these ``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` values (it reads them itself)."""
    return httpx.create_ssl_context()


def _close_sync(state: PoolState[httpx.Client]) -> None:
    """The finalizer of an owned blocking pool: close its httpx client (and so its sockets)."""
    client, state.client = state.client, None
    if client is not None:
        with contextlib.suppress(Exception):  # a finalizer must not raise
            client.close()


def _close_async(state: PoolState[httpx.AsyncClient]) -> None:
    """The finalizer of an owned async pool: close its sockets without awaiting (see :func:`abandon`)."""
    client, state.client = state.client, None
    if client is not None:
        abandon(client, state.loop() if state.loop is not None else None)


def running_loop() -> Any:
    """The event loop running in this thread (an asyncio loop, or the token of a trio run), or None."""
    return aio.current_run()


def _loop_ref(loop: Any) -> Callable[[], Any]:
    """A weak reference to ``loop`` (a strong one for loop types without weak references)."""
    try:
        return weakref.ref(loop)
    except TypeError:
        return lambda: loop


def socket_transports(client: httpx.AsyncClient) -> list[Any]:
    """The asyncio transports under an async httpx client's pooled connections.

    httpx, httpcore and anyio do not expose them, so this reads their private attributes
    defensively (httpx 0.28, httpcore 1.0, anyio 4 on asyncio); an unknown layout gives fewer
    transports, never an error.
    """
    found: list[Any] = []
    for stream in _socket_streams(client):
        socket_transport = getattr(stream, "_transport", None)  # anyio's SocketStream -> asyncio's transport
        if socket_transport is not None:
            found.append(socket_transport)
    return found


def trio_sockets(client: httpx.AsyncClient) -> list[Any]:
    """The trio sockets under an async httpx client's pooled connections (made under trio)."""
    found: list[Any] = []
    for stream in _socket_streams(client):
        sock = getattr(stream, "socket", None)  # trio.SocketStream -> trio.socket.SocketType
        if sock is not None and type(sock).__module__.startswith("trio"):
            found.append(sock)
    return found


def _socket_streams(client: httpx.AsyncClient) -> list[Any]:
    """The innermost socket streams of an async httpx client's pooled connections (anyio's or trio's).

    httpx, httpcore, anyio and trio do not expose them, so this reads their private attributes
    defensively (httpx 0.28, httpcore 1.0, anyio 4, trio 0.3x); an unknown layout gives fewer
    streams, never an error.
    """
    streams: list[Any] = []
    transports = [getattr(client, "_transport", None), *getattr(client, "_mounts", {}).values()]
    for transport in transports:
        pool = getattr(transport, "_pool", None)  # httpx.AsyncHTTPTransport -> httpcore.AsyncConnectionPool
        for connection in list(getattr(pool, "connections", None) or ()):
            stream = getattr(getattr(connection, "_connection", None), "_network_stream", None)
            stream = getattr(stream, "_stream", None)  # httpcore's AnyIOStream/TrioStream -> anyio's/trio's stream
            streams.append(getattr(stream, "transport_stream", stream))  # under TLS, the socket stream
    return streams


def abandon(client: httpx.AsyncClient, loop: Any) -> None:
    """Close an async httpx client's sockets synchronously: no ``await``, and ``loop`` may be closed.

    Awaiting ``aclose()`` is only possible on the loop the connections belong to, which may be
    finished (a client dropped after ``asyncio.run()``, or used again on a new loop). While that
    loop is alive each transport is aborted (on the loop's own thread); once it is closed nothing
    will ever run a transport's close callback, so its socket is closed directly. Never raises.
    """
    here = running_loop()
    for sock in trio_sockets(client):
        _close_trio_socket(sock, loop, here)
    for transport in socket_transports(client):
        with contextlib.suppress(Exception):
            owner = loop if loop is not None else getattr(transport, "_loop", None)
            if owner is not None and not owner.is_closed():
                if owner.is_running() and owner is not here:
                    owner.call_soon_threadsafe(transport.abort)
                else:
                    transport.abort()  # unregisters the socket; the loop closes it on its next iteration
            elif getattr(transport, "_sock", None) is not None:
                with contextlib.suppress(RuntimeError):
                    transport.abort()  # marks it closing; scheduling the close step fails on a closed loop
                transport._call_connection_lost(None)  # so run asyncio's own close step now: closes the socket


def _close_trio_socket(sock: Any, run: Any, here: Any) -> None:
    """Close a trio socket without awaiting.

    In its own run, through trio; from another thread, on that run; once the run is over, the file
    descriptor directly (trio no longer watches it).
    """
    with contextlib.suppress(Exception):
        if run is not None and run is here:
            sock.close()
        elif run is not None and aio.run_is_running(run):
            aio.run_soon(run, sock.close)
        else:
            fd = sock.detach()
            if fd >= 0:
                os.close(fd)


def _keep_pool(pool: Pool[Any]) -> Callable[[httpx.Response], None]:
    """A response hook that keeps ``pool`` alive as long as the response.

    An open stream may outlive the client that started it, and must not lose its connection to the
    finalizer.
    """
    ref = weakref.ref(pool)

    def keep(response: httpx.Response) -> None:
        response.extensions[_POOL_EXTENSION] = ref()

    return keep


def _keep_pool_async(pool: Pool[Any]) -> Callable[[httpx.Response], Awaitable[None]]:
    """:func:`_keep_pool` for an :class:`httpx.AsyncClient` (whose hooks are awaited)."""
    keep = _keep_pool(pool)

    async def keep_async(response: httpx.Response) -> None:
        keep(response)

    return keep_async
