"""FakeFormation's memory routes: long-term memories and the conversation buffer, per user.

As recorded from muxi-runtime 1.20260928.0 with PostgreSQL (``runtime-samples-pg.md``) and read
from its handlers:

* ``POST /memories`` takes ``{"content": "..."}`` or ``{"type", "detail"}`` (``content`` wins);
  the answer's ``content.type`` is the given ``type`` or ``"general"``, its ``metadata`` the given
  metadata plus ``type`` when one was given. Neither text: 422 ``INVALID_PARAMS``. Without
  persistent memory: 503 ``SERVICE_UNAVAILABLE`` (``Persistent memory not configured``).
* ``GET /memories`` lists the caller's memories newest first, ``content`` flattened to its text,
  ``scope_id`` the runtime's internal user number; without persistent memory it is always empty.
* ``DELETE /memories/{id}``: an unknown id is 404 ``NOT_FOUND`` (not ``RESOURCE_NOT_FOUND``).
  **Runtime bug, reproduced:** ownership is not checked — another user's delete removes the
  owner's memory and answers 200 with the *caller's* ``user_id``.
* The buffer (``/memory/buffer``) holds the chat turns of the sessions the header's user owns; in
  a single-user formation every turn belongs to user ``"0"``, so a named user's buffer is empty.
  An admin-key ``DELETE /memory/buffer`` without a user id clears nothing (the runtime matches
  the messages' user id against ``None``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import httpx

from .._core.json import is_object
from ._state import FormationState, iso_now
from ._wire import envelope, error_envelope, new_id

__all__ = ["MemoryRoutes"]

_NOT_CONFIGURED = (503, "SERVICE_UNAVAILABLE", "Persistent memory not configured")


def _int_param(request: httpx.Request, name: str, default: int, low: int, high: int) -> int | None:
    """A bounded integer query parameter (``None`` when FastAPI would answer 422)."""
    raw = request.url.params.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        return None
    return value if low <= value <= high else None


def _listed(memory: dict[str, Any], user_number: int) -> dict[str, Any]:
    """A stored memory as ``GET /memories`` shows it (flat text, naive stamp, metadata with a timestamp)."""
    created = str(memory["created_at"]).removesuffix("Z")
    try:
        stamp = datetime.fromisoformat(created + "+00:00").timestamp()
    except ValueError:
        stamp = 0.0
    content: object = memory["content"]
    text = content.get("detail") if is_object(content) else content
    return {
        "id": memory["id"], "content": text, "created_at": created,
        "metadata": {**(memory.get("metadata") or {}), "timestamp": stamp},
        "scope": memory.get("scope") or "user", "scope_id": str(user_number),
    }  # fmt: skip


class MemoryRoutes(FormationState):
    """``/memories`` and ``/memory/buffer`` of :class:`~muxi.testing.FakeFormation` (see the module docstring)."""

    # ------------------------------------------------------------------ long-term memories

    def _memories(self, request: httpx.Request) -> httpx.Response:
        limit = _int_param(request, "limit", 10, 1, 100)
        offset = _int_param(request, "offset", 0, 0, 2**31)
        if limit is None or offset is None:
            return error_envelope(422, "INVALID_PARAMS", "Validation failed: 1 error(s)")
        if not self.persistent_memory:
            return envelope({"memories": [], "count": 0}, "memory_list")
        user = self._owner(request)
        number = self._user_number(user)
        items = [_listed(m, number) for m in reversed(self.memories.get(user, []))][offset : offset + limit]
        return envelope({"memories": items, "count": len(items)}, "memory_list")

    def _add_memory(self, request: httpx.Request) -> httpx.Response:
        if not self.persistent_memory:
            return error_envelope(*_NOT_CONFIGURED)
        body = self._body(request)
        if body is None:
            return error_envelope(422, "INVALID_PARAMS", "Validation failed: 1 error(s)")
        if body.get("source") is not None or body.get("scope") not in (None, "user"):
            return error_envelope(
                501, "NOT_IMPLEMENTED", "FakeFormation does not implement memory ingestion or shared scopes"
            )
        content, detail, kind = body.get("content"), body.get("detail"), body.get("type")
        if content is not None and not isinstance(content, str):
            message = ("Structured 'content' requires the ingestion contract; "
                       "include 'source' to route through POST /v1/memories ingestion")  # fmt: skip
            return error_envelope(422, "INVALID_PARAMS", message)
        text = content or (detail if isinstance(detail, str) else None)
        if not text:
            return error_envelope(422, "INVALID_PARAMS", "Either 'content' or 'detail' must be provided")
        metadata: dict[str, Any] = dict(body.get("metadata") or {})
        if kind and "type" not in metadata:
            metadata["type"] = kind
        user = self._owner(request)
        self._user_number(user)
        memory = {
            "id": new_id("mem"), "content": {"type": kind or "general", "detail": text}, "created_at": iso_now(),
            "metadata": metadata, "scope": "user", "scope_id": None,
        }  # fmt: skip
        self.memories.setdefault(user, []).append(memory)
        return envelope(memory, "memory")

    def _delete_memory(self, request: httpx.Request, memory_id: str) -> httpx.Response:
        if not self.persistent_memory:
            return error_envelope(*_NOT_CONFIGURED)
        for owner, items in self.memories.items():  # runtime bug: any user's memory, not only the caller's
            if any(m["id"] == memory_id for m in items):
                self.memories[owner] = [m for m in items if m["id"] != memory_id]
                return envelope({"deleted": memory_id, "user_id": self._user(request)}, "memory")
        return error_envelope(404, "NOT_FOUND", f"Memory {memory_id} not found")

    # ------------------------------------------------------------------ the buffer (chat turns)

    def _buffered(self, user: str | None, session_id: str | None = None) -> list[str]:
        """Ids of the sessions whose turns the buffer holds for ``user`` (and ``session_id``)."""
        return [sid for sid, owner in self._owners.items()
                if owner == user and (session_id is None or sid == session_id)]  # fmt: skip

    def _user_buffer(self, request: httpx.Request) -> httpx.Response:
        user = self._user(request)
        messages = [m for sid in self._buffered(user) for m in self.sessions.get(sid, [])]
        size = 0.05 + sum(len(str(m.get("content", ""))) + 300 for m in messages) / 1024
        data: dict[str, Any] = {"user_id": user, "total_messages": len(messages), "sessions": [],
                                "buffer_size_kb": round(size, 2)}  # fmt: skip
        return envelope(data, "memory")

    def _clear_user_buffer(self, request: httpx.Request) -> httpx.Response:
        user = self._user(request)
        cleared = 0
        sessions = 0
        for sid in self._buffered(user):
            turns = self.sessions.get(sid, [])
            cleared, sessions = cleared + len(turns), sessions + bool(turns)
            turns.clear()
        data = {"message": "Buffer cleared successfully", "user_id": user, "messages_cleared": cleared,
                "sessions_cleared": sessions}  # fmt: skip
        return envelope(data, "message")

    def _clear_session_buffer(self, request: httpx.Request, session_id: str) -> httpx.Response:
        user = self._user(request)
        cleared = 0
        for sid in self._buffered(user, session_id):
            cleared += len(self.sessions.get(sid, []))
            self.sessions.get(sid, []).clear()
        data = {"message": "Session buffer cleared successfully", "user_id": user, "session_id": session_id,
                "messages_cleared": cleared}  # fmt: skip
        return envelope(data, "message")
