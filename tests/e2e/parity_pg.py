"""The multi-user half of the parity scenario: what a user's code observes of per-user state.

``observe_multi_user(connect)`` drives two users (and the admin) through memories, sessions and the
scheduler of a formation with persistent memory, including the runtime's documented bugs where a
user's code can see them, and returns JSON-able observations without ids, timestamps or user
names (users are named by role: ``self``/``other``). ``tests/e2e/test_fake_parity.py`` runs it
against the multi-user runtime (../shared/harness-pg) and ``FakeFormation(persistent_memory=True)``
(:func:`pg_like_fake`); the default suite (``tests/test_fake_snapshots.py``) compares the fake with
the snapshot recorded from the runtime (``fixtures/parity-pg.json``).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from muxi import FormationClient, MuxiError
from muxi.testing import FakeFormation

SNAPSHOT_PG = Path(__file__).resolve().parents[1] / "fixtures" / "parity-pg.json"


def pg_like_fake() -> FakeFormation:
    """A fake configured like ../shared/harness-pg/formation: one agent, persistent memory (multi-user)."""
    return FakeFormation(
        agents=[{"id": "assistant", "name": "Assistant", "description": "A fake agent"}],
        persistent_memory=True,
    )


def _error(call: Callable[[], object]) -> dict[str, Any]:
    try:
        result = call()
    except MuxiError as error:
        return {"error": type(error).__name__, "status": error.status_code, "code": error.code}
    return {"result": type(result).__name__}


def _content(value: object) -> Any:
    """A memory's content as JSON (text, or the typed detail as a dict)."""
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def _future() -> str:
    return (datetime.now(timezone.utc) + timedelta(days=2)).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def observe_multi_user(connect: Callable[..., FormationClient]) -> dict[str, Any]:
    """Run the scenario; ``connect(**overrides)`` makes a client with both keys."""
    suffix = uuid.uuid4().hex[:6]
    alice_id, bob_id = f"parity-alice-{suffix}", f"parity-bob-{suffix}"
    role = {alice_id: "self", bob_id: "other", "0": "0"}
    with connect(user_id=alice_id) as alice, connect(user_id=bob_id) as bob:
        seen: dict[str, Any] = {}
        # ---------------------------------------------------------------- memories
        typed = alice.add_memory(type_="preference", detail="Alice prefers Python")
        flat = alice.add_memory("Alice lives in Porto")
        theirs = bob.add_memory("Bob drinks tea")
        seen["memory_added"] = [type(typed).__name__, typed.scope, type(flat).__name__, _content(flat.content)]
        mine = alice.get_memories()
        seen["memories_self"] = [
            type(mine).__name__,
            mine.count,
            sorted(json.dumps(_content(m.content)) for m in mine.memories),
        ]
        other = bob.get_memories()
        seen["memories_other"] = [other.count, [_content(m.content) for m in other.memories]]
        deleted = alice.delete_memory(str(typed.id))
        seen["memory_deleted"] = [type(deleted).__name__, deleted.deleted == typed.id, role[deleted.user_id]]
        seen["memory_deleted_again"] = _error(lambda: alice.delete_memory(str(typed.id)))
        # runtime bug: another user's delete is not refused and removes the owner's memory
        stolen = bob.delete_memory(str(flat.id))
        seen["memory_deleted_by_other"] = [type(stolen).__name__, role[stolen.user_id], alice.get_memories().count]
        bob.delete_memory(str(theirs.id))
        seen["memories_after"] = [alice.get_memories().count, bob.get_memories().count]

        # ---------------------------------------------------------------- sessions
        reply = alice.chat("hello parity pg")
        assert reply.session_id is not None
        session_id = reply.session_id
        listed = alice.get_sessions()
        seen["sessions_self"] = [[role.get(str(s.user_id), "?") for s in listed.sessions if s.session_id == session_id]]
        seen["session_other"] = _error(lambda: bob.get_session(session_id))
        seen["sessions_other"] = session_id in [s.session_id for s in bob.get_sessions().sessions]
        seen["messages_other"] = len(bob.get_session_messages(session_id).messages)
        buffer = alice.get_user_buffer()
        seen["buffer_self"] = [type(buffer).__name__, role.get(buffer.user_id, "?"), buffer.total_messages >= 2]

        # ---------------------------------------------------------------- scheduler
        job = alice.create_scheduler_job("recurring", "0 9 * * 1", "Weekly summary")
        seen["job_created"] = [type(job).__name__, role[str(job.user_id)], job.is_recurring, job.cron_expression,
                               job.status, job.title]  # fmt: skip
        once = bob.create_scheduler_job("one_time", _future(), "Remind me once")
        seen["job_one_time"] = [
            role[str(once.user_id)],
            once.is_recurring,
            once.cron_expression,
            bool(once.scheduled_for),
        ]
        seen["job_in_the_past"] = _error(
            lambda: alice.create_scheduler_job("one_time", "2020-01-01T00:00:00Z", "too late")
        )
        seen["jobs_self"] = [j.id == job.id for j in alice.get_scheduler_jobs().jobs]
        retitled = alice.update_scheduler_job(job.id, title="Alice weekly", schedule="30 8 * * 2")
        seen["job_retitled"] = [retitled.id == job.id, retitled.title, retitled.cron_expression]
        # runtime bugs: a new message replaces the job; a non-owner's update is a 500
        replaced = alice.update_scheduler_job(job.id, message="Weekly summary v2")
        seen["job_replaced"] = [replaced.id == job.id, replaced.original_prompt, replaced.title]
        seen["job_old_id"] = _error(lambda: alice.get_scheduler_job(job.id))
        seen["job_update_by_other"] = _error(lambda: bob.update_scheduler_job(replaced.id, title="bob was here"))
        paused = alice.pause_scheduler_job(replaced.id)
        seen["job_paused"] = [type(paused).__name__, paused.status, alice.get_scheduler_job(replaced.id).status]
        seen["job_resumed"] = alice.resume_scheduler_job(replaced.id).status
        seen["job_paused_by_other"] = bob.pause_scheduler_job(replaced.id).status  # admin key: owner not checked
        alice.delete_scheduler_job(replaced.id)
        seen["job_deleted"] = [_error(lambda: alice.get_scheduler_job(replaced.id)),
                               _error(lambda: alice.delete_scheduler_job(replaced.id))]  # fmt: skip
        bob.delete_scheduler_job(once.id)
        seen["jobs_after"] = [alice.get_scheduler_jobs().count, bob.get_scheduler_jobs().count]
    return seen
