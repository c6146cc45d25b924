"""The operations the rest of the e2e suite never calls, against the real runtime (issue 15).

User identifiers and lookups, proactive channels and notifications, tuning (replace, run, the
pending-suggestion review flow), triggers, knowledge sync/rebuild, skills/SOPs/MCP/artifact
lookups, credentials, session restore, request status and cancellation, the event and log streams,
memory lint and buffer clearing, the audit log and secrets reload — each through the public SDK,
asserting the typed result or the typed error with the runtime's code.

What the harness formations do not declare (a ``proactive`` block, ``memory.lint``, remote
knowledge sources, SOPs, MCP servers, skills, webhooks for async chat) is asserted as the error
the runtime gives for it. Triggers and the pending MUXI.md suggestion are files the runtime reads
from the formation directory on each request: the tests write them into the harness's own copy of
the formation (the directory the runtime reports in ``GET /tuning/pending``), and remove them
afterwards. Tests named ``..._runtime_bug`` assert what this runtime release does against its own
intent; when a release fixes it, they fail and say so.
"""

from __future__ import annotations

import asyncio
import os
import stat
import time
import uuid
import wave
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

import muxi
from muxi import (
    AsyncFormationClient,
    ConfigurationError,
    FormationClient,
    NotFoundError,
    ServerError,
    Stream,
    ValidationError,
)

if TYPE_CHECKING:
    from e2e.conftest import Harness

pytestmark = pytest.mark.e2e
BOTH = pytest.mark.mode("single", "pg")
STREAM_WAIT = 1.5  # seconds a silent stream is read before the client's read timeout ends it


def _tag(name: str) -> str:
    return f"{name}-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def client(harness: Harness) -> Iterator[FormationClient]:
    """A sync client of the harness with both keys and a fresh end-user id."""
    with FormationClient(
        url=harness.base_url,
        admin_key=harness.admin_key,
        client_key=harness.client_key,
        user_id=_tag("e2e-coverage"),
    ) as made:
        yield made


@contextmanager
def _writable(directory: Path) -> Generator[Path]:
    """``directory`` made writable by its owner for the block (start.sh copies the formation read-only)."""
    mode = stat.S_IMODE(directory.stat().st_mode)
    if not mode & stat.S_IWUSR:
        directory.chmod(mode | stat.S_IWUSR)
    try:
        yield directory
    finally:
        if not mode & stat.S_IWUSR:
            directory.chmod(mode)


def _formation_dir(client: FormationClient) -> Path:
    """The runtime's formation directory (from ``GET /tuning/pending``), when it is on this machine."""
    pending = client.get_tuning_pending().path
    directory = Path(pending).parent if isinstance(pending, str) else None
    if directory is None or not directory.is_dir() or directory.stat().st_uid != os.getuid():
        pytest.skip(f"the harness's formation directory ({pending!r}) is not a local directory of this user")
    return directory


def _error_code(error: muxi.MuxiError) -> tuple[int | None, str | None]:
    return error.status_code, error.code


def _assert_silent(stream: Stream[Any]) -> None:
    """Open ``stream``, see its first read time out (the runtime sends nothing), close it."""
    with stream, pytest.raises(muxi.TimeoutError):
        next(iter(stream))


# --------------------------------------------------------------------------- users


@BOTH
def test_user_identifiers_link_list_lookup_unlink(client: FormationClient) -> None:
    email = f"{_tag('coverage')}@Example.COM"
    resolved = client.resolve_user(email, identifier_type="email")
    assert resolved.muxi_user_id and isinstance(resolved.internal_user_id, int)
    again = client.resolve_user(email.lower())
    assert again.muxi_user_id == resolved.muxi_user_id  # resolving is idempotent and case-insensitive for emails

    slack, telegram, alias = _tag("U"), _tag("tg"), f"{_tag('alias')}@example.com"
    linked = client.link_user_identifier(
        [alias, [slack, "slack"], {"identifier": telegram, "type": "telegram"}], muxi_user_id=resolved.muxi_user_id
    )
    assert linked.muxi_user_id == resolved.muxi_user_id
    assert linked.count == 3
    assert [(i.identifier, i.type_) for i in linked.identifiers] == [
        (alias, "unknown"),
        (slack, "slack"),
        (telegram, "telegram"),
    ]

    listed = client.get_user_identifiers(resolved.muxi_user_id)
    assert listed.muxi_user_id == resolved.muxi_user_id
    assert listed.internal_user_id == resolved.internal_user_id
    assert {i.identifier: i.type_ for i in listed.identifiers} == {
        email.lower(): "email",
        alias: "unknown",
        slack: "slack",
        telegram: "telegram",
    }
    assert listed.count == 4
    assert all(isinstance(i.created_at, str) and i.created_at for i in listed.identifiers)

    found = client.lookup_user(alias.upper())  # email-shaped identifiers are lower-cased
    assert (found.identifier, found.muxi_user_id) == (alias, resolved.muxi_user_id)

    removed = client.unlink_user_identifier(alias)
    assert removed.muxi_user_id == resolved.muxi_user_id
    assert alias in removed.message
    with pytest.raises(NotFoundError) as twice:
        client.unlink_user_identifier(alias)
    assert _error_code(twice.value) == (404, "RESOURCE_NOT_FOUND")
    with pytest.raises(NotFoundError) as gone:
        client.lookup_user(alias)
    assert _error_code(gone.value) == (404, "RESOURCE_NOT_FOUND")
    assert client.get_user_identifiers(resolved.muxi_user_id).count == 3

    with pytest.raises(NotFoundError) as unknown:
        client.get_user_identifiers("usr_" + uuid.uuid4().hex)
    assert _error_code(unknown.value) == (404, "RESOURCE_NOT_FOUND")


@BOTH
def test_linking_without_a_user_id_runtime_bug(client: FormationClient) -> None:
    """The spec says a new user is created; this release fails to insert it (users.formation_id is NULL)."""
    with pytest.raises(ServerError) as failed:
        client.link_user_identifier([f"{_tag('orphan')}@example.com"])
    assert _error_code(failed.value) == (500, "INTERNAL_ERROR")
    assert "formation_id" in failed.value.message


@BOTH
def test_chat_registers_the_end_user_id_in_multi_user_mode(client: FormationClient, harness: Harness) -> None:
    user_id = _tag("registered")
    assert client.chat("register me", user_id=user_id).text == "echo: register me"
    if harness.multi_user:
        found = client.lookup_user(user_id)
        assert found.identifier == user_id and found.muxi_user_id
        assert user_id in {i.identifier for i in client.get_user_identifiers(found.muxi_user_id).identifiers}
    else:  # single-user: every chat runs as user "0"; the header's value is not registered
        with pytest.raises(NotFoundError) as missing:
            client.lookup_user(user_id)
        assert _error_code(missing.value) == (404, "RESOURCE_NOT_FOUND")


@BOTH
def test_proactive_routes_answer_503_without_a_proactive_block(client: FormationClient) -> None:
    user_id = _tag("proactive")
    calls: dict[str, Callable[[], object]] = {
        "get_user_channels": lambda: client.get_user_channels(user_id),
        "update_user_channels": lambda: client.update_user_channels(user_id, timezone="Europe/Lisbon"),
        "send_notification": lambda: client.send_notification(user_id, "hello there"),
    }
    for name, call in calls.items():
        with pytest.raises(ServerError) as unavailable:
            call()
        assert _error_code(unavailable.value) == (503, "SERVICE_UNAVAILABLE"), name
        assert "proactive" in unavailable.value.message, name


# --------------------------------------------------------------------------- tuning and triggers


@BOTH
def test_tuning_replace_run_and_pending_review(client: FormationClient) -> None:
    directory = _formation_dir(client)
    live_before = client.get_tuning()
    pending_path = Path(str(client.get_tuning_pending().path))
    live_path = directory / "MUXI.md"
    try:
        for review in (client.apply_tuning_pending, client.dismiss_tuning_pending):
            with pytest.raises(NotFoundError) as nothing:
                review()
            assert _error_code(nothing.value) == (404, "TUNING_NO_PENDING")

        content = "# Tuning\n\n- Answer tersely (é)."  # read back without its trailing whitespace
        written = client.replace_tuning(content)
        assert Path(written.path) == live_path
        assert written.bytes_ == len(content.encode("utf-8"))
        assert client.get_tuning().content == content

        report = client.run_tuning()
        assert report.trigger == "manual"
        assert isinstance(report.events_read, int) and isinstance(report.duration_ms, float)

        suggestion = "# Tuning\n\n- Suggested: answer in one line."
        with _writable(directory):
            pending_path.write_text(suggestion, encoding="utf-8")
        pending = client.get_tuning_pending()
        assert (pending.content, pending.path) == (suggestion, str(pending_path))
        applied = client.apply_tuning_pending()
        assert applied.path == str(live_path)
        assert applied.learnings_activated == 0
        assert client.get_tuning().content == suggestion
        assert client.get_tuning_pending().content is None

        with _writable(directory):
            pending_path.write_text("# Tuning\n\n- Dismiss me.\n", encoding="utf-8")
        dismissed = client.dismiss_tuning_pending()
        assert dismissed.learnings_dismissed == 0
        assert client.get_tuning_pending().content is None
        assert client.get_tuning().content == suggestion
    finally:
        with _writable(directory):
            pending_path.unlink(missing_ok=True)
            if live_before.content is None:
                live_path.unlink(missing_ok=True)
        if live_before.content is not None:
            client.replace_tuning(live_before.content)
    assert client.get_tuning().content == live_before.content


@BOTH
def test_trigger_template_read_and_fired(client: FormationClient) -> None:
    directory = _formation_dir(client)
    name = _tag("e2e-issue")
    triggers = directory / "triggers"
    created_dir = not triggers.exists()
    template = "Issue #${{ data.issue.number }}: ${{ data.issue.title }}\n"
    with _writable(directory):
        triggers.mkdir(exist_ok=True)
        (triggers / f"{name}.md").write_text(template, encoding="utf-8")
    try:
        trigger = client.get_trigger(name)
        assert (trigger.name, trigger.content) == (name, template)
        assert trigger.data_fields == ["issue.number", "issue.title"]
        assert name in client.get_triggers().triggers

        fired = client.fire_trigger(name, data={"issue": {"number": 7, "title": "Login fails"}}, use_async=False)
        assert fired.status == "completed"
        assert fired.content == "echo: Issue #7: Login fails"
    finally:
        with _writable(directory):
            (triggers / f"{name}.md").unlink(missing_ok=True)
            if created_dir:
                triggers.rmdir()
    with pytest.raises(NotFoundError) as removed:
        client.get_trigger(name)
    assert _error_code(removed.value) == (404, "TRIGGER_NOT_FOUND")


# --------------------------------------------------------------------------- knowledge, skills, SOPs, MCP, artifacts


@BOTH
def test_knowledge_rebuild_and_sync(client: FormationClient) -> None:
    everything = client.rebuild_knowledge()
    assert everything.source_id is None
    assert "assistant" in everything.agents
    assistant = everything.agents["assistant"]
    assert (assistant.rebuilt, assistant.failed, assistant.skipped) == ([], [], [])

    one = client.rebuild_knowledge(agent_id="assistant")
    assert list(one.agents.additional_properties) == ["assistant"]

    with pytest.raises(ValidationError) as no_sources:
        client.sync_agent_knowledge("assistant")
    assert _error_code(no_sources.value) == (400, "INVALID_REQUEST")
    assert "no remote knowledge sources" in no_sources.value.message
    with pytest.raises(NotFoundError) as nobody:
        client.sync_agent_knowledge(_tag("nobody"))
    assert _error_code(nobody.value) == (404, "AGENT_NOT_FOUND")


@BOTH
def test_skill_routes_fail_with_500_runtime_bug(client: FormationClient) -> None:
    """Both skill routes call the envelope helpers with the wrong arguments in this release."""
    with pytest.raises(ServerError) as agent_skills:
        client.get_agent_skills("assistant")
    assert _error_code(agent_skills.value) == (500, "INTERNAL_ERROR")
    assert "create_success_response" in agent_skills.value.message
    with pytest.raises(ServerError) as skill:
        client.get_skill("web-search")
    assert _error_code(skill.value) == (500, "INTERNAL_ERROR")
    assert "create_error_response" in skill.value.message


@BOTH
def test_lookups_of_what_the_formation_does_not_declare(client: FormationClient) -> None:
    expected: dict[str, tuple[tuple[int, str], Callable[[], object]]] = {
        "get_sop": ((404, "SOP_NOT_FOUND"), lambda: client.get_sop("onboarding")),
        "get_mcp_server": ((404, "MCP_SERVER_NOT_FOUND"), lambda: client.get_mcp_server("github")),
        "get_artifact": ((404, "NOT_FOUND"), lambda: client.get_artifact("art_" + uuid.uuid4().hex)),
        "get_artifact_versions": ((404, "NOT_FOUND"), lambda: client.get_artifact_versions("art_" + uuid.uuid4().hex)),
    }
    for name, (code, call) in expected.items():
        with pytest.raises(NotFoundError) as missing:
            call()
        assert _error_code(missing.value) == code, name
    assert client.get_sops().count == 0
    assert client.get_mcp_servers().count == 0


@BOTH
def test_audio_chat_and_artifact_content(client: FormationClient, tmp_path: Path) -> None:
    note = tmp_path / "note.wav"
    with wave.open(str(note), "wb") as audio:  # 0.1 s of silence
        audio.setnchannels(1)
        audio.setsampwidth(2)
        audio.setframerate(8000)
        audio.writeframes(bytes(1600))
    reply = client.audio_chat([note])
    assert reply.text == "echo: Audio note.wav uploaded but audio transcription is not currently available"
    assert reply.session_id

    unknown = "art_" + uuid.uuid4().hex
    with pytest.raises(NotFoundError) as missing:
        list(client.iter_artifact_content(unknown))
    assert _error_code(missing.value) == (404, "NOT_FOUND")
    target = tmp_path / "artifact.bin"
    with pytest.raises(NotFoundError):
        client.download_artifact(unknown, target)
    assert sorted(tmp_path.iterdir()) == [note]  # neither the file nor its .part is left behind


# --------------------------------------------------------------------------- credentials


@BOTH
def test_credentials_create_is_a_500_and_lookups_404(client: FormationClient) -> None:
    token = "ghp_" + uuid.uuid4().hex
    before = client.list_credentials().count
    with pytest.raises(ServerError) as failed:
        client.create_credential("github", {"token": token}, name="e2e")
    assert _error_code(failed.value) == (500, "INTERNAL_ERROR")
    assert "store" in failed.value.message
    assert token not in str(failed.value) and token not in repr(failed.value)
    assert client.list_credentials().count == before

    unknown = "cred_" + uuid.uuid4().hex
    for call in (client.get_credential, client.delete_credential):
        with pytest.raises(NotFoundError) as missing:
            call(unknown)
        assert _error_code(missing.value) == (404, "RESOURCE_NOT_FOUND")
        assert unknown in missing.value.message


# --------------------------------------------------------------------------- sessions and requests


@BOTH
def test_restore_session_loads_the_messages(client: FormationClient) -> None:
    session_id = "sess_" + uuid.uuid4().hex[:16]
    messages = [
        {"role": "user", "content": "What is MUXI?", "timestamp": "2026-01-01T10:00:00Z"},
        {"role": "assistant", "content": "echo: What is MUXI?", "timestamp": "2026-01-01T10:00:01Z"},
    ]
    restored = client.restore_session(session_id, messages)
    assert (restored.session_id, restored.messages_loaded, restored.messages_dropped) == (session_id, 2, 0)
    read_back = client.get_session_messages(session_id)
    assert [m.text for m in read_back.messages] == ["What is MUXI?", "echo: What is MUXI?"]

    with pytest.raises(ConfigurationError, match="timestamp"):  # refused before anything is sent
        client.restore_session(session_id, [{"role": "user", "content": "no time"}])


@BOTH
def test_request_status_and_cancellation(client: FormationClient) -> None:
    request_id = "req_" + uuid.uuid4().hex[:16]
    stream = client.chat_stream("take your time [[sleep=3]]", request_id=request_id, timeout=30)
    try:
        first = next(iter(stream))
        assert first.request_id == request_id
        running = client.get_request_status(request_id)
        assert (running.request_id, running.status) == (request_id, "processing")
        assert isinstance(running.created_at, float)

        cancelled = client.cancel_request(request_id)
        assert (cancelled.request_id, cancelled.status, cancelled.cancellation) == (
            request_id,
            "cancelled",
            "cooperative",
        )
    finally:
        stream.close()  # a cancelled turn's stream is never completed by this runtime: only keepalives follow
    deadline = time.monotonic() + 20
    status = client.get_request_status(request_id)
    while status.status == "processing" and time.monotonic() < deadline:
        time.sleep(0.25)
        status = client.get_request_status(request_id)
    assert status.status == "cancelled"
    assert isinstance(status.completed_at, float)
    assert client.chat("after the cancellation").text == "echo: after the cancellation"

    unknown = "req_" + uuid.uuid4().hex
    with pytest.raises(NotFoundError) as no_status:
        client.get_request_status(unknown)
    assert _error_code(no_status.value) == (404, "REQUEST_NOT_FOUND")
    with pytest.raises(NotFoundError) as no_cancel:
        client.cancel_request(unknown)
    assert _error_code(no_cancel.value) == (404, "NOT_FOUND")


@BOTH
def test_event_and_log_streams_open_and_close(client: FormationClient) -> None:
    """The event and log streams stay silent in this release: each opens, its read times out, it closes."""
    session_id = client.chat("a session to watch").session_id
    assert session_id is not None
    _assert_silent(client.stream_events(timeout=STREAM_WAIT))
    _assert_silent(client.stream_session_events(session_id, timeout=STREAM_WAIT))
    _assert_silent(client.stream_logs(level="info", timeout=STREAM_WAIT))

    with pytest.raises(ConfigurationError, match="at least one filter"):
        client.stream_logs()
    with pytest.raises(ServerError) as broken:
        client.stream_request(session_id, "req_" + uuid.uuid4().hex)
    assert _error_code(broken.value) == (500, "INTERNAL_ERROR")
    assert "muxi.runtime.formation.services" in broken.value.message


# --------------------------------------------------------------------------- memory, audit, secrets (admin)


@BOTH
def test_memory_lint_and_buffer_clearing(client: FormationClient) -> None:
    with pytest.raises(ServerError) as lint:
        client.lint_memory()
    assert _error_code(lint.value) == (503, "SERVICE_UNAVAILABLE")
    assert "memory.lint" in lint.value.message

    assert client.chat("fill the buffer").text == "echo: fill the buffer"
    # Documented: the buffers are cleared, then the answer fails. No retry: a retried DELETE may find
    # the buffer empty, which the handler answers with 503 "Buffer memory is not available".
    with pytest.raises(ServerError) as cleared:
        client.clear_memory_buffers(max_retries=0)
    assert _error_code(cleared.value) == (500, "INTERNAL_ERROR")
    assert cleared.value.message == "MEMORY_BUFFER_CLEARED"


@BOTH
def test_audit_log_clear_and_secrets_reload(client: FormationClient) -> None:
    name = f"E2E_COVERAGE_{uuid.uuid4().hex[:8].upper()}"
    client.set_secret(name, "first")
    try:
        reloaded = client.reload_secrets()
        assert reloaded.count >= 4  # ADMIN_KEY, CLIENT_KEY, OPENAI_API_KEY and ours
        assert name not in reloaded.added  # already in the cache: merged, not added
        assert "merge" in reloaded.message
        assert name in client.get_secrets().secrets.additional_properties
    finally:
        client.delete_secret(name)

    entries = client.get_audit_log(limit=100).total_entries
    cleared = client.clear_audit_log(confirm="clear-audit-log")
    assert cleared.cleared_by == "admin"
    assert cleared.previous_entries_count >= entries
    assert f"{cleared.previous_entries_count} entries removed" in cleared.message
    assert client.get_audit_log(limit=100).total_entries <= 1  # at most the record of the clearing itself


@BOTH
def test_async_client_reaches_the_same_operations(harness: Harness) -> None:
    async def scenario() -> None:
        async with AsyncFormationClient(
            url=harness.base_url, admin_key=harness.admin_key, client_key=harness.client_key, user_id=_tag("async")
        ) as client:
            email = f"{_tag('async')}@example.com"
            resolved = await client.resolve_user(email)
            listed = await client.get_user_identifiers(resolved.muxi_user_id)
            assert [i.identifier for i in listed.identifiers] == [email]
            found = await client.lookup_user(email)
            assert found.muxi_user_id == resolved.muxi_user_id

            session_id = "sess_" + uuid.uuid4().hex[:16]
            message = {"role": "user", "content": "restored async", "timestamp": "2026-01-02T00:00:00Z"}
            restored = await client.restore_session(session_id, [message])
            assert restored.messages_loaded == 1
            assert (await client.rebuild_knowledge(agent_id="assistant")).source_id is None
            assert (await client.reload_secrets()).count >= 3
            with pytest.raises(NotFoundError) as missing:
                await client.get_request_status("req_" + uuid.uuid4().hex)
            assert missing.value.code == "REQUEST_NOT_FOUND"
            stream = await client.stream_events(timeout=STREAM_WAIT)
            async with stream:
                with pytest.raises(muxi.TimeoutError):
                    await anext(aiter(stream))

    asyncio.run(scenario())
