"""Generate ``muxi_generated/methods.py``: one typed method per operation, sync and async.

The facade clients inherit these mixins. Each method is a mechanical wrapper over the client's
``call(operation_id, **arguments)``: path parameters and required body fields are positional,
query parameters and optional body fields are keyword arguments (the body model is built from
the fields given, by the client's ``_body_model``, which checks each field against the JSON kind
of its schema in ``*_BODY_FIELDS``), and the return type is the operation's payload model
(``data`` of the envelope). Every method takes the per-call options ``idempotency_key``,
``timeout``, ``max_retries``, ``max_response_bytes``, ``extra_headers`` and ``extra_query``, and those with a JSON body
``extra_body``. Operations marked ``x-muxi-streaming`` are left to the hand-written facade.

:func:`raw_module` generates ``muxi_generated/raw_methods.py``: for each of those methods a typed
twin (``get_agents = raw(FormationMethods.get_agents)``) that ``client.with_raw_response`` exposes,
with the same parameters and ``muxi.RawResponse[<the usual result>]`` as its result.

Used by ``scripts/regenerate.py``; the output is committed with the rest of ``generated/``.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, cast

RESERVED = ("idempotency_key", "timeout", "max_retries", "max_response_bytes", "extra_headers", "extra_query")
EXTRA_BODY = "extra_body"  # only on operations with a JSON body
SKIPPED_HEADERS = {"x-muxi-user-id", "x-muxi-idempotency-key", "accept"}
JSON_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
TRIPLE = '"' * 3


@dataclass
class Param:
    name: str  # the Python identifier
    key: str  # the name in the spec (query/path/header name, or JSON property)
    where: str  # path, query, header, body; "model"/"raw" for a whole-body parameter
    annotation: str
    required: bool
    default: str | None = None
    description: str = ""


def _identifier(name: str) -> str:
    from openapi_python_client.utils import PythonIdentifier

    return str(PythonIdentifier(name, "field_"))


def _resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = document
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _annotation(schema: dict[str, Any]) -> str:
    """A Python annotation for a JSON schema (nested objects stay plain dicts)."""
    if "$ref" in schema:
        return "dict[str, Any]"
    types = schema.get("type")
    if isinstance(types, list):
        parts = [_annotation({**schema, "type": t}) for t in cast("list[object]", types) if t != "null"]
        text = " | ".join(dict.fromkeys(parts)) or "Any"
        return f"{text} | None" if "null" in types and text != "Any" else text
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        nullable = any(o.get("type") == "null" for o in options)
        rest = [o for o in options if o.get("type") != "null"]
        text = _annotation(rest[0]) if len(rest) == 1 else "Any"
        return f"{text} | None" if nullable and text != "Any" else text
    if types == "array":
        return f"list[{_annotation(schema.get('items', {}))}]"
    if types == "object":
        return "dict[str, Any]"
    if "enum" in schema and types == "string":
        return "Literal[" + ", ".join(repr(v) for v in schema["enum"]) + "]"
    return JSON_TYPES.get(str(types), "Any")


def _parameters(document: dict[str, Any], item: dict[str, Any], operation: dict[str, Any]) -> list[Param]:
    params: list[Param] = []
    for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
        p = _resolve(document, raw)
        if p["in"] == "header" and p["name"].lower() in SKIPPED_HEADERS:
            continue
        schema = p.get("schema", {})
        required = bool(p.get("required")) or p["in"] == "path"
        annotation = _annotation(schema)
        default = repr(schema["default"]) if "default" in schema else None
        if not required and default is None:
            default = "None"
            if not annotation.endswith("| None"):
                annotation += " | None"
        params.append(
            Param(_identifier(p["name"]), p["name"], p["in"], annotation, required, default, p.get("description", ""))
        )
    return params


def _body(
    document: dict[str, Any], operation: dict[str, Any], taken: set[str], alias: str
) -> tuple[list[Param], str | None]:
    """Flattened fields of a JSON object body, or one ``body`` parameter; and the body model's class."""
    from openapi_python_client.utils import ClassName

    request = operation.get("requestBody")
    if not request:
        return [], None
    content = _resolve(document, request).get("content", {})
    schema = content.get("application/json", {}).get("schema")
    if schema is None:
        raise ValueError(f"{operation['operationId']}: binary bodies are written by hand in the facade")
    model = str(ClassName(schema["$ref"].rsplit("/", 1)[1], "")) if "$ref" in schema else None
    resolved = _resolve(document, schema)
    properties = resolved.get("properties", {})
    names = {key: _identifier(key) for key in properties}
    collision = set(names.values()) & (taken | set(RESERVED) | {EXTRA_BODY, "self"})
    if model is None or resolved.get("type") != "object" or not properties or collision:
        return [Param("body", "body", "model", f"{alias}.{model}" if model else "Any", True)], model
    required = set(resolved.get("required", []))
    fields: list[Param] = []
    for key, prop in properties.items():
        annotation = _annotation(prop)
        if key in required:
            fields.append(Param(names[key], key, "body", annotation, True, None, prop.get("description", "")))
        else:
            # One sentinel for callers: None means "not given" (the field is left out of the body).
            optional = annotation if annotation.endswith("| None") or annotation == "Any" else f"{annotation} | None"
            fields.append(Param(names[key], key, "body", optional, False, "None", prop.get("description", "")))
    return fields, model


def _kinds(document: dict[str, Any], schema: dict[str, Any]) -> tuple[tuple[str, ...], tuple[object, ...] | None]:
    """The JSON kinds a schema allows (empty: anything) and its enum values (None: any value)."""
    schema = _resolve(document, schema)
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        kinds: list[str] = []
        choices: list[object] | None = []
        for option in options:
            option_kinds, option_choices = _kinds(document, option)
            if not option_kinds:
                return (), None
            kinds += [kind for kind in option_kinds if kind not in kinds]
            if option_choices is None and option_kinds != ("null",):
                choices = None
            elif choices is not None and option_choices is not None:
                choices += option_choices
        return tuple(kinds), tuple(choices) if choices else None
    types = schema.get("type")
    if types is None:
        return (), None
    kinds_of = tuple(cast("list[str]", types)) if isinstance(types, list) else (str(types),)
    return kinds_of, tuple(schema["enum"]) if "enum" in schema else None


BodyField = tuple[str, tuple[str, ...], tuple[object, ...] | None, bool]


def body_fields(document: dict[str, Any], operation: dict[str, Any]) -> dict[str, BodyField] | None:
    """``{json key: (argument, kinds, enum values, required)}`` of a JSON object body, or None."""
    request = operation.get("requestBody")
    if not request:
        return None
    schema = _resolve(document, request).get("content", {}).get("application/json", {}).get("schema")
    if schema is None or "$ref" not in schema:
        return None
    resolved = _resolve(document, schema)
    required = set(resolved.get("required", []))
    fields: dict[str, BodyField] = {}
    for key, prop in resolved.get("properties", {}).items():
        kinds, choices = _kinds(document, prop)
        fields[key] = (_identifier(key), kinds, choices, key in required)
    return fields


def _binary(document: dict[str, Any], operation: dict[str, Any]) -> bool:
    """Whether the operation's request body is not JSON (a bundle upload)."""
    request = operation.get("requestBody")
    return request is not None and "application/json" not in _resolve(document, request).get("content", {})


def _first_paragraph(text: str) -> str:
    return " ".join(text.strip().split("\n\n", 1)[0].split())


def _returns(info: dict[str, Any], alias: str) -> str:
    if info.get("data_schema"):
        return f"{alias}.{info['data_schema']}"
    if info.get("response_schema"):
        return f"{alias}.{info['response_schema']}"
    if not info["media_types"]:  # e.g. a bare redirect: the body of the page it leads to, if followed
        return "str | bytes"
    if "application/json" in info["media_types"]:
        return "Any"
    if any(t.startswith("text/") for t in info["media_types"]):
        return "str"
    return "bytes"


def _docstring(summary: str, description: str, params: list[Param]) -> list[str]:
    doc = [summary]
    if description:
        doc += ["", *textwrap.wrap(description, 92)]
    documented = [p for p in params if p.description]
    if documented:
        doc += ["", "Args:"]
        for p in documented:
            doc += textwrap.wrap(
                f"{p.name}: {_first_paragraph(p.description)}", 88, initial_indent="    ", subsequent_indent="        "
            )
    clean = [line.replace("\\", "\\\\").replace(TRIPLE, "'''") for line in doc]
    return [f"        {TRIPLE}{clean[0]}", *(f"        {line}".rstrip() for line in clean[1:]), f"        {TRIPLE}"]


def _method(api: str, route: str, method: str, item: dict[str, Any], info: dict[str, Any], document: dict[str, Any],
            is_async: bool) -> Iterator[str]:  # fmt: skip
    operation = item[method]
    op_id = operation["operationId"]
    alias = f"{api[0]}m"
    params = _parameters(document, item, operation)
    body, model = _body(document, operation, {p.name for p in params}, alias)
    whole_body = bool(body) and body[0].where in ("model", "raw")
    all_parameters = [*item.get("parameters", []), *operation.get("parameters", [])]
    user_header = any(_resolve(document, p)["name"].lower() == "x-muxi-user-id" for p in all_parameters)
    user_header = user_header and "user_id" not in {p.name for p in [*params, *body]}

    # x-muxi-positional: optional body fields callers pass positionally (after the required ones).
    leading = [p for p in body if not p.required and p.key in operation.get("x-muxi-positional", [])]
    positional = [p for p in params if p.where == "path"] + [p for p in body if p.required]
    optional = [p for p in body if not p.required and p not in leading] + [p for p in params if p.where != "path"]
    signature = ["self", *(f"{p.name}: {p.annotation}" for p in positional)]
    signature += [f"{p.name}: {p.annotation} = {p.default}" for p in leading]
    signature.append("*")
    signature += [f"{p.name}: {p.annotation}" for p in optional if p.default is None]
    signature += [f"{p.name}: {p.annotation} = {p.default}" for p in optional if p.default is not None]
    if user_header:
        signature.append("user_id: str | None = None")
    signature += [
        "idempotency_key: str | None = None",
        "timeout: float | httpx.Timeout | None = None",
        "max_retries: int | None = None",
        "max_response_bytes: int | None = None",
        "extra_headers: Mapping[str, str] | None = None",
        "extra_query: Mapping[str, object] | None = None",
    ]
    if body:
        signature.append(f"{EXTRA_BODY}: Mapping[str, object] | None = None")
    prefix = "async def" if is_async else "def"
    yield f"    {prefix} {op_id}({', '.join(signature)}) -> {_returns(info, alias)}:"
    summary = f"{operation.get('summary', op_id).rstrip('.')} (``{method.upper()} {route}``)."
    description = _first_paragraph(operation.get("description", ""))
    yield from _docstring(summary, description, [*positional, *leading, *optional])

    arguments = [f"{p.name}={p.name}" for p in params]
    if whole_body:
        arguments.append("body=body")
    elif body:
        pairs = ", ".join(f"{p.key!r}: {p.name}" for p in body)
        yield f"        from .{api}.models import {model}"
        yield ""
        arguments.append(f"body=self._body_model({op_id!r}, {model}, {{{pairs}}})")
    if user_header:
        arguments.append("user_id=user_id")
    arguments += [f"{name}={name}" for name in RESERVED]
    if body:
        arguments.append(f"{EXTRA_BODY}={EXTRA_BODY}")
    call = "await self.call" if is_async else "self.call"
    yield f"        return {call}({op_id!r}, {', '.join(arguments)})"
    yield ""


def _body_table(api: str, document: dict[str, Any]) -> list[str]:
    """``<API>_BODY_FIELDS``: the fields of every JSON object body, by operation (streaming ones included)."""
    lines = [
        f"# {{operation: {{json key: (argument, JSON kinds, enum values, required)}}}} of the {api} API's JSON bodies.",
        f"{api.upper()}_BODY_FIELDS: dict[str, dict[str, BodyField]] = {{",
    ]
    for item in document["paths"].values():
        for method in ("get", "put", "post", "delete", "patch"):
            operation = item.get(method)
            fields = body_fields(document, operation) if operation else None
            if fields:
                lines.append(f"    {operation['operationId']!r}: {{")
                lines += [f"        {key!r}: {value!r}," for key, value in fields.items()]
                lines.append("    },")
    return [*lines, "}", "", ""]


def module(specs: list[tuple[str, dict[str, Any], dict[str, dict[str, Any]]]]) -> str:
    """The source of ``muxi_generated/methods.py`` for ``[(api, document, operation info)]``."""
    classes = [f"{prefix}{api.title()}Methods" for api, _, _ in specs for prefix in ("", "Async")]
    tables = [f"{api.upper()}_BODY_FIELDS" for api, _, _ in specs]
    lines = [
        f"{TRIPLE}Typed per-operation methods of the facade clients, generated from ``openapi/``.",
        "",
        "Generated by ``scripts/regenerate.py`` (``scripts/methods_codegen.py``); do not edit. The",
        "``muxi`` clients inherit these mixins; each method calls ``self.call(operation_id, ...)``,",
        "which adds authentication, retries, idempotency keys and typed errors. A body is built by",
        "the client's ``_body_model``, which checks each field against ``*_BODY_FIELDS`` (``None``",
        "means not given: the field is left out). Operations that stream are implemented by the",
        "hand-written facade instead.",
        TRIPLE,
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Mapping",
        "from typing import TYPE_CHECKING, Any, ClassVar, Literal",
        "",
        "import httpx",
        "",
        "if TYPE_CHECKING:",
        *(f"    from .{api} import models as {api[0]}m" for api, _, _ in specs),
        "",
        "__all__ = [" + ", ".join(f'"{name}"' for name in [*tables, "BodyField", *classes]) + "]",
        "",
        "BodyField = tuple[str, tuple[str, ...], tuple[object, ...] | None, bool]",
        "",
    ]
    for api, document, _ in specs:
        lines += _body_table(api, document)
    for api, document, infos in specs:
        for is_async in (False, True):
            lines += [
                f"class {'Async' if is_async else ''}{api.title()}Methods:",
                f"    {TRIPLE}The non-streaming operations of the {api} API as typed methods.{TRIPLE}",
                "",
                f"    _body_fields: ClassVar[dict[str, dict[str, BodyField]]] = {api.upper()}_BODY_FIELDS",
                "",
                f"    {'async def' if is_async else 'def'} call(self, operation_id: str, /, **arguments: Any) -> Any:",
                "        raise NotImplementedError  # provided by the client class",
                "",
                "    def _body_model(self, operation_id: str, model: type[Any], fields: Mapping[str, Any]) -> Any:",
                "        raise NotImplementedError  # provided by the client class: builds and checks a body model",
                "",
            ]
            for route, method, item, operation in _generated_operations(api, document):
                info = infos[operation["operationId"]]
                lines += _method(api, route, method, item, info, document, is_async)
            lines += ["", ""]
    return "\n".join(lines).rstrip() + "\n"


def _generated_operations(
    api: str, document: dict[str, Any]
) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """``(route, method, path item, operation)`` of every operation that gets a generated method."""
    for route, item in document["paths"].items():
        for method in ("get", "put", "post", "delete", "patch"):
            operation = item.get(method)
            # Formation streams only stream; server operations answer JSON without Accept.
            # Binary uploads (deploy/update bundles) are written by hand in the facade.
            if (
                operation
                and not (api == "formation" and operation.get("x-muxi-streaming"))
                and not _binary(document, operation)
            ):
                yield route, method, item, operation


RAW_HELPERS = f"""
P = ParamSpec("P")
R = TypeVar("R")


class RawMethods:
    {TRIPLE}Base of the ``with_raw_response`` classes: the ``muxi`` client's object provides the hooks.{TRIPLE}

    __slots__ = ()

    def _call_raw(self, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        raise NotImplementedError  # provided by the muxi class: calls the client's method, keeps its response

    async def _acall_raw(self, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        raise NotImplementedError  # provided by the muxi class: awaits the client's method, keeps its response


def raw(method: Callable[Concatenate[Any, P], R]) -> Callable[Concatenate[RawMethods, P], RawResponse[R]]:
    {TRIPLE}The raw-response twin of a blocking method: the same parameters, a ``RawResponse`` of its result.{TRIPLE}
    name = method.__name__

    @functools.wraps(method)
    def call_raw(self: RawMethods, /, *args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        result: RawResponse[R] = self._call_raw(name, args, kwargs)
        return result

    return call_raw


def async_raw(
    method: Callable[Concatenate[Any, P], Awaitable[R]],
) -> Callable[Concatenate[RawMethods, P], Awaitable[RawResponse[R]]]:
    {TRIPLE}The raw-response twin of an async method (or of one returning an awaitable stream).{TRIPLE}
    name = method.__name__

    @functools.wraps(method)
    async def call_raw(self: RawMethods, /, *args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        result: RawResponse[R] = await self._acall_raw(name, args, kwargs)
        return result

    return call_raw
"""


def raw_module(specs: list[tuple[str, dict[str, Any], dict[str, dict[str, Any]]]]) -> str:
    """The source of ``muxi_generated/raw_methods.py``: the ``with_raw_response`` twin of every method.

    One class per mixin of :func:`module` (``FormationMethodsWithRawResponse``...), one attribute
    per operation: ``get_agents = raw(FormationMethods.get_agents)`` keeps the method's parameters
    for type checkers and returns ``muxi.RawResponse[<its result>]``. The facade's
    ``with_raw_response`` objects subclass these and add the hand-written methods.
    """
    classes = [f"{prefix}{api.title()}Methods" for api, _, _ in specs for prefix in ("", "Async")]
    lines = [
        f"{TRIPLE}The ``with_raw_response`` twins of the typed methods, generated from ``openapi/``.",
        "",
        "Generated by ``scripts/regenerate.py`` (``scripts/methods_codegen.py``); do not edit. Each",
        "attribute wraps the method of the same name of ``methods.py``: the same parameters, and the",
        "call returns a ``muxi.RawResponse`` of the usual result (status, headers, ``parse()``). The",
        "``muxi`` clients' ``with_raw_response`` objects subclass these classes and provide the hooks.",
        TRIPLE,
        "",
        "from __future__ import annotations",
        "",
        "import functools",
        "from collections.abc import Awaitable, Callable",
        "from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar",
        "",
        f"from .methods import {', '.join(sorted(classes))}",
        "",
        "if TYPE_CHECKING:",
        "    from muxi import RawResponse",
        "",
        "__all__ = ["
        + ", ".join(f'"{name}"' for name in ["RawMethods", "async_raw", "raw"])
        + ", "
        + ", ".join(f'"{name}WithRawResponse"' for name in classes)
        + "]",
        *RAW_HELPERS.split("\n"),
        "",
    ]
    for api, document, _ in specs:
        for is_async in (False, True):
            mixin = f"{'Async' if is_async else ''}{api.title()}Methods"
            wrap = "async_raw" if is_async else "raw"
            lines += [
                "",
                f"class {mixin}WithRawResponse(RawMethods):",
                f"    {TRIPLE}Every method of :class:`{mixin}`, returning a ``muxi.RawResponse``.{TRIPLE}",
                "",
                "    __slots__ = ()",
                "",
            ]
            lines += [
                f"    {operation['operationId']} = {wrap}({mixin}.{operation['operationId']})"
                for _, _, _, operation in _generated_operations(api, document)
            ]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"
