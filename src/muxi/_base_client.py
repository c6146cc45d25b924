"""What every client shares: options, headers, the connection pool, and calling an operation.

:class:`BaseClient` builds requests and parses responses (no I/O). :class:`SyncClient` and
:class:`AsyncClient` add the one thing that differs — an :class:`httpx.Client` or
:class:`httpx.AsyncClient` and the shell that drives :func:`~muxi._transport.call_flow` with it.
The API-specific clients (formation, server) say which credentials an operation needs and how
its response is unwrapped.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import importlib
import inspect
import json
import re
import threading
import uuid
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable, Collection, Iterator, Mapping
from types import TracebackType
from typing import IO, Any, ClassVar, Generic, TypeVar, cast

import httpx

from ._config import ClientOptions, TimeoutTypes, sdk_headers, stream_timeout
from ._inputs import (
    check_body_field,
    check_header_value,
    check_headers,
    check_path_parameter,
    check_user_id,
    json_problem,
)
from ._json import is_object
from ._logging import enable_debug
from ._results import parse_model
from ._retry import RetryPolicy
from ._sse import LiteralNewlineFrames
from ._streaming import AsyncStream, Stream, TypedEvents, send_now, typed_events
from ._transport import Call, call_flow, run_async, run_sync
from .errors import ConfigurationError, ResponseValidationError

__all__ = ["AsyncClient", "BaseClient", "SyncClient"]

IDEMPOTENCY_HEADER = "X-Muxi-Idempotency-Key"
# Many concurrent streams are normal for an agent SDK; keep a modest idle pool.
DEFAULT_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)
_HttpClient = TypeVar("_HttpClient", httpx.Client, httpx.AsyncClient)
_Self = TypeVar("_Self", bound="BaseClient[Any]")


class _PoolState(Generic[_HttpClient]):
    """What releasing a pool needs: its httpx client and the event loop its connections belong to.

    Kept apart from :class:`_Pool` so that the pool's finalizer can hold it without holding the pool.
    """

    __slots__ = ("client", "loop")

    def __init__(self, client: _HttpClient | None) -> None:
        self.client: _HttpClient | None = client
        self.loop: Callable[[], Any] | None = None  # async: a weak reference to the loop, once bound


class _Pool(Generic[_HttpClient]):
    """The connection pool behind a client and its ``with_options`` copies (they all hold this object).

    An SDK-owned pool has a :func:`weakref.finalize`: when the last client sharing the pool, and the
    last response still open on it, are gone, the finalizer closes the httpx client (an async one
    without an event loop, see :func:`_abandon`), so a client dropped without ``close()`` leaves no
    socket open and no ``ResourceWarning``. The user's own client is never closed. ``lock`` makes
    the lazy creation of the httpx client happen once, whatever the number of threads.
    """

    __slots__ = ("__weakref__", "_finalizer", "closed", "lock", "owned", "state")

    def __init__(self, client: _HttpClient | None, owned: bool, release: Callable[[_PoolState[Any]], None]) -> None:
        self.state: _PoolState[_HttpClient] = _PoolState(client)
        self.owned = owned
        self.closed = False
        self.lock = threading.Lock()
        self._finalizer: weakref.finalize[Any, Any] | None = (
            weakref.finalize(self, release, self.state) if owned else None
        )

    @property
    def client(self) -> _HttpClient | None:
        """The httpx client, once created (the user's own from the start)."""
        return self.state.client

    def close(self) -> None:
        """Mark an owned pool closed and release its httpx client now (once)."""
        if self.owned:
            self.closed = True
            if self._finalizer is not None:
                self._finalizer()

    def take(self) -> tuple[_HttpClient | None, Any]:
        """Mark an owned pool closed and hand over its httpx client and loop (the caller closes them)."""
        client, loop = self.state.client, self.state.loop() if self.state.loop is not None else None
        if self.owned:
            self.closed = True
            self.state.client = None
            if self._finalizer is not None:
                self._finalizer.detach()
        return client, loop


def _close_sync(state: _PoolState[httpx.Client]) -> None:
    """The finalizer of an owned blocking pool: close its httpx client (and so its sockets)."""
    client, state.client = state.client, None
    if client is not None:
        with contextlib.suppress(Exception):  # a finalizer must not raise
            client.close()


def _close_async(state: _PoolState[httpx.AsyncClient]) -> None:
    """The finalizer of an owned async pool: close its sockets without awaiting (see :func:`_abandon`)."""
    client, state.client = state.client, None
    if client is not None:
        _abandon(client, state.loop() if state.loop is not None else None)


def _running_loop() -> Any:
    """The event loop running in this thread, or None."""
    import asyncio  # only async clients need it: keep it out of the sync import path

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def _loop_ref(loop: Any) -> Callable[[], Any]:
    """A weak reference to ``loop`` (a strong one for loop types without weak references)."""
    try:
        return weakref.ref(loop)
    except TypeError:
        return lambda: loop


def _socket_transports(client: httpx.AsyncClient) -> list[Any]:
    """The asyncio transports under an async httpx client's pooled connections.

    httpx, httpcore and anyio do not expose them, so this reads their private attributes
    defensively (httpx 0.28, httpcore 1.0, anyio 4 on asyncio); an unknown layout gives fewer
    transports, never an error.
    """
    found: list[Any] = []
    transports = [getattr(client, "_transport", None), *getattr(client, "_mounts", {}).values()]
    for transport in transports:
        pool = getattr(transport, "_pool", None)  # httpx.AsyncHTTPTransport -> httpcore.AsyncConnectionPool
        for connection in list(getattr(pool, "connections", None) or ()):
            stream = getattr(getattr(connection, "_connection", None), "_network_stream", None)
            stream = getattr(stream, "_stream", None)  # httpcore's AnyIOStream -> the anyio stream
            stream = getattr(stream, "transport_stream", stream)  # under TLS, the socket stream
            socket_transport = getattr(stream, "_transport", None)  # anyio's SocketStream -> asyncio's transport
            if socket_transport is not None:
                found.append(socket_transport)
    return found


def _abandon(client: httpx.AsyncClient, loop: Any) -> None:
    """Close an async httpx client's sockets synchronously: no ``await``, and ``loop`` may be closed.

    Awaiting ``aclose()`` is only possible on the loop the connections belong to, which may be
    finished (a client dropped after ``asyncio.run()``, or used again on a new loop). While that
    loop is alive each transport is aborted (on the loop's own thread); once it is closed nothing
    will ever run a transport's close callback, so its socket is closed directly. Never raises.
    """
    here = _running_loop()
    for transport in _socket_transports(client):
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


@functools.cache
def generated_function(module_name: str) -> tuple[Callable[..., dict[str, Any]], Mapping[str, inspect.Parameter]]:
    """The ``_get_kwargs`` of a generated endpoint module and its parameters (imported once, on first use)."""
    function = importlib.import_module(module_name)._get_kwargs
    return function, inspect.signature(function).parameters


# ---------------------------------------------------------------------------------- checking a call's input

# The per-call options every operation takes, besides its own parameters.
PER_CALL_OPTIONS = ("idempotency_key", "timeout", "max_retries", "max_response_bytes", "extra_headers", "extra_query")
# Which argument a header the facade adds comes from, for error messages.
_HEADER_ARGUMENTS = {"X-Muxi-User-ID": "user_id"}
_PATH_PARAMETER = re.compile(r"{([^}]+)}")
_MODEL_ERRORS = (LookupError, TypeError, ValueError, AttributeError, ArithmeticError, RecursionError)


@functools.cache
def _path_parameters(path: str) -> tuple[str, ...]:
    """The parameters of a path template (``/agents/{agent_id}`` -> ``("agent_id",)``)."""
    return tuple(_PATH_PARAMETER.findall(path))


def _extra_mapping(value: object, argument: str, keys: str) -> Mapping[str, Any] | None:
    if value is None:
        return None
    kind = type(value).__name__
    if not isinstance(value, Mapping) or not all(isinstance(key, str) for key in cast("Mapping[object, Any]", value)):
        raise ConfigurationError(f"{argument} must be a mapping of {keys} (str) to values, got {kind}")
    return cast("Mapping[str, Any]", value)


def _json_model(parameter: inspect.Parameter | None) -> type[Any] | None:
    """The generated model class of a ``body`` parameter that is sent as JSON, if it is one."""
    annotation = parameter.annotation if parameter is not None else None
    return annotation if isinstance(annotation, type) and hasattr(annotation, "from_dict") else None


def _build_model(operation_id: str, model: type[Any], data: Mapping[str, Any], what: str) -> Any:
    """``model.from_dict(data)``, a failure raising :class:`ConfigurationError` naming the model."""
    try:
        return model.from_dict(data)
    except KeyError as exc:
        raise ConfigurationError(
            f"{operation_id}(): {what} do not fit the {model.__name__} schema: the field {exc} is missing"
        ) from exc
    except _MODEL_ERRORS as exc:
        raise ConfigurationError(
            f"{operation_id}(): {what} do not fit the {model.__name__} schema ({type(exc).__name__}: {exc})"
        ) from exc


def _body_argument(operation_id: str, parameter: inspect.Parameter, value: object) -> object:
    """``call(op, body=...)``: the operation's model, or a dict turned into it."""
    model = _json_model(parameter)
    if model is None or isinstance(value, model):
        return value
    if isinstance(value, Mapping):
        return _build_model(operation_id, model, value, "the fields of body")  # pyright: ignore[reportUnknownArgumentType]
    raise ConfigurationError(
        f"{operation_id}() argument body must be a {model.__name__} or a dict, got {type(value).__name__}"
    )


def _generated_kwargs(
    operation_id: str, get_kwargs: Callable[..., dict[str, Any]], params: Mapping[str, Any]
) -> dict[str, Any]:
    """The generated ``_get_kwargs``; what it cannot turn into a request is the caller's mistake."""
    try:
        return dict(get_kwargs(**params))
    except _MODEL_ERRORS as exc:
        raise ConfigurationError(
            f"{operation_id}(): the arguments cannot be sent ({type(exc).__name__}: {exc})"
        ) from exc


def _url(operation: str, url: str, params: Mapping[str, Any]) -> httpx.URL:
    """The request URL with its query, encoded now; a parameter that cannot be sent is named."""
    try:
        full = httpx.URL(url)
        return full.copy_merge_params(params) if params else full
    except (TypeError, ValueError, UnicodeError, httpx.InvalidURL) as exc:
        for name, value in params.items():
            try:
                httpx.URL("http://localhost/").copy_merge_params({name: value})
            except (TypeError, ValueError, UnicodeError, httpx.InvalidURL):
                raise ConfigurationError(
                    f"{operation}(): query parameter {name} cannot be sent: a str, int, float or bool "
                    f"(or a list of them) encodable as UTF-8 is needed, got {type(value).__name__}"
                ) from exc
        raise ConfigurationError(f"{operation}(): the URL cannot be built ({type(exc).__name__}: {exc})") from exc


def _json_content(operation: str, body: object) -> bytes:
    """The UTF-8 JSON of a request body; a field JSON cannot carry is named (NaN and inf included)."""
    try:
        return json.dumps(body, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()
    except (TypeError, ValueError, UnicodeError, RecursionError) as exc:
        found = json_problem(body)
        where, problem = found if found is not None else ("the body", f"cannot be encoded ({type(exc).__name__})")
        raise ConfigurationError(f"{operation}(): {where or 'the body'} {problem}") from exc


class BaseClient(Generic[_HttpClient]):
    """Request building and response handling shared by all clients (no I/O here)."""

    _operations: ClassVar[Mapping[str, Mapping[str, Any]]] = {}
    _models: ClassVar[str] = ""  # the generated models package of the API
    _http_client_type: ClassVar[type[httpx.Client] | type[httpx.AsyncClient]]
    _http_client_argument: ClassVar[str]  # the constructor argument that takes a user's client
    _stream_type: ClassVar[type[Stream[Any]] | type[AsyncStream[Any]]]
    # Per-call arguments of this API besides ``PER_CALL_OPTIONS`` (the formation's ``user_id``).
    _call_arguments: ClassVar[tuple[str, ...]] = ()
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
        release = _close_sync if issubclass(kind, httpx.Client) else _close_async
        return _Pool(mine, owned=mine is None, release=release)  # type: ignore[arg-type]

    def _http(self) -> _HttpClient:
        """The pooled httpx client, created on first use."""
        raise NotImplementedError

    def _closed_error(self) -> ConfigurationError:
        return ConfigurationError(f"this {type(self).__name__} is closed")

    def _new_http_client(self, keep_alive: Callable[[httpx.Response], Any]) -> _HttpClient:
        """An SDK-owned httpx client whose responses run ``keep_alive`` (an event hook)."""
        return self._http_client_type(  # type: ignore[return-value]
            follow_redirects=False,
            timeout=self._options.timeout,
            limits=DEFAULT_LIMITS,
            event_hooks={"response": [keep_alive]},
        )

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
        max_response_bytes: int | None = None,
    ) -> _Self:
        """A lightweight copy with other defaults that shares this client's connection pool."""
        clone = copy.copy(self)
        clone._options = self._options.merge(
            timeout=timeout, max_retries=max_retries, headers=headers, max_response_bytes=max_response_bytes
        )
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
        """Everything needed to run one logical call of ``operation_id`` (no I/O).

        Every check of the caller's input happens here, before any I/O: an unknown or missing
        argument raises :class:`TypeError`; path parameters, header values, query parameters
        and the body are checked (:mod:`muxi._inputs`) and a bad one raises
        :class:`ConfigurationError` naming the argument.
        """
        params = dict(arguments)
        idempotency_key: str | None = params.pop("idempotency_key", None)
        timeout: TimeoutTypes = params.pop("timeout", None)
        max_retries: int | None = params.pop("max_retries", None)
        max_response_bytes: int | None = params.pop("max_response_bytes", None)
        extra_headers = check_headers(params.pop("extra_headers", None), "extra_headers")
        extra_query = _extra_mapping(params.pop("extra_query", None), "extra_query", "query parameter names")
        extra_body = _extra_mapping(params.pop("extra_body", None), "extra_body", "body field names")
        info = self._operation(operation_id)
        get_kwargs, accepted = generated_function(str(info["module"]))
        if "user_id" in self._call_arguments and "user_id" not in accepted and params.get("user_id") is not None:
            check_user_id(params["user_id"])
        adapted_headers = self._adapt(params, accepted)
        # None means "not given" for optional parameters (a None header would be invalid).
        for name in [n for n, v in params.items() if v is None and n in accepted]:
            if accepted[name].default is not inspect.Parameter.empty:
                del params[name]
        self._check_arguments(operation_id, info, params, accepted, extra_body=extra_body is not None)
        if "body" in params:
            params["body"] = _body_argument(operation_id, accepted["body"], params["body"])
        cached = self._credential_cache.get(operation_id)
        if cached is None:  # the keys never change during a client's life
            cached = self._credential_cache[operation_id] = self._credentials(operation_id, info)
        credentials, auth = cached
        options = self._options
        if timeout is not None or max_retries is not None or max_response_bytes is not None:
            options = options.merge(timeout=timeout, max_retries=max_retries, max_response_bytes=max_response_bytes)
        # A stream waits for events as long as it takes, unless this call set a timeout of its own.
        request_timeout = stream_timeout(options.timeout) if stream and timeout is None else options.timeout
        kwargs = _generated_kwargs(operation_id, get_kwargs, params)
        generated_headers: dict[str, Any] = dict(kwargs.pop("headers", {}) or {})
        for name, value in generated_headers.items():
            generated_headers[name] = check_header_value(value, f"{operation_id}() header {name}")
        for name, value in adapted_headers.items():
            check_header_value(value, _HEADER_ARGUMENTS.get(name, name))
        if idempotency_key is not None:
            check_header_value(idempotency_key, "idempotency_key")
        headers = {
            **self._static_headers,
            **options.headers,
            **credentials,
            **adapted_headers,
            **generated_headers,
            **extra_headers,
            IDEMPOTENCY_HEADER: idempotency_key or str(uuid.uuid4()),
        }
        if stream and info.get("sse_events"):
            headers.setdefault("Accept", "text/event-stream")
        build = self._builder(
            kwargs,
            headers,
            request_timeout,
            body_factory,
            operation=operation_id,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        call = Call(
            operation=operation_id,
            build=build,
            idempotent=bool(info.get("idempotent")),
            stream=stream,
            auth=auth,
            # A numeric timeout bounds the whole call (attempts, waits, body); streams run as long as they last.
            deadline=None if stream else options.deadline,
            max_bytes=options.max_response_bytes,
        )
        return call, RetryPolicy(max_retries=options.max_retries)

    def _check_arguments(
        self,
        operation_id: str,
        info: Mapping[str, Any],
        params: Mapping[str, Any],
        accepted: Mapping[str, inspect.Parameter],
        *,
        extra_body: bool,
    ) -> None:
        """Unknown or missing arguments raise :class:`TypeError`; bad path parameters :class:`ConfigurationError`."""
        unknown = [name for name in params if name not in accepted]
        json_body = _json_model(accepted.get("body")) is not None
        if unknown or (extra_body and not json_body):
            names = [name for name in accepted if not name.startswith("x_muxi_")]
            names += [*PER_CALL_OPTIONS, *self._call_arguments] + (["extra_body"] if json_body else [])
            if extra_body and not json_body:
                unknown.append("extra_body")
            plural = "s" if len(unknown) > 1 else ""
            raise TypeError(
                f"{operation_id}() got unexpected keyword argument{plural} {', '.join(map(repr, unknown))}; "
                f"it accepts {', '.join(dict.fromkeys(names))}"
            )
        missing = [name for name, p in accepted.items() if p.default is inspect.Parameter.empty and name not in params]
        if missing:
            plural = "s" if len(missing) > 1 else ""
            raise TypeError(f"{operation_id}() missing required argument{plural}: {', '.join(map(repr, missing))}")
        for name in _path_parameters(str(info["path"])):
            check_path_parameter(operation_id, name, params.get(name))

    def _body_model(
        self,
        operation_id: str,
        model: type[Any],
        fields: Mapping[str, Any],
        *,
        names: Mapping[str, str] | None = None,
    ) -> Any:
        """The request body model of a generated method, from its arguments (``None``: not given).

        Each argument is checked against the JSON kind its schema declares (``*_BODY_FIELDS`` of
        the generated methods), so that ``fire_trigger("t", "not-a-dict")`` raises
        :class:`ConfigurationError` naming ``data`` before any I/O. ``names`` renames body
        fields whose facade argument is called otherwise (``agent_id`` is chat's ``agent``).
        """
        declared: Mapping[str, Any] = getattr(self, "_body_fields", {}).get(operation_id, {})
        given: dict[str, Any] = {}
        for key, value in fields.items():
            name, kinds, choices, required = declared.get(key, (key, (), None, False))
            name = str((names or {}).get(key, name))
            if value is None:
                if required:
                    raise ConfigurationError(f"{operation_id}() argument {name} is required (got None)")
                continue
            check_body_field(operation_id, name, value, kinds, choices)
            given[key] = value
        return _build_model(operation_id, model, given, "the arguments")

    def _builder(
        self,
        kwargs: dict[str, Any],
        headers: dict[str, str],
        timeout: httpx.Timeout,
        body_factory: Callable[[], Any] | None = None,
        *,
        operation: str = "request",
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Callable[[], httpx.Request]:
        """A request factory; ``body_factory`` makes a fresh streamed body for every attempt.

        The URL (with the query) and the JSON body are encoded here, once: what cannot be
        encoded raises :class:`ConfigurationError` naming the parameter or the body field.
        """
        method = str(kwargs.pop("method")).upper()
        params: dict[str, Any] = {**dict(kwargs.pop("params", None) or {}), **dict(extra_query or {})}
        url = _url(operation, self._base_url + str(kwargs.pop("url")), params)
        body = kwargs.pop("json", None)
        content = kwargs.pop("content", None)
        files = kwargs.pop("files", None)
        data = kwargs.pop("data", None)
        if extra_body:
            body = {**(body if is_object(body) else {}), **extra_body}
        if body is not None:
            content = _json_content(operation, body)
            headers.setdefault("Content-Type", "application/json")
        phases = timeout.as_dict()

        def build() -> httpx.Request:
            return httpx.Request(
                method,
                url,
                headers=headers,
                content=body_factory() if body_factory is not None else content,
                files=files,
                data=data,
                extensions={"timeout": dict(phases)},  # per attempt: the call flow caps it to the deadline
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

    def _typed_events(self, operation_id: str, *, raise_errors: bool, terminal: Collection[str]) -> TypedEvents:
        """The converter of an SSE operation's frames into the models its spec names per event."""
        models = importlib.import_module(self._models)
        frames = {event: getattr(models, name) for event, name in self._operation(operation_id)["sse_events"].items()}
        return typed_events(frames, raise_errors=raise_errors, terminal=terminal, what=f"the {operation_id} stream")

    def _event_stream(
        self,
        operation_id: str,
        arguments: dict[str, Any],
        *,
        raise_errors: bool = True,
        repair: bool = False,
        terminal: Collection[str] = (),
    ) -> Any:
        """A :class:`Stream` (or :class:`AsyncStream`) of :class:`StreamEvent` for an SSE operation.

        A blocking stream sends its request now (errors are raised here); an async one when it
        is awaited, entered or first iterated. ``terminal`` names the events that end the
        stream: a body that ends without one raises :class:`~muxi.StreamError`.
        """
        call, policy = self._prepare(operation_id, arguments, stream=True)
        convert = self._typed_events(operation_id, raise_errors=raise_errors, terminal=terminal)
        return send_now(
            self._stream_type(
                functools.partial(self._send, call, policy),
                convert,
                LiteralNewlineFrames() if repair else None,
                convert.incomplete,
            )
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
        """:meth:`_unwrap`, with whatever a strange body makes it raise turned into
        :class:`ResponseValidationError` (its cause chained): JSON that is not UTF-8 or is nested
        too deeply for the parser, a value of the wrong type, a missing field..."""
        try:
            return self._unwrap(operation_id, response)
        except (LookupError, TypeError, ValueError, AttributeError, ArithmeticError, RecursionError) as exc:
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

    def _http(self) -> httpx.Client:
        """The pooled :class:`httpx.Client`, created on first use (once, even from many threads)."""
        pool = self._pool
        client = pool.state.client
        if client is not None:
            return client
        with pool.lock:
            if pool.closed:
                raise self._closed_error()
            if pool.state.client is None:
                pool.state.client = self._new_http_client(_keep_pool(pool))
            return pool.state.client

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

        It is shared with the :meth:`with_options` copies, which are closed too. A client that is
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

    def _http(self) -> httpx.AsyncClient:
        """The pooled :class:`httpx.AsyncClient` of the running event loop, created on first use.

        Connections belong to the loop that opened them. When the client is used from another
        loop (a second ``asyncio.run()``) and the first one has finished, the old pool's sockets
        are closed and a new pool is made for the new loop; while the first loop is still running
        (another thread), that raises :class:`~muxi.ConfigurationError`.
        """
        pool = self._pool
        state = pool.state
        client, bound = state.client, state.loop
        loop = _running_loop()
        if client is not None and bound is not None and bound() is loop:
            return client
        with pool.lock:
            return self._rebind(pool, loop)

    def _rebind(self, pool: _Pool[httpx.AsyncClient], loop: Any) -> httpx.AsyncClient:
        """:meth:`_http`'s slow path, under the pool's lock: bind the pool to ``loop``."""
        if pool.closed:
            raise self._closed_error()
        state = pool.state
        client = state.client
        if client is not None:
            previous = state.loop() if state.loop is not None else None
            if state.loop is None or previous is loop:  # first use on a loop (or a racing thread bound it)
                state.loop = _loop_ref(loop) if loop is not None else None
                return client
            name = type(self).__name__
            if previous is not None and previous.is_running():
                raise ConfigurationError(
                    f"this {name} is in use on another running event loop (another thread); its connections "
                    "belong to that loop: use one async client per event loop"
                )
            if not pool.owned:
                if _socket_transports(client):
                    raise ConfigurationError(
                        f"the async_http_client of this {name} holds connections of a finished event loop, "
                        "which cannot be used on this one: create the httpx.AsyncClient inside the loop that "
                        "uses it, or let the SDK own the pool (no async_http_client=)"
                    )
                state.loop = _loop_ref(loop) if loop is not None else None
                return client
            state.client = None
            _abandon(client, previous)  # the finished loop's sockets, closed without that loop
        state.client = self._new_http_client(_keep_pool_async(pool))
        state.loop = _loop_ref(loop) if loop is not None else None
        return state.client

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
        """Close the connection pool (not a user-supplied ``async_http_client``).

        It is shared with the :meth:`with_options` copies, which are closed too. A client that is
        never closed releases its connections when it (and every copy, and every open stream) is
        garbage collected; its sockets are then closed without awaiting, even after its event loop
        has finished.
        """
        pool = self._pool
        with pool.lock:
            if not pool.owned:
                return
            client, loop = pool.take()
        if client is None:
            return
        if loop is None or loop is _running_loop():
            await client.aclose()
        else:  # opened on another, finished loop: awaiting its close here would fail
            _abandon(client, loop)

    async def __aenter__(self: _AsyncSelf) -> _AsyncSelf:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


def _keep_pool(pool: _Pool[Any]) -> Callable[[httpx.Response], None]:
    """A response hook that keeps ``pool`` alive as long as the response (an open stream may
    outlive the client that started it, and must not lose its connection to the finalizer)."""
    ref = weakref.ref(pool)

    def keep(response: httpx.Response) -> None:
        response.extensions[_POOL_EXTENSION] = ref()

    return keep


def _keep_pool_async(pool: _Pool[Any]) -> Callable[[httpx.Response], Awaitable[None]]:
    """:func:`_keep_pool` for an :class:`httpx.AsyncClient` (whose hooks are awaited)."""
    keep = _keep_pool(pool)

    async def keep_async(response: httpx.Response) -> None:
        keep(response)

    return keep_async


_POOL_EXTENSION = "muxi.pool"  # httpx does not pickle a response's extensions
_SyncSelf = TypeVar("_SyncSelf", bound=SyncClient)
_AsyncSelf = TypeVar("_AsyncSelf", bound=AsyncClient)
