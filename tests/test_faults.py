"""The SDK under a misbehaving loopback server: right retries with one key, or the right typed
error within the timeout; never a hang, never a leaked connection, never a retried plain POST."""

from __future__ import annotations

import asyncio
import email.utils
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from fault_server import (
    FaultServer,
    closed_port,
    cut_after_headers,
    envelope,
    reset_before_response,
    respond,
    sse,
    stall,
)
from pools import connection_pool

from muxi import (
    APIStatusError,
    AsyncFormationClient,
    ConnectionError,
    FormationClient,
    FormationError,
    RateLimitError,
    ResponseValidationError,
    StreamError,
    TimeoutError,
)

AGENTS = envelope({"agents": [], "count": 0})
SECRET_CREATED = envelope({"message": "created"})


def run(kind: str, url: str, action: Callable[[Any], Any], **config: Any) -> Any:
    """Run ``action(client)`` with a sync or async client; check no connection is left checked out."""
    config = {"admin_key": "ak", "client_key": "ck", **config}
    if kind == "sync":
        client = FormationClient(url=url, **config)
        try:
            return action(client)
        finally:
            http = client._http()  # pyright: ignore[reportPrivateUsage]
            _assert_no_connection_in_use(http)
            client.close()
            assert connection_pool(http).connections == []

    async def main() -> Any:
        client = AsyncFormationClient(url=url, **config)
        try:
            result = action(client)
            return await result if asyncio.iscoroutine(result) else result
        finally:
            http = client._http()  # pyright: ignore[reportPrivateUsage]
            _assert_no_connection_in_use(http)
            await client.aclose()
            assert connection_pool(http).connections == []

    return asyncio.run(main())


def _assert_no_connection_in_use(http: httpx.Client | httpx.AsyncClient) -> None:
    pool = connection_pool(http)
    busy = [c for c in pool.connections if not (c.is_idle() or c.is_closed())]
    assert busy == [], f"leaked connections: {busy}"


def keys(server: FaultServer) -> set[str]:
    return {a.headers["X-Muxi-Idempotency-Key"] for a in server.attempts}


KINDS = pytest.mark.parametrize("kind", ["sync", "async"])


@pytest.fixture(autouse=True)
def fast_backoff(sleeps: list[float]) -> list[float]:
    return sleeps  # retries are counted, not waited for


@KINDS
def test_429_retry_after_seconds(kind: str, sleeps: list[float]) -> None:
    with FaultServer(respond(429, b"{}", {"Retry-After": "2"}), respond(200, AGENTS)) as server:
        assert run(kind, server.url, lambda c: c.get_agents()).count == 0
    assert len(server.attempts) == 2 and len(keys(server)) == 1
    assert sleeps == [2.0]


@KINDS
def test_429_retry_after_http_date(kind: str, sleeps: list[float]) -> None:
    later = email.utils.formatdate(time.time() + 5, usegmt=True)
    with FaultServer(respond(429, b"{}", {"Retry-After": later}), respond(200, AGENTS)) as server:
        run(kind, server.url, lambda c: c.get_agents())
    assert len(server.attempts) == 2 and 3.0 <= sleeps[0] <= 5.0


@KINDS
def test_429_that_persists_is_a_rate_limit_error(kind: str, sleeps: list[float]) -> None:
    with FaultServer(respond(429, b'{"message": "slow down"}', {"Retry-After": "1"})) as server:
        with pytest.raises(RateLimitError) as info:
            run(kind, server.url, lambda c: c.get_agents(), max_retries=2)
    assert info.value.retry_after == 1.0 and len(server.attempts) == 3 and len(keys(server)) == 1


@KINDS
@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_5xx_then_success(kind: str, status: int) -> None:
    with FaultServer(respond(status), respond(status), respond(200, AGENTS)) as server:
        run(kind, server.url, lambda c: c.get_agents())
    assert len(server.attempts) == 3 and len(keys(server)) == 1


@KINDS
def test_connection_refused_is_retried_then_typed(kind: str, sleeps: list[float]) -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    started = time.monotonic()
    with pytest.raises(ConnectionError) as info:
        run(kind, url, lambda c: c.get_agents(), max_retries=2)
    assert not isinstance(info.value, TimeoutError)
    assert len(sleeps) == 2 and time.monotonic() - started < 5


@KINDS
def test_reset_before_the_response(kind: str) -> None:
    with FaultServer(reset_before_response(), respond(200, AGENTS)) as server:
        run(kind, server.url, lambda c: c.get_agents())
    assert len(server.attempts) == 2 and len(keys(server)) == 1


@KINDS
def test_reset_after_the_response_started(kind: str) -> None:
    with FaultServer(cut_after_headers(), respond(200, AGENTS)) as server:
        run(kind, server.url, lambda c: c.get_agents())
    assert len(server.attempts) == 2


@KINDS
def test_plain_post_is_never_retried(kind: str) -> None:
    with FaultServer(reset_before_response(), respond(201, SECRET_CREATED)) as server:
        with pytest.raises(ConnectionError):
            run(kind, server.url, lambda c: c.create_secret("K", "V"))
    assert len(server.attempts) == 1  # the request may have reached the server: not sent again


@KINDS
def test_idempotent_post_is_retried_with_one_key(kind: str) -> None:
    reply = envelope({"message": {"role": "assistant", "content": "ok"}, "user_id": "u", "session_id": "s",
                      "request_id": None})  # fmt: skip
    with FaultServer(cut_after_headers(), respond(503), respond(200, reply)) as server:
        assert run(kind, server.url, lambda c: c.chat("hi")).text == "ok"
    assert len(server.attempts) == 3 and len(keys(server)) == 1


@KINDS
def test_stall_is_a_timeout_within_the_limit(kind: str) -> None:
    # httpx.Timeout: per-attempt limits, so the stalled GET is retried (a number would be the call's deadline).
    with FaultServer(stall(3)) as server:
        started = time.monotonic()
        with pytest.raises(TimeoutError):
            run(kind, server.url, lambda c: c.get_agents(), timeout=httpx.Timeout(0.3), max_retries=1)
        elapsed = time.monotonic() - started
    assert len(server.attempts) == 2 and elapsed < 2.5


@KINDS
def test_malformed_json_is_a_response_validation_error(kind: str) -> None:
    with FaultServer(respond(200, b'{"object": "x", "data": {"agents": [')) as server:
        with pytest.raises(ResponseValidationError) as info:
            run(kind, server.url, lambda c: c.get_agents())
    assert info.value.body.startswith(b'{"object"') and len(server.attempts) == 1


@KINDS
def test_success_false_on_200(kind: str) -> None:
    body = envelope({}, success=False, error={"code": "BUSY", "message": "overloaded"})
    with FaultServer(respond(200, body)) as server, pytest.raises(FormationError, match="overloaded"):
        run(kind, server.url, lambda c: c.get_agents())


FRAME = b'data: {"token": {"type": "content", "content": "hi", "session_id": "s", "request_id": "r"}}\n\n'


def _drain(client: Any) -> Any:
    stream = client.chat_stream("hi")
    if isinstance(client, AsyncFormationClient):

        async def read() -> list[str]:
            return [e.text async for e in stream]

        return read()
    return [e.text for e in stream]


@KINDS
def test_stream_cut_mid_event(kind: str) -> None:
    with FaultServer(sse([FRAME, b'data: {"token": {"ty'], cut=True)) as server:
        with pytest.raises(ConnectionError, match="interrupted"):
            run(kind, server.url, _drain)
    assert len(server.attempts) == 1  # streams are never retried once bytes arrived


@KINDS
def test_oversized_sse_line_is_a_stream_error(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import muxi._core.sse

    monkeypatch.setattr(muxi._core.sse, "DEFAULT_MAX_LINE", 1024)
    with FaultServer(sse([FRAME, b"data: " + b"x" * 5000 + b"\n\n"])) as server:
        with pytest.raises(StreamError, match="longer than 1024"):
            run(kind, server.url, _drain)


@KINDS
def test_malformed_sse_frames_fail_clearly(kind: str) -> None:
    with FaultServer(sse([FRAME, b"data: {not json}\n\n"])) as server:
        with pytest.raises(StreamError, match="data is not JSON"):
            run(kind, server.url, _drain)


@KINDS
def test_redirect_to_another_host_is_not_followed(kind: str) -> None:
    with FaultServer(respond(200, AGENTS), host="127.0.0.2") as other:
        with FaultServer(respond(302, b"", {"Location": f"{other.url}/v1/agents"})) as server:
            with pytest.raises(APIStatusError, match="redirects are not followed"):
                run(kind, server.url, lambda c: c.get_agents())
            followed = run(kind, server.url, lambda c: c.get_agents(), follow_redirects=True)
    assert followed.count == 0
    assert "X-Muxi-Admin-Key" not in other.attempts[0].headers  # credentials stay home
