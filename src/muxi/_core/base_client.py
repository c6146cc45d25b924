"""What every client shares: options, headers, the connection pool, and calling an operation.

:class:`BaseClient` builds requests and parses responses (no I/O). Its subclasses in
:mod:`muxi._core.clients`, :class:`~muxi._core.clients.SyncClient` and
:class:`~muxi._core.clients.AsyncClient`, add the one thing that differs — an
:class:`httpx.Client` or :class:`httpx.AsyncClient` (:mod:`muxi._core.pool`) and the shell that
drives :func:`~muxi._core.transport.call_flow` with it. What one API adds — which credentials an
operation needs, the per-call user id, how a response body reports a failure and its request id
— is an :class:`ApiPolicy` object handed to the client (the formation's and the server's live
beside their clients), so one call makes no round trip through subclass hooks.
"""

from __future__ import annotations

import copy
import functools
import importlib
import inspect
import os
import re
import sys
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import IO, Any, ClassVar, Generic, Protocol, TypeVar

import httpx

from ..errors import ConfigurationError
from .config import ClientOptions, HttpSettings, OptionChanges, TimeoutTypes, env_flag, sdk_headers, stream_timeout
from .inputs import check_body_field, check_header_value, check_headers, check_options
from .json import is_object
from .logging import enable_debug
from .otel import CallTrace, call_trace
from .pool import DEFAULT_LIMITS, Pool, adopt, shared_tls
from .request import (
    IDEMPOTENCY_HEADER,
    body_argument,
    build_model,
    check_arguments,
    extra_mapping,
    generated_function,
    generated_kwargs,
    json_model,
    request_factory,
)
from .results import parse_model, schema_error
from .retry import RetryPolicy
from .sse import LiteralNewlineFrames
from .streaming import AsyncStream, Stream, TypedEvents, send_now, typed_events
from .transport import Call, Flow, call_flow

__all__ = ["ApiPolicy", "BaseClient"]

_HttpClient = TypeVar("_HttpClient", httpx.Client, httpx.AsyncClient)
_Self = TypeVar("_Self", bound="BaseClient[Any]")
_RESPONSE_ERRORS = (LookupError, TypeError, ValueError, AttributeError, ArithmeticError, RecursionError)


_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _model_names(annotations: Iterable[object], known: frozenset[str]) -> list[str]:
    """The generated model names that type annotations (strings or objects) mention."""
    return [word for annotation in annotations for word in _IDENTIFIER.findall(str(annotation)) if word in known]


@functools.lru_cache(maxsize=16)
def _retry_policy(max_retries: int) -> RetryPolicy:
    """The (immutable) retry policy of a call, made once per ``max_retries`` value."""
    return RetryPolicy(max_retries=max_retries)


def _idempotency_key() -> str:
    """A random UUID (version 4) as :func:`uuid.uuid4` makes one, without importing :mod:`uuid` at start-up."""
    key = bytearray(os.urandom(16))
    key[6] = (key[6] & 0x0F) | 0x40  # version 4
    key[8] = (key[8] & 0x3F) | 0x80  # the RFC 4122 variant
    text = key.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


class ApiPolicy(Protocol):
    """What one API adds to every call of :class:`BaseClient` (all of it without I/O).

    Attributes:
        call_arguments: per-call arguments of this API besides ``PER_CALL_OPTIONS`` (the
            formation's ``user_id``), named when a call gets an unknown one.
        header_arguments: which argument a header :meth:`adapt` adds comes from, for messages.
    """

    @property
    def call_arguments(self) -> tuple[str, ...]: ...

    @property
    def header_arguments(self) -> Mapping[str, str]: ...

    def credentials(self, operation_id: str, info: Mapping[str, Any]) -> tuple[dict[str, str], httpx.Auth | None]:
        """Headers and :class:`httpx.Auth` that authenticate this operation (cached per operation)."""
        ...

    def adapt(self, params: dict[str, Any], accepted: Mapping[str, inspect.Parameter]) -> dict[str, str]:
        """Adjust the generated function's arguments in place; return headers to add to the request."""
        ...

    def admit(
        self, operation_id: str, info: Mapping[str, Any], headers: Mapping[str, str], credentials: Mapping[str, str]
    ) -> None:
        """Refuse, before any I/O, a call the server would refuse for want of what ``headers`` lack."""
        ...

    def check(self, body: object, response: httpx.Response) -> str | None:
        """Raise for a failure reported inside a successful JSON body; return the body's request id."""
        ...


class BaseClient(Generic[_HttpClient]):
    """Request building and response handling shared by all clients (no I/O here)."""

    _operations: ClassVar[Mapping[str, Mapping[str, Any]]] = {}
    _models: ClassVar[str] = ""  # the generated models package of the API
    # The operations of the facade's own methods (``warm("chat_stream")`` warms ``chat``).
    _method_operations: ClassVar[Mapping[str, tuple[str, ...]]] = {}
    _http_client_type: ClassVar[type[httpx.Client] | type[httpx.AsyncClient]]
    _http_client_argument: ClassVar[str]  # the constructor argument that takes a user's client
    _stream_type: ClassVar[type[Stream[Any]] | type[AsyncStream[Any]]]
    _pool: Pool[_HttpClient]
    _policy: ApiPolicy

    def _setup(self, base_url: str, policy: ApiPolicy, settings: HttpSettings, *, also: tuple[str, ...]) -> None:
        """Configure a new client from its constructor's settings (``also``: its other argument names)."""
        check_options(type(self).__name__, settings, HttpSettings, also=also)
        self._base_url = base_url
        self._options = ClientOptions.create(settings)
        self._policy = policy
        self._static_headers = sdk_headers()
        self._credential_cache: dict[str, tuple[dict[str, str], httpx.Auth | None]] = {}
        mine: object = settings.get("http_client")
        other: object = settings.get("async_http_client")
        if self._http_client_argument != "http_client":
            mine, other = other, mine
        name = type(self).__name__
        self._pool = adopt(self._http_client_type, self._http_client_argument, name, mine, other)
        debug = settings.get("debug")
        if env_flag("MUXI_DEBUG") if debug is None else debug:
            enable_debug()
        # Clients are made at start-up: the one-time work of a first call happens here instead of
        # inside it (in an async application, on the event loop). See :meth:`SyncClient.warm`.
        if self._models:
            importlib.import_module(self._models)  # the generated package: attrs, its client and types
        if self._pool.owned:
            self._bind_pool()

    def _bind_pool(self) -> None:
        """Create the SDK-owned httpx client now (its TLS context is shared: :func:`~muxi._core.pool.shared_tls`)."""
        self._pool.prepare(self._new_http_client, asynchronous=self._http_client_type is httpx.AsyncClient)

    def _warm_operations(self, operations: tuple[str, ...]) -> None:
        """Import the generated function of each operation and every model its call can touch.

        That is its body model and its response and event models, and the models their fields
        name, transitively (the generated ``from_dict`` imports nested models on first use).
        """
        models = importlib.import_module(self._models)
        known = frozenset(getattr(models, "__all__", ()))
        pending: list[str] = []
        ids: list[str] = []
        for name in operations:
            if not isinstance(name, str):  # pyright: ignore[reportUnnecessaryIsInstance]  # untyped callers
                raise TypeError(f"warm() takes operation ids or method names (str), got {type(name).__name__}")
            ids += self._method_operations.get(name, (name,)) if name not in self._operations else (name,)
        for operation_id in dict.fromkeys(ids):
            info = self._operation(operation_id)
            _, accepted = generated_function(str(info["module"]))
            events: Mapping[str, str] = info.get("sse_events") or {}
            pending += [str(name) for name in (info.get("data_schema"), info.get("response_schema")) if name]
            pending += events.values()
            pending += _model_names((parameter.annotation for parameter in accepted.values()), known)
        seen: set[str] = set()
        while pending:
            name = pending.pop()
            if name not in seen:
                seen.add(name)
                annotations: Mapping[str, object] = getattr(getattr(models, name), "__annotations__", {})
                pending += _model_names(annotations.values(), known)

    def _http(self) -> _HttpClient:
        """The pooled httpx client (made at construction; again after a move to another event loop)."""
        raise NotImplementedError

    def _new_http_client(self, keep_alive: Callable[[httpx.Response], Any]) -> _HttpClient:
        """An SDK-owned httpx client whose responses run ``keep_alive`` (an event hook)."""
        return self._http_client_type(  # type: ignore[return-value]
            follow_redirects=False,
            verify=shared_tls(),
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

    def _changed(self: _Self, changes: OptionChanges) -> _Self:
        """A copy with other defaults that shares this client's connection pool (each API's ``with_options``)."""
        clone = copy.copy(self)
        clone._options = self._options.merge(changes)
        return clone

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r})"

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

    def _flow(self, call: Call, policy: RetryPolicy) -> tuple[CallTrace, Flow]:
        """The call's trace (NO_TRACE unless OpenTelemetry is configured) and its sans-I/O flow."""
        trace = call_trace(call, self._operations, self._base_url)
        options = self._options
        flow = call_flow(
            call, policy, follow_redirects=options.follow_redirects, max_redirects=options.max_redirects, trace=trace
        )
        return trace, flow

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
        and the body are checked (:mod:`muxi._core.request`, :mod:`muxi._core.inputs`) and a bad
        one raises :class:`ConfigurationError` naming the argument.
        """
        params = dict(arguments)
        idempotency_key: str | None = params.pop("idempotency_key", None)
        timeout: TimeoutTypes = params.pop("timeout", None)
        max_retries: int | None = params.pop("max_retries", None)
        max_response_bytes: int | None = params.pop("max_response_bytes", None)
        extra_headers = check_headers(params.pop("extra_headers", None), "extra_headers")
        extra_query = params.pop("extra_query", None)
        if extra_query is not None:
            extra_query = extra_mapping(extra_query, "extra_query", "query parameter names")
        extra_body = params.pop("extra_body", None)
        if extra_body is not None:
            extra_body = extra_mapping(extra_body, "extra_body", "body field names")
        info = self._operation(operation_id)
        get_kwargs, accepted = generated_function(str(info["module"]))
        policy = self._policy
        adapted_headers = policy.adapt(params, accepted)
        # None means "not given" for optional parameters (a None header would be invalid).
        for name in [n for n, v in params.items() if v is None and n in accepted]:
            if accepted[name].default is not inspect.Parameter.empty:
                del params[name]
        model = json_model(accepted.get("body"))
        check_arguments(
            operation_id,
            str(info["path"]),
            params,
            accepted,
            json_body=model is not None,
            extra_body=extra_body is not None,
            call_arguments=policy.call_arguments,
        )
        if "body" in params:
            params["body"] = body_argument(operation_id, model, params["body"])
        cached = self._credential_cache.get(operation_id)
        if cached is None:  # the keys never change during a client's life
            cached = self._credential_cache[operation_id] = policy.credentials(operation_id, info)
        credentials, auth = cached
        options = self._options
        if timeout is not None or max_retries is not None or max_response_bytes is not None:
            options = options.merge(
                {"timeout": timeout, "max_retries": max_retries, "max_response_bytes": max_response_bytes}
            )
        # A stream waits for events as long as it takes, unless this call set a timeout of its own.
        request_timeout = stream_timeout(options.timeout) if stream and timeout is None else options.timeout
        kwargs = generated_kwargs(operation_id, get_kwargs, params)
        generated_headers: dict[str, Any] = dict(kwargs.pop("headers", {}) or {})
        for name, value in generated_headers.items():
            generated_headers[name] = check_header_value(value, f"{operation_id}() header {name}")
        for name, value in adapted_headers.items():
            check_header_value(value, policy.header_arguments.get(name, name))
        if idempotency_key is not None:
            check_header_value(idempotency_key, "idempotency_key")
        headers = {
            **self._static_headers,
            **options.headers,
            **credentials,
            **adapted_headers,
            **generated_headers,
            **extra_headers,
            IDEMPOTENCY_HEADER: idempotency_key or _idempotency_key(),
        }
        if stream and info.get("sse_events"):
            headers.setdefault("Accept", "text/event-stream")
        build = request_factory(
            self._base_url,
            kwargs,
            headers,
            request_timeout,
            body_factory,
            operation=operation_id,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        policy.admit(operation_id, info, headers, credentials)
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
        return call, _retry_policy(options.max_retries)

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
        return build_model(operation_id, model, given, "the arguments")

    # ------------------------------------------------------------------ responses and streams

    def _result(self, operation_id: str, response: httpx.Response) -> Any:
        """The value a caller gets from a response.

        That is the typed model of the JSON body (``data`` of an envelope), the text of a
        ``text/*`` body, or the bytes of any other body.

        Whatever a strange body makes this raise is turned into :class:`ResponseValidationError`
        (its cause chained): JSON that is not UTF-8 or is nested too deeply for the parser, a
        value of the wrong type, a missing field...
        """
        try:
            content_type = response.headers.get("content-type", "")
            if "json" not in content_type:
                return response.text if content_type.startswith("text/") else response.content
            body: Any = response.json()
            request_id = self._policy.check(body, response)
            info = self._operations[operation_id]
            models = sys.modules.get(self._models) or importlib.import_module(self._models)
            if info.get("data_schema") and is_object(body) and "data" in body:
                return parse_model(getattr(models, info["data_schema"]), body["data"], request_id)
            if info.get("response_schema"):
                return parse_model(getattr(models, info["response_schema"]), body, None)
            return body
        except _RESPONSE_ERRORS as exc:
            raise schema_error(operation_id, response, exc) from exc

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
