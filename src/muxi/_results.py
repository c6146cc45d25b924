"""Typed results that remember which request produced them.

The generated attrs models are slotted, so the facade cannot attach attributes to them. For each
model class it returns, it derives (once, cached) a subclass with one extra slot,
``_request_id``: the formation's ``request.id`` for that call. The subclass has the same name,
fields and ``to_dict()`` as the generated class, and ``isinstance`` holds. List payloads (one
list field, such as ``AgentList.agents``) also iterate over, and count, their items.
"""

from __future__ import annotations

from typing import Any, TypeVar

import attrs

__all__ = ["get_request_id", "model_with_request_id"]

_M = TypeVar("_M")
_SUBCLASSES: dict[type[Any], type[Any]] = {}


def _list_field(cls: type[Any]) -> str | None:
    """The one list-typed field of a list payload (``AgentList.agents``...), if there is exactly one."""
    names = [f.name for f in attrs.fields(cls) if str(f.type).startswith("list[")]
    return names[0] if len(names) == 1 else None


def _subclass(cls: type[_M]) -> type[_M]:
    sub = _SUBCLASSES.get(cls)
    if sub is None:
        namespace: dict[str, Any] = {
            "__module__": cls.__module__,
            "__qualname__": cls.__qualname__,
            "__doc__": cls.__doc__,
            "_request_id": attrs.field(default=None, init=False, eq=False, repr=False),
        }
        items = _list_field(cls)
        if items is not None:  # list payloads iterate over their items: `for f in server.list_formations()`
            namespace["__iter__"] = lambda self: iter(getattr(self, items))
            namespace["__len__"] = lambda self: len(getattr(self, items))
        sub = attrs.define(type(cls.__name__, (cls,), namespace))
        _SUBCLASSES[cls] = sub
    return sub


def model_with_request_id(cls: type[_M], data: Any, request_id: str | None) -> _M:
    """``cls.from_dict(data)`` as the request-aware subclass, with ``_request_id`` set."""
    result: Any = _subclass(cls).from_dict(data)  # type: ignore[attr-defined]
    object.__setattr__(result, "_request_id", request_id)
    return result  # type: ignore[no-any-return]


def get_request_id(result: object) -> str | None:
    """The request id of the call that returned ``result`` (None when unknown)."""
    return getattr(result, "_request_id", None)
