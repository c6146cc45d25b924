"""What muxi-runtime puts on the wire, for :class:`~muxi.testing.FakeFormation`: envelopes, chat SSE, masks.

Pure functions of their arguments (and the clock): the response envelope of a success and of an
error, the chat stream's frames, the masking of secret values and the placeholders of trigger
templates — each as recorded from the runtime (``runtime-samples.md``).
"""

from __future__ import annotations

import json
import re
import time
import uuid
from typing import Any

import httpx

from .._core.json import is_object

__all__ = [
    "NO_WEBHOOK",
    "PLACEHOLDER",
    "chat_frames",
    "envelope",
    "error_envelope",
    "lookup",
    "mask",
    "new_id",
]


def new_id(prefix: str) -> str:
    """A runtime-style id: ``req_``/``sess_``/``job_``/``mem_`` and 21 hex digits."""
    return f"{prefix}_{uuid.uuid4().hex[:21]}"


def envelope(
    data: Any, object_type: str = "object", status: int = 200, request_id: str | None = None
) -> httpx.Response:
    """The runtime's success envelope around ``data``."""
    body = {
        "object": object_type, "timestamp": int(time.time() * 1000), "type": f"{object_type}.retrieved",
        "request": {"id": request_id or new_id("req"), "idempotency_key": None}, "success": True, "error": None,
        "data": data,
    }  # fmt: skip
    return httpx.Response(status, json=body)


def error_envelope(
    status: int, code: str, message: str, headers: dict[str, str] | None = None, data: Any = None
) -> httpx.Response:
    """The runtime's error envelope (``success: false``)."""
    body = {
        "object": "error", "timestamp": int(time.time() * 1000), "type": "error",
        "request": {"id": new_id("req"), "idempotency_key": None}, "success": False,
        "error": {"code": code, "message": message, "data": data}, "data": {},
    }  # fmt: skip
    return httpx.Response(status, json=body, headers=headers)


NO_WEBHOOK = (
    "Async mode requires webhook configuration. Use stream=true for real-time responses or mode=sync for "
    "immediate responses."
)
PLACEHOLDER = re.compile(r"\$\{\{\s*data\.([\w.]+)\s*\}\}")


def mask(value: str) -> str:
    """The runtime's masking: 8 dots up to 6 characters, then 3 (up to 12) or 4 characters each side."""
    if len(value) <= 6:
        return "••••••••"
    if len(value) <= 12:
        return f"{value[:3]}••••{value[-3:]}"
    return f"{value[:4]}••••••••{value[-4:]}"


def lookup(data: dict[str, Any], dotted: str) -> Any:
    """The value a ``${{ data.a.b }}`` placeholder names (``""`` when missing)."""
    value: Any = data
    for part in dotted.split("."):
        value = value.get(part, "") if is_object(value) else ""
    return value


def chat_frames(answer: str, session_id: str, request_id: str, user: str) -> bytes:
    """The runtime's chat SSE: progress/planning, content deltas of four words, completed, done."""

    def token(kind: str, content: str, **extra: Any) -> bytes:
        body = {"request_id": request_id, "user_id": user, "session_id": session_id, "type": kind,
                "content": content, "timestamp": time.time(), **extra}  # fmt: skip
        return b"data: " + json.dumps({"token": body}).encode() + b"\n\n"

    words = answer.split(" ")
    chunks = [" ".join(words[i : i + 4]) + (" " if i + 4 < len(words) else "") for i in range(0, len(words), 4)]
    frames = [b": keepalive\n\n", token("progress", "One second...", stage="init"),
              token("planning", "Determining the best agent...", stage="agent_selection")]  # fmt: skip
    frames += [token("content", chunk, stage="response_generation") for chunk in chunks]
    frames.append(token("completed", answer, status="success", processing_time_ms=1))
    frames.append(b'event: done\ndata: {"finished": true}\n\n')
    return b"".join(frames)
