"""From a call's arguments to a request factory, without I/O: checks, models, URL and JSON body.

Every check of the caller's input runs here, before anything is sent: an unknown or missing
argument raises :class:`TypeError`; a path parameter, query parameter, body or model field that
cannot be sent raises :class:`~muxi.ConfigurationError` naming it. The generated
``_get_kwargs`` of the operation (``muxi_generated``) says which arguments exist and how they map
onto the method, path, query, headers and body.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import json
import re
from collections.abc import Callable, Mapping
from typing import Any, cast

import httpx

from ..errors import ConfigurationError
from .inputs import check_path_parameter, json_problem
from .json import is_object

__all__ = [
    "IDEMPOTENCY_HEADER",
    "PER_CALL_OPTIONS",
    "body_argument",
    "build_model",
    "check_arguments",
    "extra_mapping",
    "generated_function",
    "generated_kwargs",
    "request_factory",
]

IDEMPOTENCY_HEADER = "X-Muxi-Idempotency-Key"
# The per-call options every operation takes, besides its own parameters.
PER_CALL_OPTIONS = ("idempotency_key", "timeout", "max_retries", "max_response_bytes", "extra_headers", "extra_query")
_PATH_PARAMETER = re.compile(r"{([^}]+)}")
_MODEL_ERRORS = (LookupError, TypeError, ValueError, AttributeError, ArithmeticError, RecursionError)


@functools.cache
def generated_function(module_name: str) -> tuple[Callable[..., dict[str, Any]], Mapping[str, inspect.Parameter]]:
    """The ``_get_kwargs`` of a generated endpoint module and its parameters (imported once, on first use)."""
    function = importlib.import_module(module_name)._get_kwargs
    return function, inspect.signature(function).parameters


@functools.cache
def _path_parameters(path: str) -> tuple[str, ...]:
    """The parameters of a path template (``/agents/{agent_id}`` -> ``("agent_id",)``)."""
    return tuple(_PATH_PARAMETER.findall(path))


def extra_mapping(value: object, argument: str, keys: str) -> Mapping[str, Any]:
    """``extra_query`` / ``extra_body``: a mapping with string keys, else :class:`ConfigurationError`."""
    kind = type(value).__name__
    if not isinstance(value, Mapping) or not all(isinstance(key, str) for key in cast("Mapping[object, Any]", value)):
        raise ConfigurationError(f"{argument} must be a mapping of {keys} (str) to values, got {kind}")
    return cast("Mapping[str, Any]", value)


def json_model(parameter: inspect.Parameter | None) -> type[Any] | None:
    """The generated model class of a ``body`` parameter that is sent as JSON, if it is one."""
    annotation = parameter.annotation if parameter is not None else None
    return annotation if isinstance(annotation, type) and hasattr(annotation, "from_dict") else None


def build_model(operation_id: str, model: type[Any], data: Mapping[str, Any], what: str) -> Any:
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


def body_argument(operation_id: str, model: type[Any] | None, value: object) -> object:
    """``call(op, body=...)``: the operation's model (``model``, None when not JSON), or a dict turned into it."""
    if model is None or isinstance(value, model):
        return value
    if isinstance(value, Mapping):
        return build_model(operation_id, model, cast("Mapping[str, Any]", value), "the fields of body")
    raise ConfigurationError(
        f"{operation_id}() argument body must be a {model.__name__} or a dict, got {type(value).__name__}"
    )


def check_arguments(
    operation_id: str,
    path: str,
    params: Mapping[str, Any],
    accepted: Mapping[str, inspect.Parameter],
    *,
    json_body: bool,
    extra_body: bool,
    call_arguments: tuple[str, ...],
) -> None:
    """Unknown or missing arguments raise :class:`TypeError`; bad path parameters :class:`ConfigurationError`.

    ``json_body``: the operation sends a JSON body (so ``extra_body`` is allowed); ``call_arguments``
    are the API's per-call arguments besides :data:`PER_CALL_OPTIONS`, named in the message.
    """
    unknown = [name for name in params if name not in accepted]
    if unknown or (extra_body and not json_body):
        names = [name for name in accepted if not name.startswith("x_muxi_")]
        names += [*PER_CALL_OPTIONS, *call_arguments] + (["extra_body"] if json_body else [])
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
    for name in _path_parameters(path):
        check_path_parameter(operation_id, name, params.get(name))


def generated_kwargs(
    operation_id: str, get_kwargs: Callable[..., dict[str, Any]], params: Mapping[str, Any]
) -> dict[str, Any]:
    """The generated ``_get_kwargs``; what it cannot turn into a request is the caller's mistake."""
    try:
        return dict(get_kwargs(**params))
    except _MODEL_ERRORS as exc:
        raise ConfigurationError(
            f"{operation_id}(): the arguments cannot be sent ({type(exc).__name__}: {exc})"
        ) from exc


@functools.lru_cache(maxsize=256)
def _parsed_url(url: str) -> httpx.URL:
    """``httpx.URL(url)``, parsed once per distinct URL (URLs are immutable; parsing is a fair share of a call)."""
    return httpx.URL(url)


def _url(operation: str, url: str, params: Mapping[str, Any]) -> httpx.URL:
    """The request URL with its query, encoded now; a parameter that cannot be sent is named."""
    try:
        full = _parsed_url(url)
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


def request_factory(
    base_url: str,
    kwargs: dict[str, Any],
    headers: dict[str, str],
    timeout: httpx.Timeout,
    body_factory: Callable[[], Any] | None = None,
    *,
    operation: str = "request",
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Callable[[], httpx.Request]:
    """A factory of the call's request (one per attempt); ``body_factory`` makes a fresh streamed body each time.

    ``kwargs`` is what the generated ``_get_kwargs`` returned. The URL (with the query) and the
    JSON body are encoded here, once: what cannot be encoded raises :class:`ConfigurationError`
    naming the parameter or the body field.
    """
    method = str(kwargs.pop("method")).upper()
    params: dict[str, Any] = {**dict(kwargs.pop("params", None) or {}), **dict(extra_query or {})}
    url = _url(operation, base_url + str(kwargs.pop("url")), params)
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
