"""The spec and the facade against the real runtime: every safe route answers what the spec says."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest
from spec_tools import Spec

from muxi import AuthenticationError, ConflictError, FormationClient, MuxiError, NotFoundError, get_request_id
from muxi._core.sse import ServerSentEvent, SSEDecoder

if TYPE_CHECKING:
    from e2e.conftest import Harness

pytestmark = [pytest.mark.e2e, pytest.mark.mode("single", "pg")]

SPEC = Spec.load(Path(__file__).resolve().parents[2] / "openapi" / "formation.yaml")
USER = "e2e-user"

# Safe GETs without path parameters, minus the live streams (they never end).
SWEEP = sorted(
    op.operation_id
    for op in SPEC.operations
    if op.method == "get" and "{" not in op.path and not op.node.get("x-muxi-streaming")
)


def _headers(op_security: list[dict[str, list[str]]], harness: Harness) -> dict[str, str]:
    headers = {"X-Muxi-User-ID": USER}
    schemes = [next(iter(requirement)) for requirement in op_security]
    if schemes:
        scheme = "clientKey" if "clientKey" in schemes else "adminKey"
        headers[{"clientKey": "X-Muxi-Client-Key", "adminKey": "X-Muxi-Admin-Key"}[scheme]] = (
            harness.client_key if scheme == "clientKey" else harness.admin_key
        )
    return headers


@pytest.mark.parametrize("operation_id", SWEEP)
def test_raw_response_fits_the_spec(harness: Harness, operation_id: str) -> None:
    op = SPEC.operation(operation_id)
    response = httpx.get(f"{harness.base_url}/v1{op.path}", headers=_headers(op.node["security"], harness), timeout=30)
    if "json" not in response.headers.get("content-type", ""):
        pytest.skip(f"{operation_id} answers {response.headers.get('content-type')}")
    pointer = SPEC.media_pointer(op, response.status_code, "application/json")
    assert pointer is not None, f"{operation_id}: status {response.status_code} is not in the spec"
    assert SPEC.errors(pointer + "/schema", response.json()) == []


@pytest.mark.parametrize("operation_id", SWEEP)
def test_facade_returns_typed_results(harness: Harness, operation_id: str) -> None:
    with FormationClient(
        url=harness.base_url, admin_key=harness.admin_key, client_key=harness.client_key, user_id=USER
    ) as client:
        try:
            result: Any = client.call(operation_id)
        except MuxiError as error:  # known runtime failures (e.g. /skills answers 500) must be typed
            failure: MuxiError | None = error
            result = None  # never read: this branch returns below
        else:
            failure = None
    if failure is not None:
        assert failure.status_code is not None
        assert failure.status_code >= 400
        return
    if hasattr(result, "to_dict"):
        assert isinstance(result.to_dict(), dict)
        if SPEC.operation(operation_id).node["security"]:
            assert get_request_id(result) is not None


# --------------------------------------------------------------------------- flows with arguments


def _client(harness: Harness, **kwargs: Any) -> FormationClient:
    keys: dict[str, Any] = {"admin_key": harness.admin_key, "client_key": harness.client_key, "user_id": USER, **kwargs}
    return FormationClient(url=harness.base_url, **keys)


def test_chat_session_and_history(harness: Harness) -> None:
    from muxi_generated.formation.models import ChatRequest

    with _client(harness) as client:
        reply = client.call("chat", body=ChatRequest(message="hello e2e", stream=False))
        assert reply.message.content == "echo: hello e2e"
        assert reply.session_id.startswith("sess_")
        assert get_request_id(reply)
        again = client.call("chat", body=ChatRequest(message="second", stream=False, session_id=reply.session_id))
        assert again.session_id == reply.session_id
        session = client.call("get_session", session_id=reply.session_id)
        assert session.message_count >= 3  # the runtime stores the last reply asynchronously
        messages = client.call("get_session_messages", session_id=reply.session_id)
        assert [m.text for m in messages.messages][:3] == ["hello e2e", "echo: hello e2e", "second"]


def test_idempotency_key_replays_the_first_answer(harness: Harness) -> None:
    from muxi_generated.formation.models import ChatRequest

    key = f"e2e-{uuid.uuid4()}"
    with _client(harness) as client:
        first = client.call("chat", body=ChatRequest(message="once", stream=False), idempotency_key=key)
        second = client.call("chat", body=ChatRequest(message="twice", stream=False), idempotency_key=key)
    assert get_request_id(first) == get_request_id(second)
    assert second.message.content == "echo: once"


def test_streamed_chat_frames_fit_the_spec(harness: Harness) -> None:
    op = SPEC.operation("chat")
    events = SPEC.at(SPEC.media_pointer(op, 200, "text/event-stream") or "#/missing")["x-muxi-sse-events"]
    decoder = SSEDecoder()
    frames: list[ServerSentEvent] = []
    headers = {"X-Muxi-Client-Key": harness.client_key, "X-Muxi-User-ID": USER, "Accept": "text/event-stream"}
    with httpx.stream("POST", f"{harness.base_url}/v1/chat", json={"message": "stream e2e"}, headers=headers,
                      timeout=httpx.Timeout(30, read=60)) as response:  # fmt: skip
        assert response.status_code == 200
        for chunk in response.iter_bytes():
            frames += decoder.feed(chunk)
    frames += decoder.close()
    assert frames and frames[-1].event == "done"
    for frame in frames:
        assert SPEC.errors(events[frame.event]["$ref"], frame.json()) == []
    tokens = [f.json()["token"] for f in frames if f.event == "message"]
    assert "".join(t["content"] for t in tokens if t["type"] == "content") == "echo: stream e2e"


def test_secret_lifecycle_and_typed_errors(harness: Harness) -> None:
    from muxi_generated.formation.models import SecretCreate, SecretUpdate

    name = f"E2E_{uuid.uuid4().hex[:8].upper()}"
    with _client(harness) as client:
        client.call("create_secret", body=SecretCreate(key=name, value="v1"))
        assert name in client.call("get_secrets").secrets.additional_properties
        client.call("update_secret", key=name, body=SecretUpdate(value="v2"))
        client.call("delete_secret", key=name)
        with pytest.raises(ConflictError) as conflict:
            client.call("delete_secret", key="ADMIN_KEY")
        assert conflict.value.code == "SECRET_IN_USE"
        with pytest.raises(NotFoundError) as missing:
            client.call("get_agent", agent_id="nope")
        assert missing.value.code == "AGENT_NOT_FOUND" and missing.value.request_id


def test_wrong_key_is_an_authentication_error(harness: Harness) -> None:
    client = FormationClient(url=harness.base_url, admin_key="sk_wrong", max_retries=0)
    with client, pytest.raises(AuthenticationError) as info:
        client.call("get_agents")
    assert "sk_wrong" not in str(info.value)
    assert info.value.code == "UNAUTHORIZED"
