"""The SDK against the multi-user runtime (../shared/harness-pg: PostgreSQL persistent memory).

Per-user memories, sessions, history and buffers; user ids read back; the scheduler lifecycle;
forget/rebuild/backfill; provenance; distilleries with signed batches; the memory snippet of the
cross-language SDK page (seed 002). The user-facing scenarios run through both the sync and the
async client (``kind``), the async one driven from sync code on one event loop.

Tests named ``..._runtime_bug`` assert what this runtime release does today, against its own
intent (see ../shared/harness-pg/README.md): when a release fixes it, they fail and say so.
A last test shows the same calls against the single-user runtime (../shared/harness).
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

import pytest
from e2e.ed25519 import public_key, sign

from muxi import (
    APIStatusError,
    AsyncFormationClient,
    AuthenticationError,
    FormationClient,
    NotFoundError,
    ServerError,
    ValidationError,
)

if TYPE_CHECKING:
    from e2e.conftest import Harness

pytestmark = pytest.mark.e2e
PG = pytest.mark.mode("pg")
KINDS = pytest.mark.parametrize("kind", ["sync", "async"])


class _AsyncBridge:
    """An AsyncFormationClient whose coroutine methods are run to completion on one event loop."""

    def __init__(self, client: AsyncFormationClient, loop: asyncio.AbstractEventLoop) -> None:
        self._client, self._loop = client, loop

    def stream(self, message: str, **options: Any) -> tuple[str, str, str | None]:
        """(text deltas joined, completed text, session id) of one streamed chat turn."""

        async def consume() -> tuple[str, str, str | None]:
            stream = await self._client.chat_stream(message, **options)
            deltas = "".join([event.text async for event in stream if event.type == "text"])
            return deltas, stream.text, stream.session_id

        return self._loop.run_until_complete(consume())

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self._client, name)

        def call(*args: Any, **kwargs: Any) -> Any:
            return self._loop.run_until_complete(method(*args, **kwargs))

        return call


Connect = Callable[..., Any]  # connect(**client options) -> a FormationClient or its bridged async twin


@pytest.fixture
def connect(harness: Harness, kind: str) -> Iterator[Connect]:
    """Make clients of the harness through the sync or the async SDK; all closed at the end."""
    loop = asyncio.new_event_loop() if kind == "async" else None
    opened: list[Any] = []

    def make(**options: Any) -> Any:
        settings: dict[str, Any] = {
            "url": harness.base_url, "admin_key": harness.admin_key, "client_key": harness.client_key, **options,
        }  # fmt: skip
        if loop is None:
            client: Any = FormationClient(**settings)
            opened.append(client)
            return client
        async_client = AsyncFormationClient(**settings)
        opened.append(async_client)
        return _AsyncBridge(async_client, loop)

    yield make
    for client in opened:
        if loop is None:
            client.close()
        else:
            loop.run_until_complete(client.aclose())
    if loop is not None:
        loop.close()


def _stream(client: Any, message: str, **options: Any) -> tuple[str, str, str | None]:
    """(text deltas joined, completed text, session id) of one streamed chat turn, sync or async."""
    if isinstance(client, _AsyncBridge):
        return client.stream(message, **options)
    stream = client.chat_stream(message, **options)
    deltas = "".join(event.text for event in stream if event.type == "text")
    return deltas, stream.text, stream.session_id


def _user(name: str) -> str:
    return f"{name}-{uuid.uuid4().hex[:8]}"


def _wait(poll: Callable[[], Any], done: Callable[[Any], bool], seconds: float = 20) -> Any:
    """Poll until ``done(result)``; returns the last result (the caller asserts on it)."""
    deadline = time.monotonic() + seconds
    result = poll()
    while not done(result) and time.monotonic() < deadline:
        time.sleep(0.25)
        result = poll()
    return result


# --------------------------------------------------------------------------- memories


@PG
@KINDS
def test_memories_are_per_user(connect: Connect) -> None:
    alice_id, bob_id = _user("alice"), _user("bob")
    alice, bob = connect(user_id=alice_id), connect(user_id=bob_id)
    first = alice.add_memory(type_="preference", detail="Alice prefers Python")
    second = alice.add_memory("Alice lives in Porto")
    bob.add_memory("Bob drinks tea")
    assert first.id and second.id and first.id != second.id
    assert first.scope == "user"

    mine = alice.get_memories()
    assert sorted(m.id for m in mine.memories) == sorted([first.id, second.id])
    assert mine.count == 2
    assert [m.content for m in bob.get_memories().memories] == ["Bob drinks tea"]

    deleted = alice.delete_memory(first.id)
    assert (deleted.deleted, deleted.user_id) == (first.id, alice_id)
    with pytest.raises(NotFoundError) as again:
        alice.delete_memory(first.id)
    assert again.value.status_code == 404
    assert [m.id for m in alice.get_memories(limit=10).memories] == [second.id]


@PG
@pytest.mark.parametrize("kind", ["sync"])
def test_another_user_deletes_my_memory_runtime_bug(connect: Connect) -> None:
    """RUNTIME BUG (muxi-runtime 1.20260928.0): ownership is not checked; this should be a 404."""
    alice_id, bob_id = _user("alice"), _user("bob")
    alice, bob = connect(user_id=alice_id), connect(user_id=bob_id)
    memory = alice.add_memory("Alice's secret plan")
    deleted = bob.delete_memory(memory.id)  # today: 200, and the memory is gone for its owner
    assert deleted.deleted == memory.id
    assert deleted.user_id == bob_id
    assert alice.get_memories().count == 0


@PG
@KINDS
def test_seed_002_memory_snippet(connect: Connect) -> None:
    """The Memory section of the cross-language SDK page, verbatim (one client, per-call user ids)."""
    formation = connect()  # no client-wide user id: every call names its user
    before = formation.get_memories(user_id="user_123").count

    memories = formation.get_memories(user_id="user_123")
    formation.add_memory("User prefers Python", user_id="user_123")
    formation.clear_user_buffer(user_id="user_123")

    after = formation.get_memories(user_id="user_123", limit=100)
    assert memories.count == before
    assert after.count == before + 1
    assert "User prefers Python" in [m.content for m in after.memories]


# --------------------------------------------------------------------------- sessions, history, buffers


@PG
@KINDS
def test_sessions_history_and_buffers_are_per_user(connect: Connect) -> None:
    alice_id, bob_id = _user("alice"), _user("bob")
    alice, bob = connect(user_id=alice_id), connect(user_id=bob_id)
    reply = alice.chat("hello from alice")
    assert reply.text == "echo: hello from alice"
    session_id = reply.session_id
    assert session_id
    deltas, text, bob_session = _stream(bob, "hello from bob")
    assert deltas == text == "echo: hello from bob"
    assert bob_session and bob_session != session_id

    listed = alice.get_sessions()
    assert [(s.session_id, s.user_id) for s in listed.sessions] == [(session_id, alice_id)]  # user ids read back
    assert session_id not in [s.session_id for s in bob.get_sessions().sessions]
    session = alice.get_session(session_id)
    assert session.user_id == alice_id
    with pytest.raises(NotFoundError):
        bob.get_session(session_id)
    texts = [m.text for m in alice.get_session_messages(session_id).messages]
    assert texts[:2] == ["hello from alice", "echo: hello from alice"]
    assert bob.get_session_messages(session_id).messages == []  # another user's session reads as empty

    buffer = alice.get_user_buffer()
    assert buffer.user_id == alice_id and buffer.total_messages >= 2
    assert alice.get_history().count >= 0
    requests = alice.get_requests()
    assert requests.count >= 1 and {r.user_id for r in requests.requests} == {alice_id}

    bob.clear_session_buffer(bob_session)
    bob.clear_user_buffer()
    assert bob.get_user_buffer().total_messages == 0
    assert alice.get_user_buffer().total_messages >= 2  # bob's clear left alice's buffer alone


# --------------------------------------------------------------------------- scheduler


def _future(days: int = 3) -> str:
    return (datetime.now(timezone.utc) + timedelta(days=days)).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@PG
@KINDS
def test_scheduler_lifecycle(connect: Connect) -> None:
    alice_id, bob_id = _user("alice"), _user("bob")
    alice, bob = connect(user_id=alice_id), connect(user_id=bob_id)
    weekly = alice.create_scheduler_job("recurring", "0 9 * * 1", "Weekly summary for alice")
    assert (weekly.user_id, weekly.is_recurring, weekly.cron_expression, weekly.status) == (
        alice_id, True, "0 9 * * 1", "ACTIVE",
    )  # fmt: skip
    once = bob.create_scheduler_job("one_time", _future(), "Remind bob once")
    assert once.user_id == bob_id and once.is_recurring is False and once.scheduled_for

    with pytest.raises(ValidationError) as past:
        alice.create_scheduler_job("one_time", "2020-01-01T00:00:00Z", "too late")
    assert past.value.status_code == 422 and past.value.code == "VALIDATION_ERROR"
    assert "future" in str(past.value).lower()

    assert [j.id for j in alice.get_scheduler_jobs().jobs] == [weekly.id]  # only the caller's jobs
    assert [j.id for j in bob.get_scheduler_jobs().jobs] == [once.id]
    assert alice.get_scheduler_job(weekly.id).title == "Weekly summary for alice"

    retitled = alice.update_scheduler_job(weekly.id, title="Alice weekly", schedule="30 8 * * 2")
    assert (retitled.id, retitled.title, retitled.cron_expression) == (weekly.id, "Alice weekly", "30 8 * * 2")

    paused = alice.pause_scheduler_job(weekly.id)
    assert (paused.id, paused.status) == (weekly.id, "PAUSED")
    assert alice.get_scheduler_job(weekly.id).status == "PAUSED"
    resumed = alice.resume_scheduler_job(weekly.id)
    assert resumed.status == "ACTIVE"

    alice.delete_scheduler_job(weekly.id)
    with pytest.raises(NotFoundError):
        alice.get_scheduler_job(weekly.id)
    with pytest.raises(NotFoundError):
        alice.delete_scheduler_job(weekly.id)
    bob.delete_scheduler_job(once.id)
    assert bob.get_scheduler_jobs().count == 0


@PG
@pytest.mark.parametrize("kind", ["sync"])
def test_scheduler_ownership_runtime_bugs(connect: Connect) -> None:
    """RUNTIME BUGS (muxi-runtime 1.20260928.0), asserted as they are today:

    * a ``PUT`` that changes ``message`` replaces the job: a new id, the old one 404s;
    * a ``PUT`` by a user who does not own the job answers 500 "does not have permission" (not 403);
    * admin-key pause/resume/delete do not check the owner.
    """
    alice_id, bob_id = _user("alice"), _user("bob")
    alice, bob = connect(user_id=alice_id), connect(user_id=bob_id)
    job = alice.create_scheduler_job("recurring", "0 9 * * 1", "Weekly summary")

    replaced = alice.update_scheduler_job(job.id, message="Weekly summary v2")
    assert replaced.id != job.id and replaced.original_prompt == "Weekly summary v2"
    with pytest.raises(NotFoundError):
        alice.get_scheduler_job(job.id)

    with pytest.raises(ServerError) as not_owner:
        bob.update_scheduler_job(replaced.id, title="bob was here")
    assert not_owner.value.status_code == 500 and "permission" in str(not_owner.value)

    assert bob.pause_scheduler_job(replaced.id).status == "PAUSED"
    assert bob.resume_scheduler_job(replaced.id).status == "ACTIVE"
    bob.delete_scheduler_job(replaced.id)
    with pytest.raises(NotFoundError):
        alice.get_scheduler_job(replaced.id)


# --------------------------------------------------------------------------- forget, rebuild, backfill


@PG
@KINDS
def test_forget_rebuild_backfill(connect: Connect) -> None:
    alice_id = _user("alice")
    alice = connect(user_id=alice_id)
    # with a source, a memory is an ingested event, classified in the background (offline, the
    # classifier's local embedding model is missing: nothing is extracted, the events stay)
    receipt = alice.add_memory("Dentist on Friday", source="calendar", source_id="c-1")
    assert receipt.status == "accepted" and receipt.event_id
    batch = alice.ingest_memories_batch(
        [{"content": "Note one", "source": "notes", "source_id": "n-1"}, {"content": "Note two", "source": "notes"}]
    )
    assert batch.counts.accepted == 2
    status = _wait(lambda: alice.get_ingestion_status(batch.processing_id), lambda s: s.status == "completed")
    assert status.status == "completed" and len(status.items) == 2

    forgotten = alice.forget_memory_source(alice_id, "calendar", reason="user_request", background=False, sync=True)
    assert (forgotten.user_id, forgotten.source, forgotten.deleted_events) == (alice_id, "calendar", 1)
    job = alice.forget_memory_source(alice_id, "notes", reason="user_request")
    assert job.job_id and job.status == "processing"
    done = _wait(lambda: alice.get_memory_forget_status(job.job_id), lambda s: s.status == "completed")
    assert done.status == "completed"

    rebuilt = alice.rebuild_memory(alice_id, background=False)
    assert rebuilt.user_id == alice_id and rebuilt.dry_run is False
    background = alice.rebuild_memory(alice_id)  # the default: a background job
    assert background.job_id and background.status == "processing"
    finished = _wait(lambda: alice.get_memory_rebuild_status(background.job_id), lambda s: s.status == "completed")
    assert finished.status == "completed"
    backfilled = alice.backfill_memory(alice_id)
    assert backfilled.user_id == alice_id


# --------------------------------------------------------------------------- distilleries and provenance


def _signed(secret: bytes, distillery_id: str, body: bytes) -> tuple[str, str]:
    timestamp = str(int(time.time()))
    message = b"\n".join([b"muxi-distillery-v1", timestamp.encode(), distillery_id.encode(), body])
    return timestamp, base64.b64encode(sign(secret, message)).decode()


@PG
@KINDS
def test_distilleries_signed_batches_and_provenance(connect: Connect) -> None:
    from muxi_generated.formation.models import DistilledBatch

    alice_id, bob_id = _user("alice"), _user("bob")
    admin, alice, bob = connect(), connect(user_id=alice_id), connect(user_id=bob_id)
    secret = os.urandom(32)
    registered = admin.register_distillery(
        f"e2e-{uuid.uuid4().hex[:6]}", "ed25519:" + base64.b64encode(public_key(secret)).decode(),
        description="sdk e2e", scope={"user_ids": "all"},
    )  # fmt: skip
    did = registered.distillery_id
    assert registered.status == "active"
    assert did in [d.distillery_id for d in admin.list_distilleries().distilleries]

    fact = "Bob plays chess on Sundays"
    batch = DistilledBatch.from_dict({
        "batch_id": f"b-{uuid.uuid4().hex[:8]}", "embedding_mode": "none",
        "events": [{"event_type": "fact.extracted", "user_id": bob_id, "source_id": "d-1",
                    "occurred_at": _future(0), "payload": {"memory": fact, "collection": "default"}}],
    })  # fmt: skip
    body = json.dumps(batch.to_dict(), separators=(",", ":"), ensure_ascii=False).encode()  # the bytes the SDK sends
    timestamp, signature = _signed(secret, did, body)
    headers = {"x_distillery_id": did, "x_distillery_timestamp": timestamp}
    accepted = admin.call("ingest_distilled_memories", body=batch, x_distillery_signature=signature, **headers)
    assert (accepted.accepted, accepted.rejected) == (1, 0) and accepted.processing_id
    with pytest.raises(AuthenticationError):
        admin.call("ingest_distilled_memories", body=batch, x_distillery_signature="AAAA", **headers)

    status = _wait(
        lambda: admin.get_distilled_status(accepted.processing_id, x_distillery_id=did),
        lambda s: s.status == "completed",
    )
    assert status.status == "completed"
    event_id = status.items[0]["event_id"]
    assert fact in [m.content for m in bob.get_memories().memories]
    provenance = bob.get_memory_provenance(event_id=event_id)
    event = provenance.event.additional_properties  # a free-form object in the spec
    assert event["event_id"] == event_id and event["source"] == "distillery"
    with pytest.raises(NotFoundError):
        alice.get_memory_provenance(event_id=event_id)  # another user's event
    with pytest.raises(ValidationError):
        alice.get_memory_provenance()  # neither entity nor event_id: 422

    revoked = admin.revoke_distillery(did)
    assert revoked.status == "revoked" and revoked.revoked_at
    with pytest.raises(APIStatusError) as gone:
        admin.call("ingest_distilled_memories", body=batch, x_distillery_signature=signature, **headers)
    assert gone.value.status_code == 410 and gone.value.code == "GONE"


# --------------------------------------------------------------------------- the same calls, single-user


@pytest.mark.mode("single")
@pytest.mark.parametrize("kind", ["sync"])
def test_single_user_runtime_has_no_per_user_state(connect: Connect) -> None:
    """Without PostgreSQL: user ids read back as "0", memory writes fail, scheduler jobs answer 422."""
    alice = connect(user_id=_user("alice"))
    reply = alice.chat("hello single")
    sessions = alice.get_sessions().sessions
    assert reply.session_id in [s.session_id for s in sessions]
    assert {s.user_id for s in sessions} == {"0"}
    with pytest.raises(ServerError) as write:
        alice.add_memory("likes tea")
    assert write.value.status_code in (500, 503)
    with pytest.raises(ValidationError) as job:
        alice.create_scheduler_job("recurring", "0 9 * * *", "hi")
    assert job.value.status_code == 422 and job.value.code == "UNPROCESSABLE_ENTITY"
