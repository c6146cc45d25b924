"""Narrowing helpers for JSON-ish values (parsed bodies, stream frames, raw records): no I/O.

``isinstance(value, dict)`` tells a type checker nothing about the keys and values of a parsed
JSON object; these guards say what the code already assumes (a JSON object has string keys).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard

__all__ = ["is_array", "is_mapping", "is_object", "is_plain_object"]


def is_object(value: object) -> TypeGuard[dict[str, Any]]:
    """Whether ``value`` is a dict (a JSON object)."""
    return isinstance(value, dict)


def is_plain_object(value: object) -> TypeGuard[dict[str, Any]]:
    """Whether ``value`` is exactly a dict, not a subclass (what ``json.loads`` returns)."""
    return type(value) is dict


def is_mapping(value: object) -> TypeGuard[Mapping[str, Any]]:
    """Whether ``value`` is a mapping (a JSON object or a record the caller passed)."""
    return isinstance(value, Mapping)


def is_array(value: object) -> TypeGuard[list[Any]]:
    """Whether ``value`` is a list (a JSON array)."""
    return isinstance(value, list)
