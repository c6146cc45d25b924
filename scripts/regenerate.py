#!/usr/bin/env python3
"""Validate the OpenAPI specs in ``openapi/`` and regenerate the low-level client in ``generated/``.

Usage::

    python scripts/regenerate.py            # validate, then rewrite generated/
    python scripts/regenerate.py --check    # validate, then fail if generated/ is stale or hand-edited

Every run starts from an empty directory, so stale files never survive, and the output is
byte-identical for the same specs, templates and pinned tool versions (no network, no timestamps).
The generated packages are ``muxi_generated.formation`` and ``muxi_generated.server``.

Options ``--root`` and ``--output`` exist so the tests can run the script on a temporary copy.
"""

from __future__ import annotations

import argparse
import copy
import difflib
import filecmp
import hashlib
import json
import os
import re
import reprlib
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeGuard

import methods_codegen  # scripts/ is on sys.path when this file runs as a script

GENERATOR_VERSION = "0.28.3"
PACKAGE = "muxi_generated"
APIS = ("formation", "server")
SNAKE_CASE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Formatting is part of the output, so it must not depend on the user's ruff configuration.
RUFF_ARGS = ("--isolated", "--line-length", "120", "--target-version", "py310")


# The one "not given" sentinel of both generated APIs (their ``types.py`` re-export it), so
# ``isinstance(x, muxi.Unset)`` narrows a formation field and a server field alike.
UNSET_MODULE = '''"""The "not given" sentinel shared by the generated APIs (written by ``scripts/regenerate.py``)."""

from typing import Literal

__all__ = ["UNSET", "Unset"]


class Unset:
    """The type of :data:`UNSET`: an optional field the server did not send. Falsy."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # pickles as the module-level singleton


UNSET: Unset = Unset()
'''


class SpecError(Exception):
    """A spec is not valid; the message names the file, the JSON pointer and the reason."""


@dataclass(frozen=True)
class Api:
    name: str
    spec: Path
    config: Path


def apis(root: Path) -> list[Api]:
    return [Api(name, root / "openapi" / f"{name}.yaml", root / "openapi" / f"{name}.config.yaml") for name in APIS]


# --------------------------------------------------------------------------- validation
#
# Every problem is one line ``file: /json/pointer: reason`` (YAML-level ones ``file:line:column:
# reason``), and every problem of both specs is listed, never only the first. No traceback and no
# dump of the document: openapi-spec-validator's own errors are shortened to one line as well.
#
# Besides the OpenAPI schema, the specs follow the rules of this project (``_project_rules``), so
# that a route that regenerates cleanly also gets a typed method: a JSON 2xx response is a
# ``$ref`` to a named object schema (``<Payload>Response: allOf [$ref Envelope, {data: $ref
# <Payload>}]``, or a bare object such as ``HealthStatus``); other bodies are raw (``text/*`` is
# returned as ``str``, anything else as ``bytes``) and ``text/event-stream`` names the model of
# each event in ``x-muxi-sse-events``; every ``$ref`` resolves; vendor extensions are well formed.

MESSAGE_LIMIT = 300
Found = list[tuple[str, str]]  # (JSON pointer, reason) of each problem in one spec
JSON_MEDIA = "application/json"
SSE_MEDIA = "text/event-stream"
# openapi-spec-validator names the operation of some errors only in the message.
OPERATION_IN_MESSAGE = re.compile(r"for '(\w+)'(?: operation)? in '([^']*)'")
COMPONENT_REF = re.compile(r"^#/components/([A-Za-z]+)/([^/]+)$")
# Vendor extensions of this project; a misspelt one would be silently ignored by the generator.
EXTENSIONS = frozenset(
    {
        "x-muxi-items",  # list payload schema: the class iterates over / counts that array field
        "x-muxi-sse-events",  # text/event-stream media type: event name -> $ref of its data model
        "x-muxi-streaming",  # operation: streamed by the hand-written facade
        "x-muxi-idempotent",  # operation: de-duplicated by X-Muxi-Idempotency-Key
        "x-muxi-requires",  # operation: security scheme a handler requires beyond `security`
        "x-muxi-positional",  # operation: optional body fields passed positionally
        "x-muxi-user-id",  # operation: its handler refuses a request without X-Muxi-User-ID (USER_ID_MARKERS)
        "x-muxi-known-values",  # open string set: the values known today
        "x-muxi-known-messages",  # documentation only
        "x-muxi-hmac",  # documentation only
        "x-muxi-accepted-content-types",  # documentation only
    }
)
# ``x-muxi-user-id`` values: the header is required with any key, or only with the client key.
USER_ID_MARKERS = ("required", "required-with-client-key")
USER_ID_HEADER = "x-muxi-user-id"
# Keys whose value is data (an example, a default...), not part of the API description.
DATA_KEYS = frozenset({"example", "examples", "default", "const", "enum", "value"})
# Keys whose value maps user-chosen names to objects (a property named "default" is not data).
NAME_MAPS = frozenset(
    {
        "properties", "patternProperties", "$defs", "dependentSchemas", "paths", "schemas", "responses",
        "parameters", "requestBodies", "headers", "examples", "links", "callbacks", "securitySchemes",
        "pathItems", "content", "encoding", "variables", "mapping", "x-muxi-sse-events",
    }
)  # fmt: skip
# What a $ref must point at, by where it stands (the parent key, or the key holding the ref).
SCHEMA_CONTAINERS = frozenset(
    {"properties", "patternProperties", "$defs", "dependentSchemas", "allOf", "anyOf", "oneOf", "prefixItems",
     "x-muxi-sse-events"}
)  # fmt: skip
SCHEMA_KEYWORDS = frozenset(
    {"schema", "items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames",
     "unevaluatedItems", "unevaluatedProperties", "contentSchema"}
)  # fmt: skip
INLINE_RESPONSE = (
    "inline response schema (the generated method would be untyped); define it under components/schemas "
    "as <Name>Response: allOf [$ref {envelope}, {{data: $ref <Name>}}] and $ref it"
)
NOT_A_MODEL = (
    "$ref {ref!r} is not an object schema (type: object, or allOf of objects): the generator makes no class "
    "for it, so the method would be untyped"
)

# Known violations of the rules in the committed specs: reported as warnings until the spec (and the
# facade) are fixed, then removed from here. Key: (spec file name, JSON pointer, start of the reason).
WAIVED: dict[tuple[str, str, str], str] = {
    (
        "server.yaml",
        "/paths/~1rpc~1formations~1{formation_id}~1draft~1files/post/responses/200/content/application~1json/schema",
        "inline response schema",
    ): "draft_files answers DraftResponse or UpdateResultResponse by action; not typeable as one model yet",
    (
        "formation.yaml",
        "/paths/~1memories/post/responses",
        "2xx JSON responses differ",
    ): "add_memory's 202 MemoryIngestionReceipt is read as MemoryWriteResult until the facade types it",
}


@dataclass(frozen=True)
class Problem:
    """One spec problem: ``file: pointer: reason`` (``pointer`` is ``:line:column`` for YAML errors)."""

    file: str
    pointer: str
    reason: str

    def __str__(self) -> str:
        separator = "" if self.pointer.startswith(":") else ": "
        return f"{self.file}{separator}{self.pointer}: {self.reason}"

    def waiver(self) -> str | None:
        """``<rule>: waived: <why>`` when ``WAIVED`` lists this problem, else None."""
        for (name, pointer, start), why in WAIVED.items():
            if Path(self.file).name == name and self.pointer == pointer and self.reason.startswith(start):
                return f"{start}: waived: {why}"
        return None


def _is_map(node: object) -> TypeGuard[dict[Any, Any]]:
    """``isinstance(node, dict)`` for parsed YAML (whose keys need not be strings: ``200:``)."""
    return isinstance(node, dict)


def _is_list(node: object) -> TypeGuard[list[Any]]:
    """``isinstance(node, list)`` for parsed YAML."""
    return isinstance(node, list)


def _pointer(parts: Any) -> str:
    tokens = [str(p).replace("~", "~0").replace("/", "~1") for p in parts]
    return "/" + "/".join(tokens) if tokens else "/"


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def _resolve(node: Any, parts: list[Any]) -> Any:
    for part in parts:
        in_dict = _is_map(node) and part in node
        in_list = _is_list(node) and isinstance(part, int) and 0 <= part < len(node)
        if in_dict or in_list:
            node = node[part]
        else:
            raise KeyError(part)
    return node


def _target(document: dict[str, Any], ref: Any, *, uri: bool = True) -> Any:
    """What a local ``$ref`` (``#/a/b``) points at, or None when it does not resolve."""
    if not isinstance(ref, str) or not ref.startswith("#/"):
        return None
    node: Any = document
    for token in ref[2:].split("/"):
        token = _unescape(urllib.parse.unquote(token) if uri else token)
        if _is_map(node) and token in node:
            node = node[token]
        elif _is_list(node) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    return node


def _one_line(text: str, limit: int = MESSAGE_LIMIT) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _short(value: Any) -> str:
    short = reprlib.Repr()
    short.maxstring, short.maxother, short.maxdict, short.maxlist, short.maxlevel = 40, 40, 3, 3, 2
    return short.repr(value)


def _locate(document: dict[str, Any], parts: list[Any], instance: Any) -> str:
    """JSON pointer of an error from the document root.

    openapi-spec-validator reports errors inside schema objects relative to the schema it was
    validating, so when the path does not resolve from the root, find the subtrees where it does.
    """
    try:
        if _resolve(document, parts) == instance:
            return _pointer(parts)
    except KeyError:
        pass
    matches: list[str] = []
    for prefix, node in _walk(document):
        try:
            if _resolve(node, parts) == instance:
                matches.append(_pointer([*prefix, *parts]))
        except KeyError:
            continue
    return " or ".join(matches[:3]) if matches else _pointer(parts)


def _yaml_loader() -> Any:
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml is ~10x faster on formation.yaml


def _duplicate_keys(node: Any, parts: tuple[str, ...] = (), seen: set[int] | None = None) -> Iterator[tuple[str, str]]:
    """``(pointer, reason)`` of each key repeated in a YAML mapping (YAML would keep only the last)."""
    import yaml

    seen = set() if seen is None else seen
    if id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        first: dict[str, int] = {}
        for key, value in node.value:
            name = str(key.value) if isinstance(key, yaml.ScalarNode) else None
            if name is not None and name != "<<":
                if name in first:
                    yield (
                        _pointer([*parts, name]),
                        (
                            f"duplicate key {name!r} at lines {first[name]} and {key.start_mark.line + 1} "
                            "(YAML keeps only the last one)"
                        ),
                    )
                first.setdefault(name, key.start_mark.line + 1)
            yield from _duplicate_keys(value, (*parts, name if name is not None else "?"), seen)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            yield from _duplicate_keys(item, (*parts, str(index)), seen)


def _load(path: Path) -> tuple[dict[str, Any] | None, Found]:
    """The parsed spec and ``(pointer, reason)`` of a missing file, bad YAML or repeated keys."""
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, [("/", "file not found")]
    loader = _yaml_loader()(text)
    try:
        node = loader.get_single_node()
        duplicates = list(_duplicate_keys(node))
        if duplicates:
            return None, duplicates
        document = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark is not None else "/"
        problem = getattr(exc, "problem", None) or str(exc)
        return None, [(where, f"YAML syntax error: {_one_line(problem)}")]
    finally:
        loader.dispose()
    if not _is_map(document):
        return None, [("/", f"the document must be a mapping, got {type(document).__name__}")]
    return document, []


def load_spec(path: Path, display: str | None = None) -> dict[str, Any]:
    """The parsed spec; SpecError (one line per problem) for a missing file, bad YAML or a repeated key."""
    document, problems = _load(path)
    if document is None:
        name = display or str(path)
        raise SpecError("\n".join(str(Problem(name, pointer, reason)) for pointer, reason in problems))
    return document


def check_spec(path: Path, display: str | None = None) -> tuple[dict[str, Any] | None, list[Problem]]:
    """The parsed spec (None if it does not parse) and every problem found in it, in a stable order."""
    document, found = _load(path)
    if document is not None:
        broken = _ref_problems(document)
        found += broken
        if not str(document.get("openapi", "")).startswith("3.1"):
            found.append(("/openapi", "must be an OpenAPI 3.1.x document"))
        else:
            found += _openapi_problems(document, {pointer for pointer, _ in broken})
        found += _project_rules(document)
    name = display or str(path)
    return document, [Problem(name, pointer, reason) for pointer, reason in dict.fromkeys(found)]


def validate_spec(path: Path, display: str | None = None) -> dict[str, Any]:
    """Return the parsed spec, or raise SpecError listing every problem as ``file: pointer: reason``.

    Waived problems (``WAIVED``) do not fail; ``main`` prints them as warnings.
    """
    document, problems = check_spec(path, display)
    failing = [str(problem) for problem in problems if problem.waiver() is None]
    if failing or document is None:
        raise SpecError("\n".join(failing))
    return document


def _operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    paths = document.get("paths")
    for route, item in (paths if _is_map(paths) else {}).items():
        for method in HTTP_METHODS:
            if _is_map(item) and _is_map(item.get(method)):
                yield route, method, item[method]


def _walk(node: Any, parts: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    yield parts, node
    if _is_map(node):
        for key, value in node.items():
            yield from _walk(value, (*parts, str(key)))
    elif _is_list(node):
        for index, value in enumerate(node):
            yield from _walk(value, (*parts, str(index)))


def _spec_nodes(node: Any, parts: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Like ``_walk``, but does not descend into data (examples, defaults, enums)."""
    yield parts, node
    if _is_map(node):
        is_name_map = bool(parts) and parts[-1] in NAME_MAPS
        for key, value in node.items():
            if is_name_map or key not in DATA_KEYS or (key == "examples" and _is_map(value)):
                yield from _spec_nodes(value, (*parts, str(key)))
    elif _is_list(node):
        for index, value in enumerate(node):
            yield from _spec_nodes(value, (*parts, str(index)))


def _ref_section(parts: tuple[str, ...]) -> str | None:
    """The components section a ``$ref`` at ``parts`` must point into, when its place tells."""
    if len(parts) >= 2 and parts[-2] in SCHEMA_CONTAINERS:
        return "schemas"
    if parts and parts[-1] in SCHEMA_KEYWORDS:
        return "schemas"
    if len(parts) == 3 and parts[0] == "components" and parts[1] in ("schemas", "responses", "parameters"):
        return parts[1]
    if len(parts) >= 2 and parts[-2] in ("responses", "parameters", "headers"):
        return parts[-2]
    if parts and parts[-1] == "requestBody":
        return "requestBodies"
    return None


def _ref_problems(document: dict[str, Any]) -> Found:
    """Every ``$ref`` must be local, name a component of the right section, and resolve."""
    problems: Found = []
    for parts, node in _spec_nodes(document):
        if not _is_map(node) or "$ref" not in node:
            continue
        ref, where = node["$ref"], _pointer(parts)
        if not isinstance(ref, str):
            problems.append((where, f"$ref must be a string, got {_short(ref)}"))
        elif not ref.startswith("#/"):
            problems.append((where, f"$ref {ref!r} is not local; the specs are self-contained ('#/components/...')"))
        elif _target(document, ref) is None:
            problems.append((where, f"$ref {ref!r} does not resolve"))
        elif not (match := COMPONENT_REF.match(ref)):
            problems.append((where, f"$ref {ref!r} must name a component ('#/components/<section>/<Name>')"))
        elif (section := _ref_section(parts)) is not None and match.group(1) != section:
            problems.append((where, f"$ref {ref!r} must point into #/components/{section}/"))
    return problems


def _openapi_problems(document: dict[str, Any], broken_refs: set[str]) -> Found:
    """openapi-spec-validator's errors, one line each; never a traceback or the document itself."""
    from openapi_spec_validator import OpenAPIV31SpecValidator

    if broken_refs:  # the validator cannot follow them: give it the document without the bad $refs
        document = copy.deepcopy(document)
        for pointer in broken_refs:
            node = _target(document, "#" + pointer, uri=False)
            if _is_map(node):
                node.pop("$ref", None)
    problems: Found = []
    try:
        for error in OpenAPIV31SpecValidator(document).iter_errors():
            if type(error).__name__ == "DuplicateOperationIDError":
                continue  # _project_rules reports it, with a pointer
            where = _locate(document, list(error.absolute_path), error.instance)
            if where == "/" and (operation := OPERATION_IN_MESSAGE.search(error.message)):
                where = _pointer(["paths", operation.group(2), operation.group(1)])
            if any(where == p or where.startswith(p + "/") for p in broken_refs):
                continue  # a consequence of a dangling $ref, already reported
            message = error.message
            if len(message) > MESSAGE_LIMIT:
                message = message.replace(repr(error.instance), _short(error.instance))
            problems.append((where, _one_line(message)))
    except Exception as exc:  # the validator raises (and prints the whole spec) on what it cannot follow
        problems.append(("/", f"openapi-spec-validator stopped: {_exception_summary(exc)}"))
    return problems


def _exception_summary(exc: BaseException) -> str:
    cause: BaseException | None = exc
    for _ in range(10):  # follow the causes, but never round a cycle
        if cause is None:
            break
        ref = getattr(cause, "ref", None)
        if isinstance(ref, str):
            return f"cannot resolve $ref {ref!r}"
        cause = cause.__cause__ or cause.__context__
    return f"{type(exc).__name__}: {_one_line(str(exc), 200)}"


def _project_rules(document: dict[str, Any]) -> Found:
    """Rules of this project that the OpenAPI schema itself does not enforce, as ``(pointer, reason)``."""
    problems: Found = []
    seen: dict[str, str] = {}
    envelope = _envelope_name(document)
    for route, method, operation in _operations(document):
        where = _pointer(["paths", route, method])
        op_id = operation.get("operationId")
        if not op_id:
            problems.append((where, "operation has no operationId"))
        elif not isinstance(op_id, str) or not SNAKE_CASE.match(op_id):
            problems.append((f"{where}/operationId", f"{op_id!r} is not snake_case"))
        elif op_id in seen:
            problems.append((f"{where}/operationId", f"{op_id!r} is also used by {seen[op_id]}"))
        else:
            seen[op_id] = f"{method.upper()} {route}"
        if "security" not in operation and "security" not in document:
            problems.append((where, "no security requirement (use [] for public routes)"))
        problems += _response_rules(document, ["paths", route, method], operation, envelope)
        problems += _request_rules(document, ["paths", route, method], operation)
        problems += _operation_extensions(document, ["paths", route, method], operation)
    for parts, node in _spec_nodes(document):
        if not _is_map(node):
            continue
        if node.get("additionalProperties") is False:
            problems.append(
                (
                    f"{_pointer(parts)}/additionalProperties",
                    "must not be false (unknown fields the server adds must be preserved)",
                )
            )
        for key in node:
            if isinstance(key, str) and key.startswith("x-muxi-") and key not in EXTENSIONS:
                known = ", ".join(sorted(EXTENSIONS))
                problems.append((_pointer([*parts, key]), f"unknown extension (known: {known})"))
        if "x-muxi-items" in node:
            problems += _items_rule(node, parts)
        if "x-muxi-sse-events" in node:
            problems += _sse_events_rule(document, node, parts)
    return problems


def _is_success(status: Any) -> bool:
    return str(status).isdigit() and 200 <= int(status) < 300


def _named_schema(schema: Any) -> str | None:
    """The component name when ``schema`` is just a ``$ref`` to ``#/components/schemas/<Name>``."""
    if not _is_map(schema) or not isinstance(schema.get("$ref"), str):
        return None
    if set(schema) - {"$ref", "description", "summary"}:
        return None
    match = COMPONENT_REF.match(schema["$ref"])
    return match.group(2) if match and match.group(1) == "schemas" else None


def _named_model(document: dict[str, Any], schema: Any, where: list[str], inline: str) -> tuple[str | None, Found]:
    """The component name of a schema that must be ``{$ref: '#/components/schemas/<Name>'}`` of an object.

    Otherwise None and the problem: ``inline`` for an inline schema; nothing for a bad ``$ref``
    (``_ref_problems`` reports it).
    """
    if not _is_map(schema) or "$ref" not in schema:
        return None, [(_pointer(where), inline)]
    match = COMPONENT_REF.match(str(schema["$ref"]))
    target = _target(document, schema["$ref"])
    if match is None or match.group(1) != "schemas" or target is None:
        return None, []
    extra = sorted(set(schema) - {"$ref", "description", "summary"})
    if extra:
        return None, [(_pointer(where), f"the $ref must stand alone here (the generator ignores {', '.join(extra)})")]
    if not _is_object(document, target):
        return None, [(_pointer(["components", "schemas", match.group(2)]), NOT_A_MODEL.format(ref=schema["$ref"]))]
    return match.group(2), []


def _is_object(document: dict[str, Any], schema: Any, seen: frozenset[int] = frozenset()) -> bool:
    """Whether the generator makes a model class of ``schema`` (an object, or an allOf of objects)."""
    if not _is_map(schema) or "anyOf" in schema or "oneOf" in schema or id(schema) in seen:
        return False
    if "allOf" not in schema:
        return schema.get("type") == "object"
    parts = schema["allOf"]
    if not _is_list(parts) or schema.get("type", "object") != "object":
        return False
    for part in parts:
        if _is_map(part) and "$ref" in part:
            if not _is_object(document, _target(document, part["$ref"]), seen | {id(schema)}):
                return False
        elif not (_is_map(part) and part.get("type", "object") == "object"):
            return False
    return True


def _dict(node: Any, key: str) -> dict[str, Any]:
    """``node[key]`` if it is a mapping, else ``{}`` (the rules must not crash on a malformed spec)."""
    value = node.get(key) if _is_map(node) else None
    return value if _is_map(value) else {}


def _list(node: Any, key: str) -> list[Any]:
    """``node[key]`` if it is a list, else ``[]``."""
    value = node.get(key) if _is_map(node) else None
    return value if _is_list(value) else []


def _component_section(document: dict[str, Any], section: str) -> dict[str, Any]:
    return _dict(_dict(document, "components"), section)


def _envelope_name(document: dict[str, Any]) -> str:
    """The schema the spec's ``<Payload>Response`` components extend (``Envelope`` in formation.yaml)."""
    counts: dict[str, int] = {}
    schemas = _component_section(document, "schemas")
    for name, schema in schemas.items():
        parts = schema.get("allOf") if _is_map(schema) and str(name).endswith("Response") else None
        first = parts[0] if _is_list(parts) and parts else None
        if _is_map(first) and (base := _named_schema(first)):
            counts[base] = counts.get(base, 0) + 1
    return max(counts, key=lambda base: counts[base]) if counts else "Envelope"


def _response_rules(
    document: dict[str, Any], operation_parts: list[str], operation: dict[str, Any], envelope: str
) -> Found:
    """Each 2xx body must give the generated method a type (see the comment at the top of the section)."""
    problems: Found = []
    responses = operation.get("responses")
    json_schemas: dict[str, str] = {}
    for status, response in (responses if _is_map(responses) else {}).items():
        if not _is_success(status):
            continue
        parts: list[str] = [*operation_parts, "responses", str(status)]
        if _is_map(response) and "$ref" in response:
            match = COMPONENT_REF.match(str(response["$ref"]))
            response = _target(document, response["$ref"])
            if match is None or not _is_map(response):
                continue  # reported by _ref_problems
            parts = ["components", match.group(1), match.group(2)]
        content = response.get("content") if _is_map(response) else None
        for media, item in (content if _is_map(content) else {}).items():
            where = [*parts, "content", str(media)]
            schema = item.get("schema") if _is_map(item) else None
            if media == JSON_MEDIA:
                inline = INLINE_RESPONSE.format(envelope=envelope)
                name, found = _named_model(document, schema, [*where, "schema"], inline)
                problems += found
                if name is not None:
                    json_schemas[str(status)] = name
                    problems += _envelope_rules(document, name)
            elif media.endswith(("/json", "+json")):
                problems.append(
                    (_pointer(where), f"use {JSON_MEDIA}: the client types only {JSON_MEDIA} response bodies")
                )
            else:
                raw = "str" if media.startswith("text/") else "bytes"
                if schema is not None and not (_is_map(schema) and schema.get("type") == "string"):
                    problems.append(
                        (_pointer([*where, "schema"]), f"a {media} body is returned as {raw}: use {{type: string}}")
                    )
                if media == SSE_MEDIA and not (_is_map(item) and "x-muxi-sse-events" in item):
                    problems.append(
                        (
                            _pointer(where),
                            "text/event-stream needs x-muxi-sse-events (event name: {$ref: <the data's schema>})",
                        )
                    )
    if len(set(json_schemas.values())) > 1:
        shapes = ", ".join(f"{status}: {name}" for status, name in sorted(json_schemas.items()))
        problems.append(
            (
                _pointer([*operation_parts, "responses"]),
                f"2xx JSON responses differ ({shapes}) but a generated method has one return type; "
                "answer one schema for every 2xx JSON response",
            )
        )
    return problems


def _envelope_rules(document: dict[str, Any], name: str) -> Found:
    """An envelope response (``allOf [$ref <Envelope>, ...]``) declares ``data: $ref <Payload>``, an object."""
    schema = _target(document, f"#/components/schemas/{name}")
    parts = schema.get("allOf") if _is_map(schema) else None
    if not _is_list(parts) or not any(_is_map(p) and "$ref" in p for p in parts):
        return []  # a bare object (HealthStatus, the server's {success, data} shapes): the method returns it
    where = ["components", "schemas", name]
    for index, part in enumerate(parts):
        properties = part.get("properties") if _is_map(part) else None
        if _is_map(properties) and "data" in properties:
            data = [*where, "allOf", str(index), "properties", "data"]
            inline = "inline payload schema; define it under components/schemas as <Name> and make this {$ref: <Name>}"
            return _named_model(document, properties["data"], data, inline)[1]
    return [(_pointer(where), "an envelope response needs data: {$ref: '#/components/schemas/<Name>'} (the payload)")]


def _request_rules(document: dict[str, Any], operation_parts: list[str], operation: dict[str, Any]) -> Found:
    """A JSON request body is a named object schema (an inline one gives an untyped ``body`` parameter)."""
    body = operation.get("requestBody")
    where = [*operation_parts, "requestBody"]
    if _is_map(body) and "$ref" in body:
        match = COMPONENT_REF.match(str(body["$ref"]))
        body = _target(document, body["$ref"])
        where = ["components", match.group(1), match.group(2)] if match else where
    content = body.get("content") if _is_map(body) else None
    item = content.get(JSON_MEDIA) if _is_map(content) else None
    if not _is_map(item):
        return []
    inline = (
        "inline request body schema (the generated method would take an untyped body); define it under "
        "components/schemas as <Name>Request and $ref it"
    )
    return _named_model(document, item.get("schema"), [*where, "content", JSON_MEDIA, "schema"], inline)[1]


def _operation_extensions(document: dict[str, Any], operation_parts: list[str], operation: dict[str, Any]) -> Found:
    problems: Found = []
    for flag in ("x-muxi-streaming", "x-muxi-idempotent"):
        if flag in operation and not isinstance(operation[flag], bool):
            problems.append((_pointer([*operation_parts, flag]), "must be true or false"))
    if "x-muxi-requires" in operation:
        schemes = _component_section(document, "securitySchemes")
        if not isinstance(operation["x-muxi-requires"], str) or operation["x-muxi-requires"] not in schemes:
            problems.append(
                (
                    _pointer([*operation_parts, "x-muxi-requires"]),
                    f"{operation['x-muxi-requires']!r} is not a security scheme (known: {', '.join(schemes)})",
                )
            )
    if "x-muxi-user-id" in operation:
        problems += _user_id_rule(document, operation_parts, operation)
    if "x-muxi-positional" in operation:
        names = operation["x-muxi-positional"]
        schema = _json_schema(document, operation.get("requestBody"))
        properties = _dict(schema, "properties")
        required = _list(schema, "required")
        optional = [name for name in properties if name not in required]
        if not _is_list(names) or any(name not in optional for name in names):
            problems.append(
                (
                    _pointer([*operation_parts, "x-muxi-positional"]),
                    f"must list optional JSON body fields (optional here: {', '.join(optional) or 'none'})",
                )
            )
    return problems


def _user_id_rule(document: dict[str, Any], operation_parts: list[str], operation: dict[str, Any]) -> Found:
    """``x-muxi-user-id`` is a known marker, on an operation that takes the ``X-Muxi-User-ID`` header."""
    where = _pointer([*operation_parts, "x-muxi-user-id"])
    marker = operation["x-muxi-user-id"]
    if marker not in USER_ID_MARKERS:
        return [(where, f"{marker!r} is not one of {', '.join(USER_ID_MARKERS)}")]
    problems: Found = []
    item = _dict(_dict(document, "paths"), operation_parts[1])
    parameters = [*_list(item, "parameters"), *_list(operation, "parameters")]
    resolved = [_target(document, p["$ref"]) if _is_map(p) and "$ref" in p else p for p in parameters]
    if not any(_is_map(p) and p.get("in") == "header" and str(p.get("name")).lower() == USER_ID_HEADER
               for p in resolved):  # fmt: skip
        problems.append((where, "the operation must declare the X-Muxi-User-ID header parameter"))
    security = operation.get("security", document.get("security", []))
    schemes = {scheme for requirement in (security if _is_list(security) else []) for scheme in requirement}
    if marker == "required-with-client-key" and "clientKey" not in schemes:
        problems.append((where, "required-with-client-key on an operation that does not accept the client key"))
    return problems


def _json_schema(document: dict[str, Any], body: Any) -> Any:
    """The (resolved) application/json schema of a request body, or None."""
    if _is_map(body) and "$ref" in body:
        body = _target(document, body["$ref"])
    content = body.get("content") if _is_map(body) else None
    item = content.get(JSON_MEDIA) if _is_map(content) else None
    schema = item.get("schema") if _is_map(item) else None
    if _is_map(schema) and "$ref" in schema:
        schema = _target(document, schema["$ref"])
    return schema


def _items_rule(schema: dict[str, Any], parts: tuple[str, ...]) -> Found:
    """``x-muxi-items: <field>`` names a required, non-nullable array property of the same schema."""
    field = schema["x-muxi-items"]
    where = _pointer([*parts, "x-muxi-items"])
    properties: dict[str, Any] = _dict(schema, "properties")
    if not isinstance(field, str) or field not in properties:
        return [(where, f"{field!r} is not a property of this schema (x-muxi-items names its list field)")]
    if field not in _list(schema, "required"):
        return [(where, f"{field!r} must be required (x-muxi-items names a required array property)")]
    prop = properties[field]
    if not _is_map(prop) or prop.get("type") != "array" or "anyOf" in prop or "oneOf" in prop:
        keys = [key for key in ("anyOf", "oneOf", "type") if _is_map(prop) and key in prop]
        shape = f"{keys[0]}: {_short(prop[keys[0]])}" if keys else f"no type: {_short(prop)}"
        return [(where, f"{field!r} must be a non-nullable array (type: array), not {shape}")]
    if "items" not in prop:
        return [(where, f"{field!r} must declare items (the type the class iterates over)")]
    return []


def _sse_events_rule(document: dict[str, Any], media: dict[str, Any], parts: tuple[str, ...]) -> Found:
    """``x-muxi-sse-events`` maps each event name of a text/event-stream body to its data's model."""
    events = media["x-muxi-sse-events"]
    where = _pointer([*parts, "x-muxi-sse-events"])
    if len(parts) < 2 or parts[-2] != "content" or parts[-1] != SSE_MEDIA:
        return [(where, "belongs to a text/event-stream media type object (content: text/event-stream:)")]
    if not _is_map(events) or not events:
        return [(where, "must map each event name to {$ref: '#/components/schemas/<Name>'}")]
    problems: Found = []
    for event, ref in events.items():
        inline = "must be {$ref: '#/components/schemas/<Name>'}, the model of the event's data"
        problems += _named_model(document, ref, [*parts, "x-muxi-sse-events", str(event)], inline)[1]
    return problems


# --------------------------------------------------------------------------- generation


def check_generator() -> None:
    try:
        import openapi_python_client
    except ImportError:
        sys.exit(
            "openapi-python-client is not installed; run `make install` "
            f"(it pins openapi-python-client=={GENERATOR_VERSION})"
        )
    version = getattr(openapi_python_client, "__version__", "unknown")
    if version != GENERATOR_VERSION:
        sys.exit(
            f"openapi-python-client {version} is installed but this project pins "
            f"{GENERATOR_VERSION}; run `make install` so the output is reproducible"
        )


def _run(cmd: list[str], cwd: Path) -> None:
    env = {**os.environ, "PYTHONHASHSEED": "0", "NO_COLOR": "1"}
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        output = (done.stdout + done.stderr).strip()
        raise SpecError(f"command failed ({done.returncode}): {' '.join(cmd)}\n{output}")


def _ruff() -> str:
    candidate = Path(sys.executable).with_name("ruff")
    if candidate.exists():
        return str(candidate)
    found = shutil.which("ruff")
    if not found:
        sys.exit("ruff is not installed; run `make install`")
    return found


def _init_module(root: Path) -> str:
    digests = {}
    for api in apis(root):
        digest = hashlib.sha256()
        for source in (api.spec, api.config):
            digest.update(source.read_bytes())
        digests[api.name] = digest.hexdigest()
    templates = hashlib.sha256()
    for template in sorted((root / "openapi" / "templates").glob("*.jinja")):
        templates.update(template.name.encode() + b"\0" + template.read_bytes())
    return (
        '"""Low-level clients generated from ``openapi/`` by ``scripts/regenerate.py``.\n\n'
        "Do not edit anything in this package by hand: change the spec or the generator\n"
        "configuration, then run ``make regenerate``. ``muxi_generated.formation`` is the\n"
        "Formation API, ``muxi_generated.server`` the MUXI Server API. Use them through the\n"
        "``muxi`` facade, which adds authentication, retries, streaming and typed errors.\n"
        '"""\n\n'
        f'GENERATOR = "openapi-python-client {GENERATOR_VERSION}"\n'
        f"SPEC_SHA256 = {json.dumps(digests, indent=4, sort_keys=True)}\n"
        f'TEMPLATES_SHA256 = "{templates.hexdigest()}"\n'
    )


def _operation_info(api: Api, package: Path) -> dict[str, dict[str, Any]]:
    document = load_spec(api.spec)
    modules = {
        p.stem: ".".join((PACKAGE, api.name, *p.relative_to(package / api.name).with_suffix("").parts))
        for p in (package / api.name / "api").rglob("*.py")
        if p.name != "__init__.py"
    }
    info: dict[str, dict[str, Any]] = {}
    for route, method, operation in _operations(document):
        op_id = operation["operationId"]
        security = operation.get("security", document.get("security", []))
        media: set[str] = set()
        success: list[int] = []
        response_schema = data_schema = None
        sse_events: dict[str, str] = {}
        for status, response in sorted(operation.get("responses", {}).items()):
            if str(status).isdigit() and 200 <= int(status) < 300:
                success.append(int(status))
                if "$ref" in response:
                    response = _resolve(document, response["$ref"].lstrip("#/").split("/"))
                media.update(response.get("content", {}))
                schema = response.get("content", {}).get("application/json", {}).get("schema", {})
                if response_schema is None and "$ref" in schema:
                    response_schema, data_schema = _schema_names(document, schema["$ref"])
                stream = response.get("content", {}).get("text/event-stream", {})
                for event, ref in stream.get("x-muxi-sse-events", {}).items():
                    sse_events[event] = _schema_names(document, ref["$ref"])[0]
        info[op_id] = {
            "method": method.upper(),
            "path": route,
            "tag": (operation.get("tags") or ["default"])[0],
            "module": modules[op_id],
            "security": [sorted(requirement) for requirement in security],
            "requires": operation.get("x-muxi-requires"),
            "user_id": operation.get("x-muxi-user-id"),
            "idempotent": bool(operation.get("x-muxi-idempotent", False)),
            "streaming": bool(operation.get("x-muxi-streaming", False)),
            "success": success,
            "media_types": sorted(media),
            "response_schema": response_schema,
            "data_schema": data_schema,
            "sse_events": sse_events,
        }
    return info


def _schema_names(document: dict[str, Any], ref: str) -> tuple[str, str | None]:
    """Generated class names of a JSON response schema and, for an envelope, of its ``data``."""
    from openapi_python_client.utils import ClassName

    name = ref.rsplit("/", 1)[1]
    schema = _resolve(document, ref.lstrip("#/").split("/"))
    data_ref = None
    for part in [schema, *schema.get("allOf", [])]:
        data = part.get("properties", {}).get("data", {})
        data_ref = data.get("$ref", data_ref)
    data_name = ClassName(data_ref.rsplit("/", 1)[1], "") if data_ref else None
    return ClassName(name, ""), data_name


def _operations_module(root: Path, tables: dict[str, dict[str, dict[str, Any]]]) -> str:
    lines = [
        '"""Per-operation facts from ``openapi/``: method, path, accepted credentials, vendor extensions.',
        "",
        "Generated by ``scripts/regenerate.py``; do not edit. The facade reads ``security`` (a list of",
        "alternatives, each the list of security schemes it needs), ``idempotent`` (``x-muxi-idempotent``:",
        "the server de-duplicates by ``X-Muxi-Idempotency-Key``), ``streaming`` (``x-muxi-streaming``),",
        "``requires`` (``x-muxi-requires``: a handler restricts the route further than ``security``) and",
        "``user_id`` (``x-muxi-user-id``: ``required`` or ``required-with-client-key`` when the handler",
        "refuses a request without ``X-Muxi-User-ID``; None when it defaults the user).",
        '"""',
        "",
        "from typing import Any",
        "",
    ]
    for api in apis(root):
        table = tables[api.name]
        lines.append(f"{api.name.upper()}: dict[str, dict[str, Any]] = {{")
        for op_id in sorted(table):
            lines.append(f"    {op_id!r}: {table[op_id]!r},")
        lines.append("}")
        lines.append("")
    return "\n".join(lines)


def generate(root: Path, destination: Path) -> None:
    """Generate the whole ``muxi_generated`` package into ``destination`` (which must not exist)."""
    package = destination / PACKAGE
    package.mkdir(parents=True)
    for api in apis(root):
        _run(
            [
                sys.executable,
                "-m",
                "openapi_python_client",
                "generate",
                "--path",
                str(api.spec),
                "--config",
                str(api.config),
                "--meta",
                "none",
                "--output-path",
                str(package / api.name),
                "--custom-template-path",
                str(root / "openapi" / "templates"),
                "--fail-on-warning",
            ],
            cwd=destination,
        )
    (package / "__init__.py").write_text(_init_module(root), encoding="utf-8")
    # PEP 561: type checkers read the generated package's annotations from an installed wheel.
    (package / "py.typed").write_text("", encoding="utf-8")
    (package / "_unset.py").write_text(UNSET_MODULE, encoding="utf-8")
    tables = {api.name: _operation_info(api, package) for api in apis(root)}
    (package / "operations.py").write_text(_operations_module(root, tables), encoding="utf-8")
    specs = [(api.name, load_spec(api.spec), tables[api.name]) for api in apis(root)]
    (package / "methods.py").write_text(methods_codegen.module(specs), encoding="utf-8")
    (package / "raw_methods.py").write_text(methods_codegen.raw_module(specs), encoding="utf-8")
    ruff = _ruff()
    _run([ruff, "check", *RUFF_ARGS, "--no-cache", "--fix-only", "--select", "I,F401", "."], package)
    _run([ruff, "format", *RUFF_ARGS, "--no-cache", "."], package)
    for cache in package.rglob(".ruff_cache"):
        shutil.rmtree(cache)
    for cache in package.rglob("__pycache__"):
        shutil.rmtree(cache)


# --------------------------------------------------------------------------- comparison


CACHE_DIRS = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})


def _files(tree: Path) -> set[str]:
    """Files of a generated tree, ignoring tool caches (they are git-ignored, never committed)."""
    if not tree.exists():
        return set()
    return {
        p.relative_to(tree).as_posix()
        for p in tree.rglob("*")
        if p.is_file() and not CACHE_DIRS.intersection(p.relative_to(tree).parts)
    }


def compare(expected: Path, actual: Path) -> list[str]:
    """Return a readable list of differences between two generated trees (empty when equal)."""
    want, have = _files(expected), _files(actual)
    lines: list[str] = []
    for name in sorted(want - have):
        lines.append(f"missing:   generated/{name} (the spec produces it)")
    for name in sorted(have - want):
        lines.append(f"extra:     generated/{name} (the spec does not produce it)")
    changed = [n for n in sorted(want & have) if not filecmp.cmp(expected / n, actual / n, False)]
    for name in changed:
        lines.append(f"changed:   generated/{name}")
    for name in changed[:3]:
        old = (actual / name).read_text(encoding="utf-8", errors="replace").splitlines()
        new = (expected / name).read_text(encoding="utf-8", errors="replace").splitlines()
        diff = list(
            difflib.unified_diff(
                old, new, f"generated/{name} (committed)", f"generated/{name} (from spec)", lineterm=""
            )
        )
        lines.extend("    " + line for line in diff[:40])
        if len(diff) > 40:
            lines.append(f"    ... {len(diff) - 40} more diff lines")
    return lines


# --------------------------------------------------------------------------- entry point


def validate(root: Path) -> bool:
    """Check both specs; print every problem (one line each) and the waived ones as warnings."""
    problems: list[Problem] = []
    for api in apis(root):
        shown = api.spec.relative_to(root) if api.spec.is_relative_to(root) else api.spec
        document, found = check_spec(api.spec, str(shown))
        for problem in found:
            why = problem.waiver()
            if why is None:
                problems.append(problem)
            else:
                print(f"warning: {problem.file}: {problem.pointer}: {why}", file=sys.stderr)
        if document is not None and not any(p.file == str(shown) for p in problems):
            print(f"valid: {shown} ({sum(1 for _ in _operations(document))} operations)")
    if problems:
        count = f"{len(problems)} problem{'s' if len(problems) > 1 else ''}"
        print(f"invalid spec ({count}):\n" + "\n".join(map(str, problems)), file=sys.stderr)
    return not problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="fail if generated/ is out of date")
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--output", type=Path, help="generated directory (default: ROOT/generated)")
    args = parser.parse_args(argv)
    root: Path = args.root.resolve()
    output: Path = (args.output or root / "generated").resolve()

    if not validate(root):
        return 2

    check_generator()
    with tempfile.TemporaryDirectory(prefix="muxi-regen-") as tmp:
        fresh = Path(tmp) / "out"
        try:
            generate(root, fresh)
        except SpecError as exc:
            print(f"generation failed:\n{exc}", file=sys.stderr)
            return 2
        differences = compare(fresh, output)
        if args.check:
            if differences:
                print(
                    "generated/ does not match what openapi/ produces. Generated code is never edited by "
                    "hand: change the spec or the generator config, run `make regenerate` and commit "
                    "both.\n" + "\n".join(differences),
                    file=sys.stderr,
                )
                return 1
            print("generated/ is up to date")
            return 0
        if not differences:
            print("generated/ is already up to date")
            return 0
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(fresh, output, ignore=shutil.ignore_patterns(*CACHE_DIRS))
        print(
            f"regenerated {output.relative_to(root) if output.is_relative_to(root) else output}: "
            f"{len(differences)} change(s)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
