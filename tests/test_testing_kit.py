"""muxi.testing.FakeFormation: faithful to the spec, usable in-process and on a loopback port."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
from spec_tools import Spec

from muxi import AuthenticationError, FormationClient, NotFoundError, ServerError, ValidationError
from muxi._sse import SSEDecoder
from muxi.testing import FakeFormation


def test_chat_sessions_and_history_in_process() -> None:
    fake = FakeFormation()
    fake.reply_with("Hello from the fake! How can I help today?")
    with fake.client(user_id="alice") as formation:
        reply = formation.chat("hi")
        assert reply.text == "Hello from the fake! How can I help today?"
        with formation.chat_stream("one two three four five six", session_id=reply.session_id) as stream:
            events = list(stream)
        assert stream.text == "echo: one two three four five six"
        assert [e.type for e in events] == ["progress", "planning", "text", "text", "completed", "done"]
        assert formation.get_session(reply.session_id).message_count == 4
        texts = [m.text for m in formation.get_session_messages(reply.session_id).messages]
        assert texts[-2:] == ["one two three four five six", "echo: one two three four five six"]
        assert [s.session_id for s in formation.get_sessions().sessions] == [reply.session_id]
    assert fake.requests[0].headers["x-muxi-user-id"] == "alice"
    assert json.loads(fake.requests[0].content)["stream"] is False


def test_keys_and_errors_match_the_runtime() -> None:
    fake = FakeFormation()
    with fake.client(admin_key="sk_wrong") as formation:
        with pytest.raises(AuthenticationError, match="Invalid admin API key"):
            formation.get_agents()
        with pytest.raises(ValidationError, match="X-Muxi-User-ID header is required"):
            formation.get_sessions()
    with fake.client() as formation:
        with pytest.raises(NotFoundError) as info:
            formation.get_agent("nope")
        assert info.value.code == "AGENT_NOT_FOUND"
        with pytest.raises(Exception, match="501 NOT_IMPLEMENTED"):
            formation.get_mcp_tools()


def test_fault_switches_and_retries(sleeps: list[float]) -> None:
    fake = FakeFormation()
    fake.fail_next(503, "SERVICE_UNAVAILABLE", "busy", times=2, retry_after=1)
    with fake.client() as formation:
        assert formation.health().status == "healthy"
    assert len(fake.requests) == 3 and sleeps == [1.0, 1.0]
    assert len({r.headers["x-muxi-idempotency-key"] for r in fake.requests}) == 1
    fake.fail_next(500, times=4)
    with fake.client() as formation, pytest.raises(ServerError, match="injected failure"):
        formation.get_agents()


def test_secrets_and_triggers_async() -> None:
    fake = FakeFormation(triggers={"github-issue": "Triage a GitHub issue"})

    async def main() -> tuple[str, str, int]:
        async with fake.async_client() as formation:
            await formation.set_secret("API_TOKEN", "abc123")
            await formation.set_secret("API_TOKEN", "def456")
            masked = await formation.get_secret("API_TOKEN")
            fired = await formation.fire_trigger("github-issue", {"issue": 7})
            triggers = await formation.get_triggers()
            return masked, fired.to_dict()["content"], triggers.count

    masked, content, count = asyncio.run(main())
    assert fake.secrets == {"API_TOKEN": "def456"}
    assert masked == "def4••••" and "7" in content and count == 1


def test_served_on_a_loopback_port() -> None:
    fake = FakeFormation()
    with fake.serve() as url, FormationClient(url=url, client_key=fake.client_key) as formation:
        assert [e.text for e in formation.chat_stream("hello loopback") if e.type == "text"] == ["echo: hello loopback"]
        assert formation.chat("again").text == "echo: again"


def test_the_fake_answers_what_the_spec_says(formation_spec: Spec) -> None:
    """Honesty check: the fake's JSON bodies and SSE frames validate against openapi/formation.yaml."""
    fake = FakeFormation(triggers={"t": "a trigger"})
    fake.secrets["K"] = "value"
    calls = [
        ("GET", "/health", "health", None, {}),
        ("GET", "/status", "get_status", None, {"X-Muxi-Admin-Key": fake.admin_key}),
        ("GET", "/agents", "get_agents", None, {"X-Muxi-Admin-Key": fake.admin_key}),
        ("GET", "/agents/nope", "get_agent", None, {"X-Muxi-Admin-Key": fake.admin_key}),
        ("POST", "/chat", "chat", {"message": "hi", "stream": False}, {"X-Muxi-Client-Key": fake.client_key}),
        ("GET", "/secrets", "get_secrets", None, {"X-Muxi-Admin-Key": fake.admin_key}),
        ("POST", "/triggers/t", "fire_trigger", {"data": {}}, {"X-Muxi-Client-Key": fake.client_key}),
        ("GET", "/triggers", "get_triggers", None, {"X-Muxi-Client-Key": fake.client_key}),
        ("GET", "/agents", "get_agents", None, {"X-Muxi-Admin-Key": "wrong"}),
    ]
    for method, path, operation, body, headers in calls:
        response = fake.handle(httpx.Request(method, f"http://f/v1{path}", json=body, headers=headers))
        pointer = formation_spec.media_pointer(
            formation_spec.operation(operation), response.status_code, "application/json"
        )
        assert pointer is not None, (operation, response.status_code)
        assert formation_spec.errors(pointer + "/schema", response.json()) == [], operation
    stream = fake.handle(httpx.Request("POST", "http://f/v1/chat", json={"message": "a b c d e"},
                                       headers={"X-Muxi-Client-Key": fake.client_key}))  # fmt: skip
    events = SSEDecoder().feed(stream.read())
    frames = formation_spec.at(
        formation_spec.media_pointer(formation_spec.operation("chat"), 200, "text/event-stream") or ""
    )
    for event in events:
        assert formation_spec.errors(frames["x-muxi-sse-events"][event.event]["$ref"], event.json()) == []
