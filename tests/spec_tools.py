"""Test helpers to query an OpenAPI document and validate JSON against its schemas."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeGuard

import jsonschema
import yaml

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def is_json_object(value: object) -> TypeGuard[dict[str, Any]]:
    """``isinstance(value, dict)`` for parsed JSON/YAML, whose objects have string keys."""
    return isinstance(value, dict)


def is_json_array(value: object) -> TypeGuard[list[Any]]:
    """``isinstance(value, list)`` for parsed JSON/YAML."""
    return isinstance(value, list)


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


@dataclass
class Operation:
    """One operation of a spec, with the JSON pointer of its node."""

    path: str
    method: str
    node: dict[str, Any]
    pointer: str

    @property
    def operation_id(self) -> str:
        return str(self.node["operationId"])

    def response_key(self, status: int) -> str | None:
        """The responses key that covers ``status``: the exact code, then ``4XX``-style, then default."""
        responses = self.node.get("responses", {})
        for key in (str(status), f"{status // 100}XX", "default"):
            if key in responses:
                return key
        return None


@dataclass
class Spec:
    """A parsed OpenAPI 3.1 document."""

    document: dict[str, Any]
    operations: list[Operation] = field(default_factory=list[Operation])

    @classmethod
    def load(cls, path: Path) -> Spec:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        operations: list[Operation] = [
            Operation(route, method, item[method], f"#/paths/{_escape(route)}/{method}")
            for route, item in document["paths"].items()
            for method in METHODS
            if method in item
        ]
        return cls(document, operations)

    def operation(self, operation_id: str) -> Operation:
        for op in self.operations:
            if op.operation_id == operation_id:
                return op
        raise KeyError(operation_id)

    def match(self, method: str, path: str) -> Operation | None:
        """The operation whose path template matches a concrete path (literal segments win)."""
        candidates: list[tuple[int, Operation]] = []
        for op in self.operations:
            if op.method != method.lower():
                continue
            pattern = "^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(op.path)) + "$"
            if re.match(pattern, path):
                candidates.append((op.path.count("{"), op))
        candidates.sort(key=lambda pair: pair[0])
        return candidates[0][1] if candidates else None

    def resolve(self, node: Any) -> Any:
        """Follow a local ``$ref`` (components/responses, parameters...) to the node it names."""
        while is_json_object(node) and "$ref" in node and len(node) == 1:
            node = self.at(node["$ref"])
        return node

    def at(self, pointer: str) -> Any:
        node: Any = self.document
        for token in pointer.lstrip("#").strip("/").split("/"):
            if token:
                node = node[token.replace("~1", "/").replace("~0", "~")]
        return node

    def validator(self, schema_pointer: str) -> jsonschema.Draft202012Validator:
        """A validator for the schema at ``schema_pointer`` with every local $ref resolvable."""
        root = dict(self.document)
        root["$ref"] = schema_pointer
        return jsonschema.Draft202012Validator(root)

    def media_pointer(self, op: Operation, status: int, media_type: str) -> str | None:
        key = op.response_key(status)
        if key is None:
            return None
        pointer = f"{op.pointer}/responses/{key}"
        response = op.node["responses"][key]
        if "$ref" in response:
            pointer = response["$ref"]
            response = self.resolve(response)
        if media_type not in response.get("content", {}):
            return None
        return f"{pointer}/content/{_escape(media_type)}"

    def errors(self, schema_pointer: str, instance: Any) -> list[str]:
        validator = self.validator(schema_pointer)
        return [
            f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
            # types-jsonschema leaves a parameter of iter_errors' deprecated overload unannotated
            for e in validator.iter_errors(instance)  # pyright: ignore[reportUnknownMemberType]
        ]
