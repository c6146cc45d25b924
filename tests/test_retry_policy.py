"""Retry decisions: which outcomes, which methods, how long."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from muxi import RetryPolicy


def policy(**kwargs: Any) -> RetryPolicy:
    return RetryPolicy(random=lambda: 1.0, **kwargs)


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_retryable_statuses(status: int) -> None:
    assert policy().retryable(method="GET", idempotent=False, outcome=httpx.Response(status))


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 501, 505])
def test_final_statuses(status: int) -> None:
    assert not policy().retryable(method="GET", idempotent=False, outcome=httpx.Response(status))


@pytest.mark.parametrize("method", ["GET", "HEAD", "PUT", "DELETE"])
def test_safe_methods_retry(method: str) -> None:
    assert policy().retryable(method=method, idempotent=False, outcome=httpx.Response(503))
    assert policy().retryable(method=method, idempotent=False, outcome=httpx.ReadError("reset"))


def test_post_only_when_idempotent_by_key() -> None:
    assert not policy().retryable(method="POST", idempotent=False, outcome=httpx.Response(503))
    assert not policy().retryable(method="POST", idempotent=False, outcome=httpx.ReadError("reset"))
    assert policy().retryable(method="POST", idempotent=True, outcome=httpx.Response(503))


def test_post_retried_when_nothing_was_sent() -> None:
    for exc in (httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("busy")):
        assert policy().retryable(method="POST", idempotent=False, outcome=exc)


def test_backoff_doubles_to_cap_with_jitter() -> None:
    top = policy()
    assert [top.backoff(n) for n in range(8)] == [0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 30.0]
    bottom = RetryPolicy(random=lambda: 0.0)
    assert [bottom.backoff(n) for n in range(3)] == [0.25, 0.5, 1.0]


def test_retry_after_wins_and_budget_ends() -> None:
    p = policy(max_retries=2)
    limited = httpx.Response(429, headers={"retry-after": "3"})
    assert p.delay(retry_number=0, method="GET", idempotent=False, outcome=limited) == 3.0
    assert p.delay(retry_number=2, method="GET", idempotent=False, outcome=limited) is None
    too_long = httpx.Response(503, headers={"retry-after": "3600"})
    assert p.delay(retry_number=0, method="GET", idempotent=False, outcome=too_long) is None


def test_zero_disables() -> None:
    assert policy(max_retries=0).delay(retry_number=0, method="GET", idempotent=False,
                                       outcome=httpx.Response(503)) is None  # fmt: skip
