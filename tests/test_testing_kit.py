"""muxi.testing.FakeFormation: faithful to the spec, usable in-process and on a loopback port."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from spec_tools import Spec

from muxi import (
    AuthenticationError,
    ConfigurationError,
    FormationClient,
    MuxiError,
    NotFoundError,
    ServerClient,
    ServerError,
    ValidationError,
)
from muxi._core.sse import SSEDecoder
from muxi.testing import FakeFormation, FakeServer
from muxi.testing._formation import _ROUTES  # pyright: ignore[reportPrivateUsage]


def test_chat_sessions_and_history_in_process() -> None:
    fake = FakeFormation()
    fake.reply_with("Hello from the fake! How can I help today?")
    with fake.client(user_id="alice") as formation:
        reply = formation.chat("hi")
        assert reply.text == "Hello from the fake! How can I help today?"
        assert reply.session_id is not None
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
        with pytest.raises(ConfigurationError, match="get_sessions needs an end-user id"):
            formation.get_sessions()  # refused before any I/O; the fake itself answers like the runtime:
    without_user = fake.handle(
        httpx.Request("GET", "http://f/v1/sessions", headers={"X-Muxi-Client-Key": fake.client_key})
    )
    assert without_user.status_code == 400
    assert without_user.json()["error"]["message"] == "X-Muxi-User-ID header is required"
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


def test_secrets_and_triggers_async(anyio_backend: str) -> None:
    fake = FakeFormation(triggers={"github-issue": "Triage GitHub issue ${{ data.issue }}"})

    async def main() -> tuple[str, str, int]:
        async with fake.async_client() as formation:
            await formation.set_secret("API_TOKEN", "abc123")
            await formation.set_secret("API_TOKEN", "def456")
            masked = await formation.get_secret("API_TOKEN")
            fired = await formation.fire_trigger("github-issue", {"issue": 7}, use_async=False)
            triggers = await formation.get_triggers()
            return masked, fired.to_dict()["content"], triggers.count

    masked, content, count = anyio.run(main, backend=anyio_backend)
    assert fake.secrets == {"API_TOKEN": "def456"}
    assert masked == "••••••••" and "7" in content and count == 1


def test_served_on_a_loopback_port() -> None:
    fake = FakeFormation()
    with fake.serve() as url, FormationClient(url=url, client_key=fake.client_key) as formation:
        assert [e.text for e in formation.chat_stream("hello loopback") if e.type == "text"] == ["echo: hello loopback"]
        assert formation.chat("again").text == "echo: again"


def _check(spec: Spec, operation: str, response: httpx.Response) -> None:
    """The response's status is documented for the operation and its body validates."""
    media = response.headers.get("content-type", "").split(";")[0]
    pointer = spec.media_pointer(spec.operation(operation), response.status_code, media)
    assert pointer is not None, (operation, response.status_code, media)
    if media == "application/json":
        assert spec.errors(pointer + "/schema", response.json()) == [], (operation, response.json())
    elif media == "text/event-stream":
        frames = spec.at(pointer)["x-muxi-sse-events"]
        for event in SSEDecoder().feed(response.read()):
            assert spec.errors(frames[event.event]["$ref"], event.json()) == [], (operation, event)


def test_every_route_of_the_fake_formation_answers_what_the_spec_says(formation_spec: Spec) -> None:
    """Honesty check: every route FakeFormation implements is exercised, and validates against the spec."""
    fake = FakeFormation(triggers={"t": "Summarise ${{ data.title }}"}, webhook_url="http://127.0.0.1:9/hook")
    fake.secrets["K"] = "value"
    admin = {"X-Muxi-Admin-Key": fake.admin_key, "X-Muxi-User-ID": "alice"}
    client = {"X-Muxi-Client-Key": fake.client_key, "X-Muxi-User-ID": "alice"}
    other_admin = {**admin, "X-Muxi-User-ID": "bob"}
    seen: set[str] = set()

    def call(method: str, path: str, operation: str, body: Any = None, headers: dict[str, str] = client) -> Any:
        response = fake.handle(httpx.Request(method, f"http://f/v1{path}", json=body, headers=headers))
        _check(formation_spec, operation, response)
        seen.add(operation)
        return response.json().get("data") if response.headers["content-type"] == "application/json" else None

    call("GET", "/health", "health")
    call("GET", "/status", "get_status", headers=admin)
    call("GET", "/agents", "get_agents", headers=admin)
    call("GET", "/agents/assistant", "get_agent", headers=admin)
    call("GET", "/agents/nope", "get_agent", headers=admin)
    call("GET", "/agents", "get_agents", headers={"X-Muxi-Admin-Key": "wrong"})
    session = call("POST", "/chat", "chat", {"message": "hi", "stream": False})["session_id"]
    call("POST", "/chat", "chat", {"message": "a b c d e", "session_id": session})
    call("POST", "/chat", "chat", {"message": "later", "mode": "async"})
    call("POST", "/chat", "chat", {"nope": 1})
    call("GET", "/sessions", "get_sessions")
    call("GET", f"/sessions/{session}", "get_session")
    call("GET", f"/sessions/{session}/messages", "get_session_messages")
    call("GET", f"/sessions/{session}", "get_session", headers={**client, "X-Muxi-User-ID": "bob"})
    call("GET", "/secrets", "get_secrets", headers=admin)
    call("POST", "/secrets", "create_secret", {"key": "NEW", "value": "v"}, headers=admin)
    call("POST", "/secrets", "create_secret", {"key": "NEW", "value": "v"}, headers=admin)
    call("PUT", "/secrets/NEW", "update_secret", {"value": "w"}, headers=admin)
    call("DELETE", "/secrets/NEW", "delete_secret", headers=admin)
    call("GET", "/triggers", "get_triggers")
    call("GET", "/triggers/t", "get_trigger")
    call("POST", "/triggers/t", "fire_trigger", {"data": {"title": "x"}})
    call("POST", "/triggers/t", "fire_trigger", {"data": {"title": "x"}, "use_async": False})
    call("POST", "/triggers/nope", "fire_trigger", {"data": {}})
    memory = call("POST", "/memories", "add_memory", {"content": "likes tea", "type": "preference"})["id"]
    call("POST", "/memories", "add_memory", {"type": "preference"})
    call("GET", "/memories", "get_memories")
    call("DELETE", f"/memories/{memory}", "delete_memory")
    call("DELETE", f"/memories/{memory}", "delete_memory")
    job = call("POST", "/scheduler/jobs", "create_scheduler_job",
               {"type": "recurring", "schedule": "0 9 * * 1-5", "message": "standup"}, headers=admin)["id"]  # fmt: skip
    call("POST", "/scheduler/jobs", "create_scheduler_job",
         {"type": "recurring", "schedule": "0 9 * * 1-5", "message": "standup"})  # client key: 401  # fmt: skip
    call("POST", "/scheduler/jobs", "create_scheduler_job",
         {"type": "one_time", "schedule": "2001-01-01T00:00:00Z", "message": "too late"}, headers=admin)  # fmt: skip
    call("GET", "/scheduler/jobs", "get_scheduler_jobs")
    call("GET", f"/scheduler/jobs/{job}", "get_scheduler_job", headers=admin)
    call("PUT", f"/scheduler/jobs/{job}", "update_scheduler_job", {"title": "Daily standup"}, headers=admin)
    call("POST", f"/scheduler/jobs/{job}/pause", "pause_scheduler_job", headers=admin)
    call("POST", f"/scheduler/jobs/{job}/resume", "resume_scheduler_job", headers=admin)
    call("POST", "/scheduler/jobs", "create_scheduler_job",
         {"type": "recurring", "schedule": "61 9 * * *", "message": "bad cron"}, headers=admin)  # fmt: skip
    call("POST", "/scheduler/jobs", "create_scheduler_job",
         {"type": "weekly", "schedule": "0 9 * * *", "message": "bad type"}, headers=admin)  # fmt: skip
    call("PUT", f"/scheduler/jobs/{job}", "update_scheduler_job", {"title": "x"}, headers=other_admin)  # 500
    call("POST", f"/scheduler/jobs/{job}/resume", "resume_scheduler_job", headers=admin)  # not paused: 404
    job = call("PUT", f"/scheduler/jobs/{job}", "update_scheduler_job", {"message": "new task"}, headers=admin)["id"]
    call("DELETE", f"/scheduler/jobs/{job}", "delete_scheduler_job", headers=admin)
    call("DELETE", f"/scheduler/jobs/{job}", "delete_scheduler_job", headers=admin)
    call("GET", "/memory/buffer", "get_user_buffer")
    call("DELETE", f"/memory/buffer/{session}", "clear_session_buffer")
    call("DELETE", "/memory/buffer", "clear_user_buffer")
    call("DELETE", "/memory/buffer", "clear_user_buffer", headers={"X-Muxi-Admin-Key": fake.admin_key})
    call("GET", f"/sessions/{session}/messages", "get_session_messages", headers={**client, "X-Muxi-User-ID": "bob"})
    single = FakeFormation(persistent_memory=False)
    for method, path, operation in [
        ("POST", "/memories", "add_memory"), ("DELETE", "/memories/mem_1", "delete_memory"),
        ("GET", "/memories", "get_memories"), ("GET", "/scheduler/jobs/job_1", "get_scheduler_job"),
        ("PUT", "/scheduler/jobs/job_1", "update_scheduler_job"),
        ("DELETE", "/scheduler/jobs/job_1", "delete_scheduler_job"),
        ("POST", "/scheduler/jobs/job_1/pause", "pause_scheduler_job"),
        ("POST", "/scheduler/jobs/job_1/resume", "resume_scheduler_job"),
    ]:  # fmt: skip
        headers = {"X-Muxi-Admin-Key": single.admin_key, "X-Muxi-User-ID": "alice"}
        request = httpx.Request(method, f"http://f/v1{path}", json={"content": "x"}, headers=headers)
        _check(formation_spec, operation, single.handle(request))
    assert seen == {operation for _, _, operation, _ in _ROUTES}, "a route of the fake has no honesty check"


def test_every_route_of_the_fake_server_answers_what_the_spec_says(server_spec: Spec, tmp_path: Path) -> None:
    """Honesty check for FakeServer: each /rpc operation's answers validate against openapi/server.yaml."""
    server = FakeServer()
    (tmp_path / "demo").mkdir()
    (tmp_path / "demo" / "formation.afs").write_text('id: demo\nversion: "1.0.0"\n')
    responses: list[httpx.Response] = []

    def recording(request: httpx.Request) -> httpx.Response:
        responses.append(server.handle(request))
        return responses[-1]

    client = ServerClient(url="http://fake-server.test", key_id=server.key_id, secret_key=server.secret_key,
                          http_client=httpx.Client(transport=httpx.MockTransport(recording)))  # fmt: skip
    steps: list[tuple[str, Callable[[], object]]] = [
        ("deploy_formation", lambda: client.deploy_formation(tmp_path / "demo")),
        ("deploy_formation", lambda: client.deploy_formation(tmp_path / "demo")),  # 409
        ("list_formations", client.list_formations),
        ("get_formation", lambda: client.get_formation("demo")),
        ("get_formation_logs", lambda: client.get_formation_logs("demo", lines=2)),
        ("restart_formation", lambda: client.restart_formation("demo")),
        ("stop_formation", lambda: client.stop_formation("demo")),
        ("stop_formation", lambda: client.stop_formation("demo")),  # 409
        ("start_formation", lambda: client.start_formation("demo")),
        ("rollback_formation", lambda: client.rollback_formation("demo")),  # 400: nothing to roll back to
        ("get_server_status", client.status),
        ("delete_formation", lambda: client.delete_formation("demo")),
        ("get_formation", lambda: client.get_formation("demo")),  # 404
    ]
    with client:
        for operation, step in steps:
            with contextlib.suppress(MuxiError):
                step()
            _check(server_spec, operation, responses[-1])
    assert [r.status_code for r in responses] == [201, 409, 200, 200, 200, 200, 200, 409, 200, 400, 200, 200, 404]


@pytest.mark.parametrize(
    ("value", "masked"),  # recorded from muxi-runtime 1.20260928.0
    [("ab", "••••••••"), ("abcdef", "••••••••"), ("abcdefg", "abc••••efg"), ("second-value", "sec••••lue"),
     ("abcdefghijklm", "abcd••••••••jklm"), ("x" * 40, "xxxx••••••••xxxx")],
)  # fmt: skip
def test_secrets_are_masked_like_the_runtime(value: str, masked: str) -> None:
    fake = FakeFormation()
    fake.secrets["K"] = value
    with fake.client() as formation:
        assert formation.get_secret("K") == masked


def test_the_multi_user_fake_reproduces_the_runtimes_bugs(sleeps: list[float]) -> None:
    """FakeFormation(persistent_memory=True) does what muxi-runtime with PostgreSQL does, documented bugs included."""
    fake = FakeFormation()
    with fake.client(user_id="alice") as alice, fake.client(user_id="bob") as bob:
        note = alice.add_memory("Alice lives in Porto")
        assert note.to_dict()["content"] == {"type": "general", "detail": "Alice lives in Porto"}
        listed = alice.get_memories().memories[0]
        assert listed.content == "Alice lives in Porto" and listed.scope_id == "2"
        with pytest.raises(NotFoundError) as unknown:
            alice.delete_memory("mem_unknown")
        assert unknown.value.code == "NOT_FOUND"
        stolen = bob.delete_memory(str(note.id))  # bug: no ownership check
        assert stolen.user_id == "bob" and alice.get_memories().count == 0

        session = alice.chat("hello").session_id
        assert session is not None
        assert bob.get_session_messages(session).messages == []  # not a 404
        assert alice.get_user_buffer().total_messages == 2 and bob.get_user_buffer().total_messages == 0
        cleared = alice.clear_user_buffer()
        assert (cleared.messages_cleared, cleared.sessions_cleared) == (2, 1)
        assert alice.get_session_messages(session).messages == []

        job = alice.create_scheduler_job("recurring", "0 9 * * 1", "Weekly summary")
        with pytest.raises(ServerError, match="User bob does not have permission") as not_owner:
            bob.update_scheduler_job(job.id, title="mine now")  # bug: 500, not 403
        assert (not_owner.value.status_code, not_owner.value.code) == (500, "INTERNAL_ERROR")
        same = alice.update_scheduler_job(job.id, message="weekly SUMMARY ")  # the same task: updated in place
        assert same.id == job.id and same.original_prompt == "weekly SUMMARY "
        replaced = alice.update_scheduler_job(job.id, message="Daily digest")  # bug: a new task replaces the job
        assert replaced.id != job.id and replaced.title == "Updated: Weekly summary"
        with pytest.raises(NotFoundError):
            alice.get_scheduler_job(job.id)
        assert bob.pause_scheduler_job(replaced.id).status == "PAUSED"  # admin key: owner not checked
        with pytest.raises(NotFoundError, match="not in ACTIVE state"):
            alice.pause_scheduler_job(replaced.id)
        taken = bob.update_scheduler_job(replaced.id, message="Bob's task")  # replacement skips the owner check
        assert taken.user_id == "bob" and taken.status == "ACTIVE"
        bob.delete_scheduler_job(taken.id)
        assert alice.get_scheduler_jobs().count == 0 and bob.get_scheduler_jobs().count == 0


def test_users_are_isolated_unless_the_formation_is_single_user() -> None:
    fake = FakeFormation()
    with fake.client(user_id="alice") as alice, fake.client(user_id="bob") as bob:
        session = alice.chat("mine").session_id
        assert session is not None
        assert [s.session_id for s in alice.get_sessions().sessions] == [session]
        assert bob.get_sessions().count == 0
        with pytest.raises(NotFoundError):
            bob.get_session(session)
        with pytest.raises(NotFoundError):
            bob.chat("hijack", session_id=session)
        alice.add_memory("alice likes tea")
        assert bob.get_memories().count == 0 and alice.get_memories().count == 1
    single = FakeFormation(persistent_memory=False)
    with single.client(user_id="alice") as alice, single.client(user_id="bob") as bob:
        session = alice.chat("shared").session_id
        assert session is not None
        assert bob.get_session(session).user_id == "0"
        with pytest.raises(ServerError, match="Persistent memory not configured"):
            alice.add_memory("x")
        with pytest.raises(ValidationError, match="require persistent memory") as info:
            alice.create_scheduler_job("recurring", "0 9 * * *", "hi")
        assert info.value.code == "UNPROCESSABLE_ENTITY"
        assert alice.get_user_buffer().total_messages == 0  # every turn belongs to user "0"
        with pytest.raises(ServerError, match="Scheduler is not available") as no_scheduler:
            alice.pause_scheduler_job("job_1")
        assert no_scheduler.value.status_code == 503


def test_async_turns_deliver_a_signed_webhook() -> None:
    from muxi import webhook
    from muxi.testing._loopback import serve

    received: list[httpx.Request] = []

    def receive(request: httpx.Request) -> httpx.Response:
        received.append(request)
        return httpx.Response(204)

    with serve(receive, "http://receiver") as receiver_url:
        fake = FakeFormation(admin_key="sk_hook_secret")
        with fake.client(user_id="u1") as formation:
            accepted = formation.chat("later please", mode="async", webhook_url=f"{receiver_url}/hook")
    assert accepted.message["status"] == "processing" and accepted.text == ""
    assert len(received) == 1 and received[0].url.path == "/hook"
    assert fake.webhooks[0].status_code == 204 and fake.webhooks[0].error is None
    event = webhook.construct_event(received[0].content, received[0].headers["X-Muxi-Signature"], "sk_hook_secret")
    assert event.status == "completed" and event.text == "echo: later please" and event.id == accepted.request_id


def test_scheduler_validates_like_the_runtime() -> None:
    fake = FakeFormation()
    with fake.client(user_id="u1") as formation:
        with pytest.raises(ValidationError, match="Invalid cron expression for recurring job") as bad_cron:
            formation.create_scheduler_job("recurring", "every morning", "hi")
        with pytest.raises(ValidationError, match="Schedule datetime must be in the future") as past:
            formation.create_scheduler_job("one_time", "2001-01-01T00:00:00Z", "hi")
        for minute in ("61", "*/0", "5-70"):
            with pytest.raises(ValidationError):
                formation.create_scheduler_job("recurring", f"{minute} 9 * * *", "hi")
        for fine in ("*/15 9-17 * * mon-fri", "0 9 1,15 jan,jul *", "0 0 L * ?", "30 8 * * 2 0"):
            assert formation.create_scheduler_job("recurring", fine, "hi").cron_expression == fine
    assert (bad_cron.value.status_code, bad_cron.value.code) == (422, "VALIDATION_ERROR")
    assert bad_cron.value.details is not None and bad_cron.value.details["field"] == "schedule"
    assert bad_cron.value.details["value"] == "every morning" and "error" in bad_cron.value.details
    assert past.value.details == {"field": "schedule", "value": "2001-01-01T00:00:00Z",
                                  "expected": "Future ISO 8601 datetime"}  # fmt: skip
    single = FakeFormation(persistent_memory=False)  # the runtime validates before it looks for a scheduler
    with single.client(user_id="u1") as formation, pytest.raises(ValidationError) as first:
        formation.create_scheduler_job("recurring", "every morning", "hi")
    assert first.value.code == "VALIDATION_ERROR"
    with fake.client(user_id="u1", admin_key="") as client_only:  # refused before any I/O
        with pytest.raises(ConfigurationError, match="create_scheduler_job needs admin_key="):
            client_only.create_scheduler_job("recurring", "0 9 * * *", "hi")
    wrong = {"X-Muxi-Client-Key": fake.client_key, "X-Muxi-User-ID": "u1"}  # what a client-key-only call gets
    response = fake.handle(httpx.Request("POST", "http://f/v1/scheduler/jobs", json={}, headers=wrong))
    assert (
        response.status_code == 401
        and response.json()["error"]["message"] == "Admin API key required for this endpoint"
    )


def test_fake_server_in_process_proxies_to_a_fake_formation(tmp_path: Path, anyio_backend: str) -> None:
    server = FakeServer()
    (tmp_path / "bot").mkdir()
    (tmp_path / "bot" / "formation.afs").write_text('id: bot\nversion: "2.0.0"\n')

    async def main() -> list[str]:
        async with server.async_client() as client:
            events: list[str] = [e.event async for e in client.deploy_formation_stream(tmp_path / "bot")]
            server.fail_next(503, "try later")
            with pytest.raises(ServerError, match="try later"):
                await client.get_formation("bot", max_retries=0)
            return events

    assert anyio.run(main, backend=anyio_backend)[-1] == "complete"
    assert server.formations["bot"].version == "2.0.0"
    proxied = FormationClient(url="http://fake-server.test/api/bot", client_key="sk_fake_client",
                              http_client=httpx.Client(transport=server.transport()))  # fmt: skip
    with proxied:
        assert proxied.chat("through the proxy").text == "echo: through the proxy"
    assert server.requests[-1].path == "/api/bot/v1/chat"
