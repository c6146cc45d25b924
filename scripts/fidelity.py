"""Standing fidelity check: every live response of the e2e runs against ``openapi/formation.yaml``.

``make e2e`` records each exchange with the real runtime (``MUXI_E2E_RECORD``, see
``tests/e2e/conftest.py``) into one JSONL file per harness mode; this script reads those files and
checks every response:

* its status is declared by the operation (exact code, ``4XX``-style or ``default``); a request
  that matches no operation must answer 404 or 405 with the error envelope;
* its content type is declared for that status (an empty body needs no content type);
* a JSON body validates against the declared schema, and every SSE frame against the schema its
  event name has in ``x-muxi-sse-events``;
* no object carries a field its schema does not name, where the schema closes the object by
  listing ``properties`` (``additionalProperties`` or ``patternProperties`` keep it open).

It prints, per mode and overall, the operations exercised and how many of the spec's response
schemas (component schemas reachable from a response) some live value was checked against, lists
the unexercised ones with the operations that could produce them, and exits 1 on any violation
(2 when a record file is missing or empty).

    python scripts/fidelity.py build/e2e/exchanges-single.jsonl build/e2e/exchanges-pg.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import jsonschema
import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi" / "formation.yaml"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SCHEMAS = "#/components/schemas/"
SHOWN_PER_GROUP = 8  # violations printed per (operation, message) group


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _object(value: Any) -> dict[str, Any] | None:
    """``value`` as a JSON object, or None."""
    return cast("dict[str, Any]", value) if isinstance(value, dict) else None


def _array(value: Any) -> list[Any] | None:
    """``value`` as a JSON array, or None."""
    return cast("list[Any]", value) if isinstance(value, list) else None  # type: ignore[redundant-cast]  # pyright needs it


def _media(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    pointer: str
    pattern: re.Pattern[str]
    templated: int


@dataclass
class Report:
    """What the records of one mode (or of all of them) exercised."""

    exchanges: int = 0
    operations: set[str] = field(default_factory=set[str])
    schemas: set[str] = field(default_factory=set[str])
    statuses: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set[int]))


class Fidelity:
    """The spec, and the checks of one recorded exchange against it."""

    def __init__(self, spec: Path = SPEC) -> None:
        self.document: dict[str, Any] = yaml.safe_load(spec.read_text(encoding="utf-8"))
        self.operations: list[Operation] = []
        for path, item in self.document["paths"].items():
            for method in METHODS:
                if method in item:
                    regex = "^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(path)) + "$"
                    self.operations.append(
                        Operation(
                            str(item[method]["operationId"]),
                            method,
                            path,
                            f"#/paths/{_escape(path)}/{method}",
                            re.compile(regex),
                            path.count("{"),
                        )
                    )
        self._validators: dict[str, jsonschema.Draft202012Validator] = {}
        self.response_schemas, self.producers = self._response_schemas()

    # ------------------------------------------------------------------ spec queries

    def at(self, pointer: str) -> Any:
        node: Any = self.document
        for token in pointer.lstrip("#").strip("/").split("/"):
            if token:
                key = token.replace("~1", "/").replace("~0", "~")
                array = _array(node)
                node = array[int(key)] if array is not None else node[key]
        return node

    def validator(self, pointer: str) -> jsonschema.Draft202012Validator:
        found = self._validators.get(pointer)
        if found is None:
            root = dict(self.document)
            root["$ref"] = pointer
            found = self._validators[pointer] = jsonschema.Draft202012Validator(root)
        return found

    def errors(self, pointer: str, instance: Any) -> list[str]:
        return [
            f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message[:300]}"
            for e in self.validator(pointer).iter_errors(instance)  # pyright: ignore[reportUnknownMemberType]
        ]

    def match(self, method: str, spec_path: str) -> Operation | None:
        found = [op for op in self.operations if op.method == method.lower() and op.pattern.match(spec_path)]
        return min(found, key=lambda op: op.templated) if found else None

    def _refs(self, node: Any) -> Iterator[str]:
        mapping, array = _object(node), _array(node)
        for key, value in (mapping or {}).items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from self._refs(value)
        for value in array or []:
            yield from self._refs(value)

    def _closure(self, refs: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        stack = [ref for ref in refs]
        while stack:
            ref = stack.pop()
            if ref in seen:
                continue
            seen.add(ref)
            stack.extend(self._refs(self.at(ref)))
        return {ref.removeprefix(SCHEMAS) for ref in seen if ref.startswith(SCHEMAS)}

    def _response_schemas(self) -> tuple[set[str], dict[str, set[str]]]:
        """Every component schema reachable from a response, and the operations that can return each."""
        producers: dict[str, set[str]] = defaultdict(set[str])
        for op in self.operations:
            for name in self._closure(self._refs(self.at(op.pointer).get("responses", {}))):
                producers[name].add(op.operation_id)
        return set(producers), producers

    # ------------------------------------------------------------------ checks

    def check(self, record: dict[str, Any], report: Report) -> list[str]:
        """The violations of one recorded exchange; records what it exercised in ``report``."""
        method, host_path, status = str(record["method"]), str(record["path"]), int(record["status"])
        content_type, media = str(record.get("content_type") or ""), _media(str(record.get("content_type") or ""))
        body = record.get("body")
        if body is None and record.get("body_b64"):
            return [f"{method} {host_path} -> {status}: body is not UTF-8 ({content_type or 'no content type'})"]
        text = str(body or "")
        report.exchanges += 1
        spec_path = host_path[len("/v1") :] if host_path == "/v1" or host_path.startswith("/v1/") else None
        op = self.match(method, spec_path or "/") if spec_path is not None else None
        if op is None:
            return self._check_unrouted(method, host_path, status, media, text, report)
        where = f"{op.operation_id} ({method} {host_path}) -> {status}"
        report.operations.add(op.operation_id)
        report.statuses[op.operation_id].add(status)
        responses: dict[str, Any] = self.at(op.pointer).get("responses", {})
        key = next((k for k in (str(status), f"{status // 100}XX", "default") if k in responses), None)
        if key is None:
            return [f"{where}: status {status} is not declared"]
        pointer = f"{op.pointer}/responses/{key}"
        response: dict[str, Any] = _object(responses[key]) or {}
        while "$ref" in response:
            pointer = str(response["$ref"])
            response = _object(self.at(pointer)) or {}
        content: dict[str, Any] = _object(response.get("content")) or {}
        if not text and not content:
            return []
        if media not in content:
            if not text and method.upper() == "HEAD":
                return []
            declared = ", ".join(content) or "no body"
            return [f"{where}: content type {content_type or '(none)'} is not declared ({declared})"]
        if record.get("truncated"):
            return [f"{where}: body longer than the recorder keeps; not validated"]
        media_pointer = f"{pointer}/content/{_escape(media)}"
        if media == "text/event-stream":
            return self._check_stream(where, media_pointer, text, report)
        if media == "application/json" or media.endswith("+json"):
            try:
                value = json.loads(text)
            except ValueError:
                return [f"{where}: body is not JSON"]
            return self._check_value(where, media_pointer + "/schema", value, report)
        return self._check_value(where, media_pointer + "/schema", text, report)

    def _check_unrouted(self, method: str, path: str, status: int, media: str, text: str, report: Report) -> list[str]:
        where = f"(no operation) {method} {path} -> {status}"
        if status not in (404, 405):
            return [f"{where}: a request that matches no operation must answer 404 or 405"]
        if not text:
            return []
        if media != "application/json":
            return [f"{where}: content type {media or '(none)'} is not the error envelope's"]
        try:
            value = json.loads(text)
        except ValueError:
            return [f"{where}: body is not JSON"]
        return self._check_value(where, SCHEMAS + "ErrorEnvelope", value, report)

    def _check_stream(self, where: str, media_pointer: str, text: str, report: Report) -> list[str]:
        events: dict[str, Any] = self.at(media_pointer).get("x-muxi-sse-events") or {}
        problems: list[str] = []
        for number, (event, data) in enumerate(_sse_frames(text)):
            if event not in events:
                problems.append(f"{where}: SSE frame {number}: event {event!r} is not declared ({', '.join(events)})")
                continue
            try:
                value: Any = json.loads(data)
            except ValueError:
                value = data
            problems += self._check_value(
                f"{where} frame {number} ({event})",
                f"{media_pointer}/x-muxi-sse-events/{_escape(event)}",
                value,
                report,
            )
        return problems

    def _check_value(self, where: str, pointer: str, value: Any, report: Report) -> list[str]:
        problems = [f"{where}: {error}" for error in self.errors(pointer, value)]
        problems += [f"{where}: {problem}" for problem in self._walk([pointer], value, "", report)]
        return problems

    # ------------------------------------------------------------------ walking a value with its schemas

    def _expand(self, pointer: str, value: Any, report: Report, out: list[str], depth: int = 0) -> None:
        """The flat schemas (no $ref/allOf, only the anyOf/oneOf branches ``value`` fits) that apply."""
        node = _object(self.at(pointer))
        if node is None or depth > 64:
            return
        out.append(pointer)
        ref: object = node.get("$ref")
        if isinstance(ref, str):
            if ref.startswith(SCHEMAS):
                report.schemas.add(ref.removeprefix(SCHEMAS))
            self._expand(ref, value, report, out, depth + 1)
        for index in range(len(_array(node.get("allOf")) or [])):
            self._expand(f"{pointer}/allOf/{index}", value, report, out, depth + 1)
        for keyword in ("anyOf", "oneOf"):
            for index in range(len(_array(node.get(keyword)) or [])):
                branch = f"{pointer}/{keyword}/{index}"
                if not list(self.errors(branch, value)):
                    self._expand(branch, value, report, out, depth + 1)

    def _walk(self, pointers: list[str], value: Any, at: str, report: Report) -> list[str]:
        flat: list[str] = []
        for pointer in pointers:
            self._expand(pointer, value, report, flat)
        nodes = [(pointer, _object(self.at(pointer)) or {}) for pointer in flat]
        problems: list[str] = []
        mapping, array = _object(value), _array(value)
        if mapping is not None:
            named: set[str] = set()
            closed = is_open = False
            for _, node in nodes:
                properties = _object(node.get("properties"))
                if properties is not None:
                    closed = True
                    named.update(properties)
                extra = node.get("additionalProperties")
                if (extra is not None and extra is not False) or "patternProperties" in node:
                    is_open = True
            if closed and not is_open:
                problems += [
                    f"{at or '<root>'}: field {key!r} is not named by the schema" for key in mapping if key not in named
                ]
            for key, item in mapping.items():
                children: list[str] = []
                for pointer, node in nodes:
                    if key in (_object(node.get("properties")) or {}):
                        children.append(f"{pointer}/properties/{_escape(key)}")
                    elif isinstance(node.get("additionalProperties"), dict):
                        children.append(f"{pointer}/additionalProperties")
                if children:
                    problems += self._walk(children, item, f"{at}/{key}", report)
        elif array is not None:
            children = [f"{pointer}/items" for pointer, node in nodes if isinstance(node.get("items"), dict)]
            if children:
                for index, item in enumerate(array):
                    problems += self._walk(children, item, f"{at}/{index}", report)
        return problems


def _sse_frames(text: str) -> Iterator[tuple[str, str]]:
    """(event name, data) of each frame of an SSE body; ``message`` for frames without ``event:``."""
    event, data = "", list[str]()
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not line:
            if data:
                yield event or "message", "\n".join(data)
            event, data = "", []
        elif line.startswith(":"):
            continue
        else:
            name, _, rest = line.partition(":")
            rest = rest[1:] if rest.startswith(" ") else rest
            if name == "event":
                event = rest
            elif name == "data":
                data.append(rest)
    if data:
        yield event or "message", "\n".join(data)


def _records(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def _summary(fidelity: Fidelity, label: str, report: Report, verbose: bool) -> None:
    total_ops, total_schemas = len(fidelity.operations), len(fidelity.response_schemas)
    exercised = report.schemas & fidelity.response_schemas
    print(
        f"{label}: {report.exchanges} exchanges, {len(report.operations)}/{total_ops} operations, "
        f"{len(exercised)}/{total_schemas} response schemas exercised"
    )
    if not verbose:
        return
    for name in sorted(fidelity.response_schemas - exercised):
        producers = fidelity.producers[name]
        called = sorted(producers & report.operations)
        if not called:
            why = "no call of " + ", ".join(sorted(producers)[:4]) + (" ..." if len(producers) > 4 else "")
        else:
            answered = sorted({s for op in called for s in report.statuses[op]})
            why = f"{', '.join(called[:4])} answered {answered} without it"
        print(f"  unexercised {name}: {why}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("records", nargs="+", type=Path, help="JSONL files written by the e2e recorder")
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--quiet", action="store_true", help="no list of unexercised schemas")
    args = parser.parse_args(argv)
    fidelity = Fidelity(args.spec)
    per_mode: dict[str, Report] = defaultdict(Report)
    overall = Report()
    problems: dict[tuple[str, str], list[str]] = defaultdict(list)
    for path in args.records:
        if not path.is_file() or path.stat().st_size == 0:
            print(f"fidelity: no exchanges recorded in {path} (did the e2e run start its harness?)", file=sys.stderr)
            return 2
        for record in _records(path):
            mode = str(record.get("mode") or path.stem)
            for report in (per_mode[mode], overall):
                found = fidelity.check(record, report)
                if report is overall:
                    for problem in found:
                        problems[(mode, problem.split(":", 1)[0])].append(f"[{mode}] {problem}  ({record.get('test')})")
    for mode in sorted(per_mode):
        _summary(fidelity, f"mode {mode}", per_mode[mode], verbose=False)
    if len(per_mode) > 1:
        for mode in sorted(per_mode):
            only = sorted(
                per_mode[mode].operations - set().union(*(r.operations for m, r in per_mode.items() if m != mode))
            )
            if only:
                print(f"  only in {mode}: {', '.join(only)}")
    _summary(fidelity, "all modes", overall, verbose=not args.quiet)
    count = sum(len(found) for found in problems.values())
    if count:
        print(f"\nfidelity: {count} violation(s) of {args.spec.name}:")
        for found in problems.values():
            for line in found[:SHOWN_PER_GROUP]:
                print("  " + line)
            if len(found) > SHOWN_PER_GROUP:
                print(f"  ... and {len(found) - SHOWN_PER_GROUP} more like it")
        return 1
    print(f"fidelity: every recorded response fits {args.spec.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
