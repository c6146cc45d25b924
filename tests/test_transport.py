"""The call flow and its sync/async shells: retries, idempotency keys, redirects, errors.

Each test runs the same scenario through both shells (``run_sync`` with httpx.Client,
``run_async`` with httpx.AsyncClient) against respx, and asserts what went over the wire.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable
from typing import Any

import anyio
import httpx
import pytest
import respx
from respx_calls import sent_requests

from muxi import (
    APIStatusError,
    ConnectionError,
    HmacAuth,
    NotFoundError,
    RetryPolicy,
    ServerError,
    TimeoutError,
)
from muxi._core.shells import run_async, run_sync
from muxi._core.transport import Call, call_flow

URL = "http://api.test/v1/thing"


def make_call(method: str = "GET", url: str = URL, **kwargs: Any) -> Call:
    key = str(uuid.uuid4())
    headers = {"X-Muxi-Idempotency-Key": key, "X-Muxi-Admin-Key": "sk_admin_secret"}

    def build() -> httpx.Request:
        return httpx.Request(method, url, headers=headers, content=b'{"a":1}' if method == "POST" else None)

    return Call(operation="op", build=build, **kwargs)


Runner = Callable[..., httpx.Response]


def run_with_sync(call: Call, policy: RetryPolicy, **kwargs: Any) -> httpx.Response:
    with httpx.Client() as client:
        return run_sync(client, call_flow(call, policy, **kwargs))


def run_with_async(call: Call, policy: RetryPolicy, backend: str = "asyncio", **kwargs: Any) -> httpx.Response:
    async def main() -> httpx.Response:
        async with httpx.AsyncClient() as client:
            return await run_async(client, call_flow(call, policy, **kwargs))

    response: httpx.Response = anyio.run(main, backend=backend)
    return response


@pytest.fixture(params=["sync", "asyncio", "trio"])
def run(request: pytest.FixtureRequest) -> Runner:
    """The blocking shell, or the async one under asyncio or trio."""
    return run_with_sync if request.param == "sync" else functools.partial(run_with_async, backend=request.param)


def keys_of(route: respx.Route) -> list[str]:
    return [r.headers["x-muxi-idempotency-key"] for r in sent_requests(route)]


@respx.mock
def test_retries_then_succeeds_with_one_idempotency_key(run: Runner, sleeps: list[float]) -> None:
    route = respx.get(URL).mock(
        side_effect=[httpx.Response(503), httpx.Response(502), httpx.Response(200, json={"ok": True})]
    )
    response = run(make_call(), RetryPolicy(max_retries=3, random=lambda: 1.0))
    assert response.json() == {"ok": True}
    assert route.call_count == 3
    assert len(set(keys_of(route))) == 1
    assert sleeps == [0.5, 1.0]


@respx.mock
def test_gives_up_after_max_retries(run: Runner, sleeps: list[float]) -> None:
    route = respx.get(URL).mock(return_value=httpx.Response(500, json={"message": "boom"}))
    with pytest.raises(ServerError) as info:
        run(make_call(), RetryPolicy(max_retries=2, random=lambda: 1.0))
    assert route.call_count == 3
    assert info.value.status_code == 500
    assert len(sleeps) == 2


@respx.mock
def test_max_retries_zero_sends_once(run: Runner, sleeps: list[float]) -> None:
    route = respx.get(URL).mock(return_value=httpx.Response(503))
    with pytest.raises(ServerError):
        run(make_call(), RetryPolicy(max_retries=0))
    assert route.call_count == 1
    assert sleeps == []


@respx.mock
def test_retry_after_is_honoured(run: Runner, sleeps: list[float]) -> None:
    respx.get(URL).mock(side_effect=[httpx.Response(429, headers={"Retry-After": "2"}), httpx.Response(200)])
    run(make_call(), RetryPolicy(random=lambda: 0.0))
    assert sleeps == [2.0]


@respx.mock
def test_non_idempotent_post_is_not_retried(run: Runner, sleeps: list[float]) -> None:
    route = respx.post(URL).mock(return_value=httpx.Response(503))
    with pytest.raises(ServerError):
        run(make_call("POST"), RetryPolicy())
    assert route.call_count == 1


@respx.mock
def test_idempotent_post_is_retried_with_same_key(run: Runner, sleeps: list[float]) -> None:
    route = respx.post(URL).mock(side_effect=[httpx.Response(503), httpx.Response(200)])
    run(make_call("POST", idempotent=True), RetryPolicy())
    assert route.call_count == 2
    assert len(set(keys_of(route))) == 1
    assert [r.content for r in sent_requests(route)] == [b'{"a":1}', b'{"a":1}']


@respx.mock
def test_post_retried_when_connection_failed_before_sending(run: Runner, sleeps: list[float]) -> None:
    route = respx.post(URL).mock(side_effect=[httpx.ConnectError("refused"), httpx.Response(201)])
    assert run(make_call("POST"), RetryPolicy()).status_code == 201
    assert route.call_count == 2


@respx.mock
def test_post_not_retried_after_the_request_went_out(run: Runner, sleeps: list[float]) -> None:
    route = respx.post(URL).mock(side_effect=httpx.ReadError("connection reset"))
    with pytest.raises(ConnectionError) as info:
        run(make_call("POST"), RetryPolicy())
    assert route.call_count == 1
    assert "POST http://api.test/v1/thing failed: connection reset" in str(info.value)


@respx.mock
def test_timeout_maps_to_timeout_error(run: Runner, sleeps: list[float]) -> None:
    route = respx.get(URL).mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(TimeoutError) as info:
        run(make_call(), RetryPolicy(max_retries=1))
    assert route.call_count == 2
    assert "timed out (read timeout)" in str(info.value)
    assert isinstance(info.value, ConnectionError)


@respx.mock
def test_client_errors_are_final(run: Runner, sleeps: list[float]) -> None:
    route = respx.get(URL).mock(return_value=httpx.Response(404, json={"error": "Not Found", "message": "nope"}))
    with pytest.raises(NotFoundError):
        run(make_call(), RetryPolicy())
    assert route.call_count == 1


@respx.mock
def test_hmac_is_resigned_on_every_attempt(run: Runner, sleeps: list[float]) -> None:
    ticks = iter(range(1_700_000_000, 1_700_000_100, 10))
    auth = HmacAuth("MUXI_k", "sk_s", clock=lambda: next(ticks))
    route = respx.get(URL).mock(side_effect=[httpx.Response(503), httpx.Response(200)])
    run(make_call(auth=auth), RetryPolicy())
    stamps = [r.headers["authorization"].split("timestamp=")[1].split(",")[0] for r in sent_requests(route)]
    assert stamps == ["1700000000", "1700000010"]


@respx.mock
def test_redirects_are_not_followed_by_default(run: Runner, sleeps: list[float]) -> None:
    respx.get(URL).mock(return_value=httpx.Response(302, headers={"Location": "http://other.test/x"}))
    target = respx.get("http://other.test/x").mock(return_value=httpx.Response(200))
    with pytest.raises(APIStatusError) as info:
        run(make_call(), RetryPolicy())
    assert "redirected to http://other.test/x" in str(info.value)
    assert target.call_count == 0


@respx.mock
def test_cross_origin_redirect_drops_credentials(run: Runner, sleeps: list[float]) -> None:
    auth = HmacAuth("MUXI_k", "sk_s", clock=lambda: 1_700_000_000)
    respx.get(URL).mock(return_value=httpx.Response(307, headers={"Location": "http://other.test/x"}))
    target = respx.get("http://other.test/x").mock(return_value=httpx.Response(200))
    run(make_call(auth=auth), RetryPolicy(), follow_redirects=True)
    sent = sent_requests(target)[0].headers
    assert "x-muxi-admin-key" not in sent
    assert "authorization" not in sent
    assert "x-muxi-idempotency-key" in sent


@respx.mock
def test_same_origin_redirect_keeps_credentials(run: Runner, sleeps: list[float]) -> None:
    auth = HmacAuth("MUXI_k", "sk_s", clock=lambda: 1_700_000_000)
    respx.get(URL).mock(return_value=httpx.Response(301, headers={"Location": "/v1/moved"}))
    target = respx.get("http://api.test/v1/moved").mock(return_value=httpx.Response(200))
    run(make_call(auth=auth), RetryPolicy(), follow_redirects=True)
    sent = sent_requests(target)[0].headers
    assert sent["x-muxi-admin-key"] == "sk_admin_secret"
    assert sent["authorization"].startswith("MUXI-HMAC key=MUXI_k, timestamp=1700000000, signature=")


@respx.mock
def test_stream_success_is_returned_unread(sleeps: list[float]) -> None:
    respx.get(URL).mock(side_effect=[httpx.Response(503), httpx.Response(200, content=b"data: 1\n\n")])
    with httpx.Client() as client:
        response = run_sync(client, call_flow(make_call(stream=True), RetryPolicy()))
        assert not response.is_stream_consumed
        assert response.read() == b"data: 1\n\n"
        response.close()
