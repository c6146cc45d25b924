"""Retry decisions, without I/O: which failures to retry, and how long to wait.

Retried: HTTP 408, 429, 500, 502, 503, 504 and network failures. Which requests: GET, HEAD,
PUT, DELETE and OPTIONS always; POST only when the operation is de-duplicated by the server's
idempotency key (``x-muxi-idempotent`` in the spec), or when the connection failed before the
request was sent (nothing reached the server). Backoff: 0.5 s doubling to a 30 s cap, with
"equal jitter" (a random wait between half and all of the step), and ``Retry-After`` honoured
(seconds or HTTP date) when the server sends it.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

from ..errors import parse_retry_after

__all__ = ["RETRY_STATUSES", "RetryPolicy"]

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
SAFE_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
# These network failures happen before a single byte of the request left the client.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


@dataclass(frozen=True)
class RetryPolicy:
    """How many times and how long to retry one logical call.

    Attributes:
        max_retries: retries after the first attempt (0 disables retrying).
        initial_delay: the first backoff step in seconds.
        max_delay: the cap of a backoff step and of an honoured ``Retry-After``.
        random: source of jitter in [0, 1); injectable for tests.
    """

    max_retries: int = 3
    initial_delay: float = 0.5
    max_delay: float = 30.0
    random: Callable[[], float] = field(default=random.random, compare=False, repr=False)

    def retryable(
        self,
        *,
        method: str,
        idempotent: bool,
        outcome: httpx.Response | BaseException,
    ) -> bool:
        """Whether this outcome of a request may be tried again (ignoring the retry budget)."""
        if isinstance(outcome, httpx.Response):
            if outcome.status_code not in RETRY_STATUSES:
                return False
            return method in SAFE_METHODS or idempotent
        if not isinstance(outcome, httpx.TransportError):
            return False
        if isinstance(outcome, NOT_SENT):
            return True
        return method in SAFE_METHODS or idempotent

    def backoff(self, retry_number: int) -> float:
        """The jittered wait before retry ``retry_number`` (0 for the first retry)."""
        step = min(self.max_delay, self.initial_delay * 2.0**retry_number)
        return step / 2 + step / 2 * self.random()

    def delay(
        self,
        *,
        retry_number: int,
        method: str,
        idempotent: bool,
        outcome: httpx.Response | BaseException,
    ) -> float | None:
        """Seconds to wait before retrying, or None when this outcome is final."""
        if retry_number >= self.max_retries:
            return None
        if not self.retryable(method=method, idempotent=idempotent, outcome=outcome):
            return None
        if isinstance(outcome, httpx.Response):
            requested = parse_retry_after(outcome.headers)
            if requested is not None:
                if requested > self.max_delay:
                    return None  # the server asks for longer than we wait: surface the error
                return requested
        return self.backoff(retry_number)
