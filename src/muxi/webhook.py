"""Verify and parse the webhooks a formation sends when an asynchronous request finishes.

The formation signs each delivery with ``X-Muxi-Signature: t=<unix seconds>,v1=<hex>``, where the
signature is HMAC-SHA256, keyed with the webhook secret (the formation's admin key or a dedicated
secret), over ``"<t>." + raw body``. Verify against the raw bytes you received, before parsing::

    from muxi import webhook

    event = webhook.construct_event(request.body, request.headers.get("X-Muxi-Signature"), secret)
    if event.status == "completed":
        print(event.text)

A valid delivery can be captured and sent again while its timestamp is within the tolerance
(five minutes either way). :class:`ReplayGuard` refuses a delivery it has already accepted; back
it with a shared store (Redis, a database) when several processes receive webhooks.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._core.json import is_array, is_mapping, is_object
from .errors import MuxiError

__all__ = [
    "SIGNATURE_HEADER",
    "ReplayGuard",
    "WebhookEvent",
    "WebhookReplayError",
    "WebhookSignatureError",
    "construct_event",
    "parse",
    "sign",
    "verify_signature",
]

SIGNATURE_HEADER = "X-Muxi-Signature"
"""The header a formation puts its signature in (``t=<unix seconds>,v1=<hex>``)."""
DEFAULT_TOLERANCE = 300
MAX_HEADER_LENGTH = 1024  # a real header is about 80 characters


class WebhookSignatureError(MuxiError):
    """The webhook's signature header is missing, malformed, stale, or does not match the body."""


class WebhookReplayError(WebhookSignatureError):
    """A correctly signed webhook delivery that was already accepted: a replay (see :class:`ReplayGuard`)."""


def _bytes(payload: bytes | str) -> bytes:
    if isinstance(payload, str):
        try:
            return payload.encode("utf-8")
        except UnicodeEncodeError:
            raise WebhookSignatureError(
                "the webhook payload str cannot be encoded as UTF-8 (it has lone surrogates): pass the raw body bytes"
            ) from None
    if not isinstance(payload, bytes | bytearray | memoryview):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError(f"the webhook payload must be the raw body (bytes or str), got {type(payload).__name__}")
    return bytes(payload)


def _header_text(header: object) -> str:
    """The signature header as text: frameworks hand it over as str, some as bytes."""
    if isinstance(header, bytes | bytearray):
        return bytes(header).decode("latin-1")
    if not isinstance(header, str):
        raise WebhookSignatureError(f"malformed {SIGNATURE_HEADER} header: expected a str, got {type(header).__name__}")
    return header


def sign(payload: bytes | str, secret: str, *, timestamp: int | None = None) -> str:
    """The ``X-Muxi-Signature`` value for ``payload`` (useful to test your webhook endpoint)."""
    ts = int(time.time()) if timestamp is None else int(timestamp)
    digest = hmac.new(secret.encode(), f"{ts}.".encode() + _bytes(payload), hashlib.sha256).hexdigest()
    return f"t={ts},v1={digest}"


def verify_signature(
    payload: bytes | str,
    header: str | None,
    secret: str,
    tolerance: int = DEFAULT_TOLERANCE,
    *,
    now: float | None = None,
) -> bool:
    """Check a webhook's ``X-Muxi-Signature`` against its raw body; return True or raise.

    Args:
        payload: the raw request body, exactly as received.
        header: the ``X-Muxi-Signature`` header value.
        secret: the webhook secret (never logged or echoed in errors).
        tolerance: how many seconds the timestamp may differ from now, either way.
        now: the current Unix time (tests).

    Raises:
        WebhookSignatureError: missing header, bad format, stale timestamp, or wrong signature.
    """
    _verified(payload, header, secret, tolerance, now)
    return True


def _verified(payload: bytes | str, header: object, secret: str, tolerance: int, now: float | None) -> tuple[int, str]:
    """The timestamp and signature of a verified delivery; raises :class:`WebhookSignatureError`."""
    if not secret:
        raise WebhookSignatureError("no webhook secret given: pass the formation's webhook secret")
    if not isinstance(secret, str):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError(f"the webhook secret must be a str, got {type(secret).__name__}")
    if not header:
        raise WebhookSignatureError(f"missing {SIGNATURE_HEADER} header")
    text = _header_text(header)
    if len(text) > MAX_HEADER_LENGTH:
        raise WebhookSignatureError(
            f"malformed {SIGNATURE_HEADER} header: it is too long ({len(text)} characters, at most {MAX_HEADER_LENGTH})"
        )
    malformed = f"malformed {SIGNATURE_HEADER} header: expected 't=<timestamp>,v1=<hex>'"
    parts: dict[str, str] = {}
    for item in text.split(","):
        key, sep, value = item.strip().partition("=")
        if not sep:
            raise WebhookSignatureError(malformed)
        if key in parts and key in ("t", "v1"):
            raise WebhookSignatureError(f"malformed {SIGNATURE_HEADER} header: {key}= appears more than once")
        parts.setdefault(key, value.strip())
    if "t" not in parts or "v1" not in parts:
        raise WebhookSignatureError(malformed)
    # ASCII digits only: int() would also take other scripts' digits, "+1", " 1" or "1_0".
    if not (parts["t"].isascii() and parts["t"].isdigit()) or len(parts["t"]) > 20:
        raise WebhookSignatureError(f"malformed {SIGNATURE_HEADER} header: the timestamp is not an integer")
    timestamp = int(parts["t"])
    signature = parts["v1"].lower()
    if not (signature.isascii() and len(signature) == 64 and all(c in "0123456789abcdef" for c in signature)):
        raise WebhookSignatureError(f"malformed {SIGNATURE_HEADER} header: v1 is not a hex SHA-256 signature")
    current = time.time() if now is None else now
    if abs(current - timestamp) > tolerance:
        raise WebhookSignatureError(
            f"stale webhook: its timestamp is {int(current - timestamp)}s from now (tolerance {tolerance}s)"
        )
    expected = hmac.new(secret.encode(), f"{timestamp}.".encode() + _bytes(payload), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected.encode("ascii"), signature.encode("ascii")):
        raise WebhookSignatureError("webhook signature does not match the body (wrong secret or altered body)")
    return timestamp, signature


@dataclass(frozen=True)
class WebhookEvent:
    """An async request's completion, as delivered to your webhook.

    Attributes:
        id: the request id.
        status: ``completed``, ``failed`` or ``awaiting_clarification`` (other values may appear).
        response: the reply items (``{"type": "text", "text": ...}``, files...).
        error: ``{"code", "message", "trace"?}`` when the request failed.
        raw: the whole payload, including fields this SDK does not know yet.
    """

    id: str
    status: str
    timestamp: int | None = None
    response: list[Mapping[str, object]] = field(default_factory=list[Mapping[str, object]])
    error: Mapping[str, object] | None = None
    formation_id: str | None = None
    user_id: str | None = None
    processing_mode: str | None = None
    processing_time: float | None = None
    webhook_url: str | None = None
    clarification_question: str | None = None
    clarification_request_id: str | None = None
    original_message: str | None = None
    raw: Mapping[str, object] = field(default_factory=dict[str, object])

    @property
    def text(self) -> str:
        """The text items of ``response``, joined."""
        return "".join(str(item.get("text", "")) for item in self.response if item.get("type") == "text")


def parse(payload: bytes | str | Mapping[str, Any]) -> WebhookEvent:
    """Parse a webhook payload (raw body or decoded JSON) into a :class:`WebhookEvent`."""
    data: object
    if isinstance(payload, Mapping):
        data = dict(payload)
    else:
        try:
            data = json.loads(_bytes(payload))
        except (ValueError, RecursionError) as exc:  # not JSON, not UTF-8, or nested too deeply
            raise MuxiError(f"webhook payload is not JSON: {type(exc).__name__}: {exc}") from exc
    if not is_object(data) or not isinstance(data.get("id"), str) or not isinstance(data.get("status"), str):
        raise MuxiError("webhook payload must be a JSON object with string 'id' and 'status'")
    response = data.get("response")
    error = data.get("error")
    return WebhookEvent(
        id=data["id"],
        status=data["status"],
        timestamp=data.get("timestamp"),
        response=[item for item in response if is_mapping(item)] if is_array(response) else [],
        error=error if is_mapping(error) else None,
        formation_id=data.get("formation_id"),
        user_id=data.get("user_id"),
        processing_mode=data.get("processing_mode"),
        processing_time=data.get("processing_time"),
        webhook_url=data.get("webhook_url"),
        clarification_question=data.get("clarification_question"),
        clarification_request_id=data.get("clarification_request_id"),
        original_message=data.get("original_message"),
        raw=data,
    )


def construct_event(
    payload: bytes | str, header: str | None, secret: str, tolerance: int = DEFAULT_TOLERANCE
) -> WebhookEvent:
    """Verify the signature, then parse: the one call a webhook endpoint needs."""
    verify_signature(payload, header, secret, tolerance)
    return parse(payload)


class ReplayGuard:
    """Accept each signed webhook delivery once: a replay raises :class:`WebhookReplayError`.

    A signature check alone accepts a captured delivery sent again while its timestamp is within
    the tolerance. The guard remembers every delivery it accepts (keyed by its signature, which is
    unique to its timestamp and body) until its timestamp leaves the tolerance window, after which
    :func:`verify_signature` refuses it as stale anyway.

    The default store is in memory, for one process. Where several processes receive webhooks,
    pass ``seen``: a function that records a key and returns whether it was already recorded, in
    one atomic step, for at least ``2 * tolerance`` seconds. With Redis::

        guard = webhook.ReplayGuard(seen=lambda key: not redis.set(f"muxi-webhook:{key}", 1, nx=True, ex=600))
        event = guard.construct_event(request.body, request.headers.get("X-Muxi-Signature"), secret)

    A formation that delivers the same result again signs it with a new timestamp: that is not a
    replay; deduplicate on ``event.id`` and ``event.status`` if your handler must run once.
    """

    def __init__(self, *, tolerance: int = DEFAULT_TOLERANCE, seen: Callable[[str], bool] | None = None) -> None:
        self.tolerance = tolerance
        self._seen = seen
        self._expiry: dict[str, float] = {}
        self._prune_at = 1024
        self._lock = threading.Lock()

    def _memory_seen(self, key: str, expires: float, now: float) -> bool:
        with self._lock:
            if len(self._expiry) >= self._prune_at:  # drop deliveries whose window has closed (amortised)
                self._expiry = {k: e for k, e in self._expiry.items() if e >= now}
                self._prune_at = max(1024, 2 * len(self._expiry))
            if key in self._expiry:
                return True
            self._expiry[key] = expires
            return False

    def verify(self, payload: bytes | str, header: str | None, secret: str, *, now: float | None = None) -> bool:
        """:func:`verify_signature`, then refuse a delivery this guard accepted before; return True or raise.

        Raises:
            WebhookSignatureError: as :func:`verify_signature`.
            WebhookReplayError: the delivery was already accepted.
        """
        current = time.time() if now is None else now
        timestamp, signature = _verified(payload, header, secret, self.tolerance, current)
        key = f"{timestamp}.{signature}"
        if self._seen is not None:
            replay = self._seen(key)
        else:
            replay = self._memory_seen(key, timestamp + self.tolerance, current)
        if replay:
            raise WebhookReplayError("webhook delivery already received: a replay of an accepted delivery")
        return True

    def construct_event(
        self, payload: bytes | str, header: str | None, secret: str, *, now: float | None = None
    ) -> WebhookEvent:
        """Verify the signature, refuse a replay, then parse: :func:`construct_event` with replay protection."""
        self.verify(payload, header, secret, now=now)
        return parse(payload)
