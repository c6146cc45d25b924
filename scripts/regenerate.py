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
import difflib
import filecmp
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


def _pointer(parts: Any) -> str:
    tokens = [str(p).replace("~", "~0").replace("/", "~1") for p in parts]
    return "/" + "/".join(tokens) if tokens else "/"


def _resolve(node: Any, parts: list[Any]) -> Any:
    for part in parts:
        in_dict = isinstance(node, dict) and part in node
        in_list = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        if in_dict or in_list:
            node = node[part]
        else:
            raise KeyError(part)
    return node


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
    matches = []
    for prefix, node in _walk(document):
        try:
            if _resolve(node, parts) == instance:
                matches.append(_pointer([*prefix, *parts]))
        except KeyError:
            continue
    return " or ".join(matches[:3]) if matches else _pointer(parts)


def load_spec(path: Path) -> dict[str, Any]:
    import yaml

    try:
        with path.open(encoding="utf-8") as fh:
            document = yaml.safe_load(fh)
    except FileNotFoundError:
        raise SpecError(f"{path}: file not found") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise SpecError(f"{path}{where}: YAML syntax error: {problem}") from None
    if not isinstance(document, dict):
        raise SpecError(f"{path}: /: the document must be a mapping, got {type(document).__name__}")
    return document


def validate_spec(path: Path) -> dict[str, Any]:
    """Return the parsed spec, or raise SpecError listing every problem as ``file: pointer: reason``."""
    from openapi_spec_validator import OpenAPIV31SpecValidator

    document = load_spec(path)
    problems: list[str] = []
    if not str(document.get("openapi", "")).startswith("3.1"):
        problems.append(f"{path}: /openapi: must be an OpenAPI 3.1.x document")
    else:
        for error in OpenAPIV31SpecValidator(document).iter_errors():
            where = _locate(document, list(error.absolute_path), error.instance)
            problems.append(f"{path}: {where}: {error.message}")
    problems.extend(_project_rules(path, document))
    if problems:
        raise SpecError("\n".join(problems))
    return document


def _operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for route, item in (document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                yield route, method, item[method]


def _walk(node: Any, parts: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    yield parts, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, (*parts, str(key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, (*parts, str(index)))


def _project_rules(path: Path, document: dict[str, Any]) -> list[str]:
    """Rules of this project that the OpenAPI schema itself does not enforce."""
    problems: list[str] = []
    seen: dict[str, str] = {}
    for route, method, operation in _operations(document):
        where = f"{path}: {_pointer(['paths', route, method])}"
        op_id = operation.get("operationId")
        if not op_id:
            problems.append(f"{where}: operation has no operationId")
            continue
        if not SNAKE_CASE.match(op_id):
            problems.append(f"{where}/operationId: {op_id!r} is not snake_case")
        if op_id in seen:
            problems.append(f"{where}/operationId: {op_id!r} is also used by {seen[op_id]}")
        seen[op_id] = f"{method.upper()} {route}"
        if "security" not in operation and "security" not in document:
            problems.append(f"{where}: no security requirement (use [] for public routes)")
    for parts, node in _walk(document):
        if isinstance(node, dict) and node.get("additionalProperties") is False:
            problems.append(
                f"{path}: {_pointer(parts)}/additionalProperties: must not be false "
                "(unknown fields the server adds must be preserved)"
            )
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
        "the server de-duplicates by ``X-Muxi-Idempotency-Key``), ``streaming`` (``x-muxi-streaming``) and",
        "``requires`` (``x-muxi-requires``: a handler restricts the route further than ``security``).",
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated/ is out of date")
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--output", type=Path, help="generated directory (default: ROOT/generated)")
    args = parser.parse_args(argv)
    root: Path = args.root.resolve()
    output: Path = (args.output or root / "generated").resolve()

    try:
        for api in apis(root):
            document = validate_spec(api.spec)
            count = sum(1 for _ in _operations(document))
            print(f"valid: {api.spec.relative_to(root)} ({count} operations)")
    except SpecError as exc:
        print(f"invalid spec:\n{exc}", file=sys.stderr)
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
