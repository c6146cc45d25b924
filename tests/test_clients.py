"""The facade clients end to end against respx: bytes on the wire, typed results, typed errors.

Every scenario runs with the blocking and the async client of the API it concerns.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import uuid
from collections.abc import Callable
from typing import Any

import anyio
import httpx
import pytest
import respx
from respx_calls import sent_requests

import muxi
from muxi import (
    AsyncFormationClient,
    AsyncServerClient,
    AuthenticationError,
    ConfigurationError,
    FormationClient,
    FormationError,
    NotFoundError,
    ResponseValidationError,
    ServerClient,
    ServerError,
    get_request_id,
)

F = "http://formation.test"
S = "http://server.test:7890"
CLIENT_KEY = "sk_client_9f8e7d6c5b4a"
ADMIN_KEY = "sk_admin_1a2b3c4d5e6f"
KEY_ID = "MUXI_00112233aabbccdd"
SECRET = "sk_5ecret_0123456789abcdef"
SECRETS = (CLIENT_KEY, ADMIN_KEY, SECRET)


def envelope(data: Any, *, request_id: str = "req_abc", success: bool = True, error: Any = None) -> dict[str, Any]:
    return {
        "object": "thing",
        "timestamp": 1795379748518,
        "type": "thing.retrieved",
        "request": {"id": request_id, "idempotency_key": None},
        "success": success,
        "error": error,
        "data": data,
    }


AGENTS = envelope({"agents": [{"id": "assistant", "name": "Assistant", "extra": 1}], "count": 1})


@pytest.fixture(autouse=True)
def no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("MUXI_ADMIN_KEY", "MUXI_CLIENT_KEY", "MUXI_KEY_ID", "MUXI_SECRET_KEY", "MUXI_DEBUG"):
        monkeypatch.delenv(name, raising=False)


Invoke = Callable[..., Any]


@pytest.fixture(params=["sync", "asyncio", "trio"])
def formation(request: pytest.FixtureRequest) -> Callable[..., Invoke]:
    """formation(**config)(operation, **arguments) -> result, with the sync or the async client."""

    def configure(**config: Any) -> Invoke:
        config = {"url": F, **config}

        def invoke(operation: str, **arguments: Any) -> Any:
            if request.param == "sync":
                with FormationClient(**config) as client:
                    return client.call(operation, **arguments)

            async def main() -> Any:
                async with AsyncFormationClient(**config) as client:
                    return await client.call(operation, **arguments)

            return anyio.run(main, backend=request.param)

        return invoke

    return configure


@pytest.fixture(params=["sync", "asyncio", "trio"])
def server(request: pytest.FixtureRequest) -> Callable[..., Invoke]:
    def configure(**config: Any) -> Invoke:
        config = {"url": S, "key_id": KEY_ID, "secret_key": SECRET, **config}

        def invoke(operation: str, **arguments: Any) -> Any:
            if request.param == "sync":
                with ServerClient(**config) as client:
                    return client.call(operation, **arguments)

            async def main() -> Any:
                async with AsyncServerClient(**config) as client:
                    return await client.call(operation, **arguments)

            return anyio.run(main, backend=request.param)

        return invoke

    return configure


# --------------------------------------------------------------------------- headers and keys


@respx.mock
def test_every_request_carries_sdk_headers_and_a_uuid4_key(formation: Callable[..., Invoke]) -> None:
    route = respx.get(f"{F}/v1/agents").mock(return_value=httpx.Response(200, json=AGENTS))
    formation(admin_key=ADMIN_KEY)("get_agents")
    formation(admin_key=ADMIN_KEY)("get_agents")
    first, second = (r.headers for r in sent_requests(route))
    assert first["x-muxi-sdk"] == f"python/{muxi.__version__}"
    assert "/py" in first["x-muxi-client"]
    assert first["user-agent"].startswith("muxi-client-python/")
    assert uuid.UUID(first["x-muxi-idempotency-key"]).version == 4
    assert first["x-muxi-idempotency-key"] != second["x-muxi-idempotency-key"]


@respx.mock
def test_idempotency_key_can_be_chosen_per_call(formation: Callable[..., Invoke]) -> None:
    route = respx.get(f"{F}/v1/agents").mock(return_value=httpx.Response(200, json=AGENTS))
    formation(admin_key=ADMIN_KEY)("get_agents", idempotency_key="my-key-1")
    assert sent_requests(route)[0].headers["x-muxi-idempotency-key"] == "my-key-1"


@respx.mock
@pytest.mark.parametrize(
    ("operation", "path", "keys", "expected"),
    [
        ("get_agents", "/v1/agents", {"client_key": CLIENT_KEY, "admin_key": ADMIN_KEY}, {"x-muxi-admin-key"}),
        ("get_triggers", "/v1/triggers", {"client_key": CLIENT_KEY, "admin_key": ADMIN_KEY}, {"x-muxi-client-key"}),
        (
            "get_requests",
            "/v1/requests",
            {"client_key": CLIENT_KEY, "admin_key": ADMIN_KEY, "user_id": "u1"},
            {"x-muxi-client-key"},
        ),
        ("get_requests", "/v1/requests", {"admin_key": ADMIN_KEY}, {"x-muxi-admin-key"}),  # no user id: admin key
        ("health", "/v1/health", {"client_key": CLIENT_KEY, "admin_key": ADMIN_KEY}, set[str]()),
    ],
)
def test_each_route_gets_the_key_it_accepts(
    formation: Callable[..., Invoke], operation: str, path: str, keys: dict[str, str], expected: set[str]
) -> None:
    body = {
        "get_agents": AGENTS,
        "get_triggers": envelope({"formation_id": "f", "triggers": [], "count": 0}),
        "get_requests": envelope({"requests": [], "count": 0}),
        "health": {"status": "healthy", "version": "1.0.0", "uptime_seconds": 4},
    }[operation]
    route = respx.get(f"{F}{path}").mock(return_value=httpx.Response(200, json=body))
    formation(**keys)(operation)
    sent = sent_requests(route)[0].headers
    present = {h for h in ("x-muxi-admin-key", "x-muxi-client-key") if h in sent}
    assert present == expected
    for header in present:
        assert sent[header] == (ADMIN_KEY if "admin" in header else CLIENT_KEY)


@respx.mock
def test_missing_key_fails_before_any_io(formation: Callable[..., Invoke]) -> None:
    route = respx.get(f"{F}/v1/agents").mock(return_value=httpx.Response(200, json=AGENTS))
    with pytest.raises(ConfigurationError) as info:
        formation(client_key=CLIENT_KEY)("get_agents")
    assert "admin_key=" in str(info.value) and "MUXI_ADMIN_KEY" in str(info.value)
    assert CLIENT_KEY not in str(info.value)
    assert route.call_count == 0


@respx.mock
def test_user_id_per_call_and_default(formation: Callable[..., Invoke]) -> None:
    sessions = envelope({"sessions": [], "count": 0})
    route = respx.get(f"{F}/v1/sessions").mock(return_value=httpx.Response(200, json=sessions))
    formation(client_key=CLIENT_KEY, user_id="default-user")("get_sessions")
    formation(client_key=CLIENT_KEY, user_id="default-user")("get_sessions", user_id="alice")
    assert [r.headers["x-muxi-user-id"] for r in sent_requests(route)] == ["default-user", "alice"]


# --------------------------------------------------------------------------- results and errors


@respx.mock
def test_envelope_is_unwrapped_into_a_typed_model(formation: Callable[..., Invoke]) -> None:
    respx.get(f"{F}/v1/agents").mock(return_value=httpx.Response(200, json=AGENTS))
    result = formation(admin_key=ADMIN_KEY)("get_agents")
    assert type(result).__name__ == "AgentList"
    assert result.count == 1
    assert result.agents[0].id == "assistant"
    assert result.agents[0].additional_properties == {"extra": 1}
    assert get_request_id(result) == "req_abc"
    assert result.to_dict() == AGENTS["data"]


@respx.mock
def test_success_false_on_200_is_a_formation_error(formation: Callable[..., Invoke]) -> None:
    body = envelope({}, success=False, error={"code": "AGENT_BUSY", "message": "busy", "data": None})
    respx.get(f"{F}/v1/agents").mock(return_value=httpx.Response(200, json=body))
    with pytest.raises(FormationError) as info:
        formation(admin_key=ADMIN_KEY)("get_agents")
    assert (info.value.code, info.value.message, info.value.request_id) == ("AGENT_BUSY", "busy", "req_abc")


@respx.mock
def test_http_error_envelope_is_typed(formation: Callable[..., Invoke]) -> None:
    body = envelope({}, success=False, error={"code": "AGENT_NOT_FOUND", "message": "Agent 'x' not found"})
    respx.get(f"{F}/v1/agents/x").mock(return_value=httpx.Response(404, json=body))
    with pytest.raises(NotFoundError) as info:
        formation(admin_key=ADMIN_KEY)("get_agent", agent_id="x")
    assert str(info.value) == "404 AGENT_NOT_FOUND: Agent 'x' not found (request_id=req_abc)"


@respx.mock
def test_body_that_does_not_fit_the_schema(formation: Callable[..., Invoke]) -> None:
    body = envelope({"agents": "not-a-list"})
    respx.get(f"{F}/v1/agents").mock(return_value=httpx.Response(200, json=body))
    with pytest.raises(ResponseValidationError) as info:
        formation(admin_key=ADMIN_KEY)("get_agents")
    assert json.loads(info.value.body) == body


@respx.mock
def test_non_json_2xx_is_a_validation_error(formation: Callable[..., Invoke]) -> None:
    respx.get(f"{F}/v1/agents").mock(
        return_value=httpx.Response(200, text="{oops", headers={"content-type": "application/json"})
    )
    with pytest.raises(ResponseValidationError) as info:
        formation(admin_key=ADMIN_KEY)("get_agents")
    assert info.value.body == b"{oops"


@respx.mock
def test_unknown_operation_and_bad_arguments(formation: Callable[..., Invoke]) -> None:
    with pytest.raises(ConfigurationError, match="unknown operation 'get_agnets'"):
        formation(admin_key=ADMIN_KEY)("get_agnets")
    with pytest.raises(TypeError, match="missing required argument"):
        formation(admin_key=ADMIN_KEY)("get_agent")
    with pytest.raises(TypeError, match="unexpected keyword argument 'limit'"):
        formation(admin_key=ADMIN_KEY)("get_agents", limit=3)


# --------------------------------------------------------------------------- retries


@respx.mock
def test_idempotent_post_is_retried_with_one_key(formation: Callable[..., Invoke], sleeps: list[float]) -> None:
    chat = envelope(
        {"message": {"role": "assistant", "content": "hi"}, "user_id": "u", "session_id": "s1", "request_id": None}
    )
    route = respx.post(f"{F}/v1/chat").mock(
        side_effect=[httpx.Response(503), httpx.ConnectError("refused"), httpx.Response(200, json=chat)]
    )
    module = __import__("muxi_generated.formation.models", fromlist=["ChatRequest"])
    formation(client_key=CLIENT_KEY)("chat", body=module.ChatRequest(message="hi", stream=False))
    assert route.call_count == 3
    assert len({r.headers["x-muxi-idempotency-key"] for r in sent_requests(route)}) == 1
    assert len(sleeps) == 2


@respx.mock
def test_plain_post_is_not_retried(formation: Callable[..., Invoke], sleeps: list[float]) -> None:
    route = respx.post(f"{F}/v1/secrets").mock(return_value=httpx.Response(503))
    module = __import__("muxi_generated.formation.models", fromlist=["SecretCreate"])
    with pytest.raises(ServerError):
        formation(admin_key=ADMIN_KEY)("create_secret", body=module.SecretCreate(key="K", value="V"))
    assert route.call_count == 1
    assert sleeps == []


@respx.mock
def test_get_retried_then_max_retries_per_call(formation: Callable[..., Invoke], sleeps: list[float]) -> None:
    route = respx.get(f"{F}/v1/agents").mock(return_value=httpx.Response(502))
    with pytest.raises(ServerError):
        formation(admin_key=ADMIN_KEY)("get_agents", max_retries=1)
    assert route.call_count == 2
    route.reset()
    with pytest.raises(ServerError):
        formation(admin_key=ADMIN_KEY, max_retries=0)("get_agents")
    assert route.call_count == 1


@respx.mock
def test_per_call_timeout_reaches_the_request(formation: Callable[..., Invoke]) -> None:
    route = respx.get(f"{F}/v1/agents").mock(return_value=httpx.Response(200, json=AGENTS))
    formation(admin_key=ADMIN_KEY)("get_agents", timeout=4.5)
    formation(admin_key=ADMIN_KEY)("get_agents")
    timeouts = [r.extensions["timeout"] for r in sent_requests(route)]
    # A number is the call's deadline: each phase gets at most the time left of it.
    assert timeouts[0] == {phase: pytest.approx(4.5, abs=0.5) for phase in ("connect", "read", "write", "pool")}
    assert timeouts[1] == {phase: pytest.approx(30.0, abs=0.5) for phase in ("connect", "read", "write", "pool")}


# --------------------------------------------------------------------------- server HMAC


def _expected_signature(ts: str, method: str, path: str) -> str:
    mac = hmac.new(SECRET.encode(), f"{ts};{method};{path}".encode(), hashlib.sha256).digest()
    return base64.b64encode(mac).decode()


@respx.mock
def test_rpc_routes_are_hmac_signed(server: Callable[..., Invoke]) -> None:
    body: dict[str, Any] = {"success": True, "data": {"formations": [], "total": 0}}
    route = respx.get(f"{S}/rpc/formations").mock(return_value=httpx.Response(200, json=body))
    server(clock=lambda: 1_800_000_000)("list_formations")
    header = sent_requests(route)[0].headers["authorization"]
    assert header == (
        f"MUXI-HMAC key={KEY_ID}, timestamp=1800000000, "
        f"signature={_expected_signature('1800000000', 'GET', '/rpc/formations')}"
    )


@respx.mock
def test_public_server_routes_are_not_signed(server: Callable[..., Invoke]) -> None:
    route = respx.get(f"{S}/health").mock(
        return_value=httpx.Response(200, json={"success": True, "status": "ok", "version": "1"})
    )
    server()("health")
    assert "authorization" not in sent_requests(route)[0].headers


@respx.mock
def test_server_errors_use_the_server_format(server: Callable[..., Invoke]) -> None:
    respx.get(f"{S}/rpc/formations").mock(
        return_value=httpx.Response(401, json={"error": "Unauthorized", "message": "Invalid signature", "code": 401})
    )
    with pytest.raises(AuthenticationError) as info:
        server()("list_formations")
    assert str(info.value) == "401 Unauthorized: Invalid signature"


def test_rpc_without_credentials_fails_before_io() -> None:
    with respx.mock:
        route = respx.get(f"{S}/rpc/formations").mock(return_value=httpx.Response(200))
        with pytest.raises(ConfigurationError, match="MUXI_KEY_ID"):
            ServerClient(url=S).call("list_formations")
        assert route.call_count == 0


# --------------------------------------------------------------------------- logging and secrets


@respx.mock
def test_debug_logs_attempts_and_retries_but_no_secrets(
    formation: Callable[..., Invoke], sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    respx.get(f"{F}/v1/agents").mock(side_effect=[httpx.Response(503), httpx.Response(200, json=AGENTS)])
    respx.get(f"{F}/v1/triggers").mock(return_value=httpx.Response(401, json={"message": "bad key"}))
    caplog.set_level(logging.DEBUG, logger="muxi")
    invoke = formation(admin_key=ADMIN_KEY, client_key=CLIENT_KEY, debug=True)
    invoke("get_agents")
    with pytest.raises(AuthenticationError) as info:
        invoke("get_triggers")
    text = caplog.text
    assert "get_agents GET http://formation.test/v1/agents -> 503" in text
    assert "get_agents GET http://formation.test/v1/agents -> 200" in text
    assert "request_id=req_abc" in text
    assert "retry 1/3" in text
    assert "ms" in text
    for secret in SECRETS:
        assert secret not in text
        assert secret not in str(info.value) and secret not in repr(info.value)


def test_streaming_calls_keep_connect_timeout_but_no_read_timeout() -> None:
    client = FormationClient(url=F, client_key=CLIENT_KEY, timeout=httpx.Timeout(12.0, connect=3.0))
    from muxi_generated.formation.models import ChatRequest

    call, _ = client._prepare("chat", {"body": ChatRequest(message="hi")}, stream=True)  # pyright: ignore[reportPrivateUsage]
    request = call.build()
    assert request.extensions["timeout"] == {"connect": 3.0, "read": None, "write": 12.0, "pool": 12.0}
    assert request.headers["accept"] == "text/event-stream"
    plain, _ = client._prepare("health", {})  # pyright: ignore[reportPrivateUsage]
    assert plain.build().extensions["timeout"]["read"] == 12.0


@respx.mock
def test_server_debug_logs_never_show_hmac_material(
    server: Callable[..., Invoke], sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    body: dict[str, Any] = {"success": True, "data": {"formations": [], "total": 0}}
    route = respx.get(f"{S}/rpc/formations").mock(side_effect=[httpx.Response(502), httpx.Response(200, json=body)])
    caplog.set_level(logging.DEBUG)
    server(debug=True, clock=lambda: 1_800_000_000)("list_formations")
    signature = sent_requests(route)[0].headers["authorization"].rsplit("signature=", 1)[1]
    assert "list_formations GET http://server.test:7890/rpc/formations -> 502" in caplog.text
    assert "retry 1/3" in caplog.text
    for secret in (SECRET, signature):
        assert secret not in caplog.text
