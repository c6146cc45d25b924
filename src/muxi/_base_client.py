"""What every client shares: options, headers, the connection pool, and calling an operation.

:class:`BaseClient` builds requests and parses responses (no I/O). :class:`SyncClient` and
:class:`AsyncClient` add the one thing that differs — an :class:`httpx.Client` or
:class:`httpx.AsyncClient` and the shell that drives :func:`~muxi._transport.call_flow` with it.
The API-specific clients (formation, server) say which credentials an operation needs and how
its response is unwrapped.
"""

from __future__ import annotations

import copy
import functools
import importlib
import inspect
import json
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from types import TracebackType
from typing import IO, Any, ClassVar, Generic, TypeVar

import httpx

from ._config import ClientOptions, TimeoutTypes, sdk_headers, stream_timeout
from ._json import is_object
from ._logging import enable_debug
from ._results import parse_model
from ._retry import RetryPolicy
from ._sse import LiteralNewlineFrames
from ._streaming import AsyncStream, Stream, typed_events
from ._transport import Call, call_flow, run_async, run_sync
from .errors import ConfigurationError, ResponseValidationError

__all__ = ["AsyncClient", "BaseClient", "SyncClient"]

IDEMPOTENCY_HEADER = "X-Muxi-Idempotency-Key"
# Many concurrent streams are normal for an agent SDK; keep a modest idle pool.
DEFAULT_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)
_HttpClient = TypeVar("_HttpClient", httpx.Client, httpx.AsyncClient)
_Self = TypeVar("_Self", bound="BaseClient[Any]")


class _Pool(Generic[_HttpClient]):
    """The connection pool behind a client and its ``with_options`` copies."""

    def __init__(self, client: _HttpClient | None, owned: bool) -> None:
        self.client: _HttpClient | None = client
        self.owned = owned
        self.closed = False


@functools.cache
def generated_function(module_name: str) -> tuple[Callable[..., dict[str, Any]], Mapping[str, inspect.Parameter]]:
    """The ``_get_kwargs`` of a generated endpoint module and its parameters (imported once, on first use)."""
    function = importlib.import_module(module_name)._get_kwargs
    return function, inspect.signature(function).parameters


class BaseClient(Generic[_HttpClient]):
    """Request building and response handling shared by all clients (no I/O here)."""

    _operations: ClassVar[Mapping[str, Mapping[str, Any]]] = {}
    _models: ClassVar[str] = ""  # the generated models package of the API
    _http_client_type: ClassVar[type[httpx.Client] | type[httpx.AsyncClient]]
    _http_client_argument: ClassVar[str]  # the constructor argument that takes a user's client
    _stream_type: ClassVar[type[Stream[Any]] | type[AsyncStream[Any]]]
    _pool: _Pool[_HttpClient]

    def _setup(
        self,
        *,
        base_url: str,
        options: ClientOptions,
        debug: bool,
        http_client: httpx.Client | None,
        async_http_client: httpx.AsyncClient | None,
    ) -> None:
        self._base_url = base_url
        self._options = options
        self._static_headers = sdk_headers()
        self._credential_cache: dict[str, tuple[dict[str, str], httpx.Auth | None]] = {}
        self._pool = self._adopt(http_client, async_http_client)
        if debug:
            enable_debug()

    def _adopt(self, http_client: object, async_http_client: object) -> _Pool[_HttpClient]:
        """The connection pool: the user's client if given (never closed by us), else created lazily."""
        kind, argument = self._http_client_type, self._http_client_argument
        mine, other = (http_client, async_http_client)
        if argument != "http_client":
            mine, other = other, mine
        if other is not None:
            raise ConfigurationError(f"{type(self).__name__} takes {argument}= (an httpx.{kind.__name__})")
        if mine is not None and not isinstance(mine, kind):
            raise ConfigurationError(f"{argument} must be an httpx.{kind.__name__}, got {type(mine).__name__}")
        return _Pool(mine, owned=mine is None)  # type: ignore[arg-type]

    def _http(self) -> _HttpClient:
        """The pooled httpx client, created on first use."""
        pool = self._pool
        if pool.closed:
            raise ConfigurationError(f"this {type(self).__name__} is closed")
        if pool.client is None:
            pool.client = self._http_client_type(  # type: ignore[assignment]
                follow_redirects=False, timeout=self._options.timeout, limits=DEFAULT_LIMITS
            )
        return pool.client  # type: ignore[return-value]

    # ------------------------------------------------------------------ public

    @property
    def base_url(self) -> str:
        """The URL every operation path is appended to."""
        return self._base_url

    @property
    def timeout(self) -> httpx.Timeout:
        """The default timeout of this client's calls."""
        return self._options.timeout

    @property
    def max_retries(self) -> int:
        """How many times a failed call is retried by default."""
        return self._options.max_retries

    def with_options(
        self: _Self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> _Self:
        """A lightweight copy with other defaults that shares this client's connection pool."""
        clone = copy.copy(self)
        clone._options = self._options.merge(timeout=timeout, max_retries=max_retries, headers=headers)
        return clone

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r})"

    # ------------------------------------------------------------------ subclass hooks

    def _credentials(self, operation_id: str, info: Mapping[str, Any]) -> tuple[dict[str, str], httpx.Auth | None]:
        """Headers and :class:`httpx.Auth` that authenticate this operation."""
        raise NotImplementedError

    def _adapt(self, params: dict[str, Any], accepted: Mapping[str, inspect.Parameter]) -> dict[str, str]:
        """Adjust the generated function's arguments in place; return headers to add to the request."""
        return {}

    def _check(self, body: Any, response: httpx.Response) -> None:
        """Raise for a failure reported inside a successful response (formation envelopes)."""

    def _request_id(self, body: Any) -> str | None:
        """The request id a response body carries, if the API has one."""
        return None

    # ------------------------------------------------------------------ request building

    def _operation(self, operation_id: str) -> Mapping[str, Any]:
        try:
            return self._operations[operation_id]
        except KeyError:
            raise ConfigurationError(
                f"unknown operation {operation_id!r} for {type(self).__name__}; see {type(self).__name__}.operations()"
            ) from None

    @classmethod
    def operations(cls) -> list[str]:
        """Every operation id of this API (what :meth:`SyncClient.call` / :meth:`AsyncClient.call` accept)."""
        return sorted(cls._operations)

    def _prepare(
        self,
        operation_id: str,
        arguments: dict[str, Any],
        *,
        stream: bool = False,
        body_factory: Callable[[], Any] | None = None,
    ) -> tuple[Call, RetryPolicy]:
        """Everything needed to run one logical call of ``operation_id`` (no I/O)."""
        params = dict(arguments)
        idempotency_key: str | None = params.pop("idempotency_key", None)
        timeout: TimeoutTypes = params.pop("timeout", None)
        max_retries: int | None = params.pop("max_retries", None)
        extra_headers: Mapping[str, str] | None = params.pop("extra_headers", None)
        info = self._operation(operation_id)
        get_kwargs, accepted = generated_function(str(info["module"]))
        adapted_headers = self._adapt(params, accepted)
        # None means "not given" for optional parameters (a None header would be invalid).
        for name in [n for n, v in params.items() if v is None and n in accepted]:
            if accepted[name].default is not inspect.Parameter.empty:
                del params[name]
        unknown = sorted(set(params) - set(accepted))
        if unknown:
            raise ConfigurationError(
                f"{operation_id}() got unexpected argument(s) {', '.join(unknown)}; "
                f"it accepts {', '.join(accepted) or 'no arguments'}"
            )
        missing = [name for name, p in accepted.items() if p.default is inspect.Parameter.empty and name not in params]
        if missing:
            raise ConfigurationError(f"{operation_id}() is missing required argument(s) {', '.join(missing)}")
        cached = self._credential_cache.get(operation_id)
        if cached is None:  # the keys never change during a client's life
            cached = self._credential_cache[operation_id] = self._credentials(operation_id, info)
        credentials, auth = cached
        options = self._options
        if timeout is not None or max_retries is not None:
            options = options.merge(timeout=timeout, max_retries=max_retries)
        request_timeout = stream_timeout(options.timeout) if stream else options.timeout
        kwargs = dict(get_kwargs(**params))
        headers = {
            **self._static_headers,
            **options.headers,
            **credentials,
            **adapted_headers,
            **dict(kwargs.pop("headers", {}) or {}),
            **dict(extra_headers or {}),
            IDEMPOTENCY_HEADER: idempotency_key or str(uuid.uuid4()),
        }
        if stream and info.get("sse_events"):
            headers.setdefault("Accept", "text/event-stream")
        build = self._builder(kwargs, headers, request_timeout, body_factory)
        call = Call(
            operation=operation_id,
            build=build,
            idempotent=bool(info.get("idempotent")),
            stream=stream,
            auth=auth,
        )
        return call, RetryPolicy(max_retries=options.max_retries)

    def _builder(
        self,
        kwargs: dict[str, Any],
        headers: dict[str, str],
        timeout: httpx.Timeout,
        body_factory: Callable[[], Any] | None = None,
    ) -> Callable[[], httpx.Request]:
        """A request factory; ``body_factory`` makes a fresh streamed body for every attempt."""
        method = str(kwargs.pop("method")).upper()
        url = self._base_url + str(kwargs.pop("url"))
        params = kwargs.pop("params", None)
        body = kwargs.pop("json", None)
        content = kwargs.pop("content", None)
        files = kwargs.pop("files", None)
        data = kwargs.pop("data", None)
        if body is not None:
            content = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
            headers.setdefault("Content-Type", "application/json")
        extensions = {"timeout": timeout.as_dict()}

        def build() -> httpx.Request:
            return httpx.Request(
                method,
                url,
                params=params,
                headers=headers,
                content=body_factory() if body_factory is not None else content,
                files=files,
                data=data,
                extensions=extensions,
            )

        return build

    def _unwrap(self, operation_id: str, response: httpx.Response) -> Any:
        """The value a caller gets: the typed model of the JSON body (``data`` of an envelope),
        the text of a ``text/*`` body, or the bytes of any other body."""
        content_type = response.headers.get("content-type", "")
        if "json" not in content_type:
            return response.text if content_type.startswith("text/") else response.content
        body: Any = response.json()
        self._check(body, response)
        info = self._operations[operation_id]
        models = importlib.import_module(self._models)
        if info.get("data_schema") and is_object(body) and "data" in body:
            return parse_model(getattr(models, info["data_schema"]), body["data"], self._request_id(body))
        if info.get("response_schema"):
            return parse_model(getattr(models, info["response_schema"]), body, None)
        return body

    def _event_stream(
        self, operation_id: str, arguments: dict[str, Any], *, raise_errors: bool = True, repair: bool = False
    ) -> Any:
        """A :class:`Stream` (or :class:`AsyncStream`) of :class:`StreamEvent` for an SSE operation.

        Nothing is sent until the stream is iterated, entered or awaited.
        """
        info = self._operation(operation_id)
        models = importlib.import_module(self._models)
        frames = {event: getattr(models, name) for event, name in info.get("sse_events", {}).items()}
        call, policy = self._prepare(operation_id, arguments, stream=True)
        return self._stream_type(
            functools.partial(self._send, call, policy),
            typed_events(frames, raise_errors=raise_errors),
            LiteralNewlineFrames() if repair else None,
        )

    def _send(self, call: Call, policy: RetryPolicy) -> Any:
        raise NotImplementedError

    def _opener(self, call: Call, policy: RetryPolicy, cleanup: Callable[[], None]) -> Callable[[], Any]:
        """Send ``call`` when the returned function is called (or awaited), then run ``cleanup``."""
        raise NotImplementedError

    @staticmethod
    def _file_body(file: IO[bytes], block: int = 64 * 1024) -> Callable[[], Any]:
        """A factory of (async) iterators over ``file`` from its start (one per attempt)."""
        raise NotImplementedError

    def _result(self, operation_id: str, response: httpx.Response) -> Any:
        try:
            return self._unwrap(operation_id, response)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(
                f"{operation_id}: the {response.status_code} response does not fit the API schema "
                f"({type(exc).__name__}: {exc})",
                status_code=response.status_code,
                headers=response.headers,
                response=response,
                body=response.content,
            ) from exc


class SyncClient(BaseClient[httpx.Client]):
    """Blocking I/O for a client: one pooled :class:`httpx.Client`, created on first use."""

    _http_client_type = httpx.Client
    _http_client_argument = "http_client"
    _stream_type = Stream

    def _then(self, result: Any, function: Callable[[Any], Any]) -> Any:
        """Apply ``function`` to a call's result (the async client chains it onto the coroutine)."""
        return function(result)

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

    def _send(self, call: Call, policy: RetryPolicy) -> httpx.Response:
        flow = call_flow(
            call,
            policy,
            follow_redirects=self._options.follow_redirects,
            max_redirects=self._options.max_redirects,
        )
        return run_sync(self._http(), flow)

    def call(self, operation_id: str, /, **arguments: Any) -> Any:
        """Call any operation of the API by its ``operationId``, with the client's auth, retries and errors.

        ``arguments`` are the generated function's arguments (path and query parameters,
        ``body``) plus the per-call options ``idempotency_key``, ``timeout``, ``max_retries``
        and ``extra_headers`` (and ``user_id`` for the Formation API). Returns the typed result.
        """
        call, policy = self._prepare(operation_id, arguments)
        return self._result(operation_id, self._send(call, policy))

    def close(self) -> None:
        """Close the connection pool (not a user-supplied ``http_client``)."""
        pool = self._pool
        if pool.owned and pool.client is not None and not pool.closed:
            pool.client.close()
        pool.closed = pool.owned

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
    """Asynchronous I/O for a client: one pooled :class:`httpx.AsyncClient`, created on first use."""

    _http_client_type = httpx.AsyncClient
    _http_client_argument = "async_http_client"
    _stream_type = AsyncStream

    def _then(self, result: Any, function: Callable[[Any], Any]) -> Any:
        """Apply ``function`` to the awaited result: returns a coroutine."""

        async def chained() -> Any:
            return function(await result)

        return chained()

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

    async def _send(self, call: Call, policy: RetryPolicy) -> httpx.Response:
        flow = call_flow(
            call,
            policy,
            follow_redirects=self._options.follow_redirects,
            max_redirects=self._options.max_redirects,
        )
        return await run_async(self._http(), flow)

    async def call(self, operation_id: str, /, **arguments: Any) -> Any:
        """Call any operation of the API by its ``operationId``; see :meth:`SyncClient.call`."""
        call, policy = self._prepare(operation_id, arguments)
        return self._result(operation_id, await self._send(call, policy))

    async def aclose(self) -> None:
        """Close the connection pool (not a user-supplied ``async_http_client``)."""
        pool = self._pool
        if pool.owned and pool.client is not None and not pool.closed:
            await pool.client.aclose()
        pool.closed = pool.owned

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
