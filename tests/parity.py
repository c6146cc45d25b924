"""One scenario, two formations: muxi.testing.FakeFormation must give the same typed results as the runtime.

``observe(client)`` drives a formation through the facade (health, agents, chat, a streamed turn,
history, secrets, triggers, memory, scheduler, and the common errors) and returns what a user's
code would see, reduced to what does not vary from run to run (no ids, timestamps or counts of
progress frames). The e2e suite runs it against the real runtime and against a FakeFormation
configured like the harness formation and asserts equality; the default suite compares the fake
with the snapshot recorded from the runtime (``fixtures/parity-single.json``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from muxi import FormationClient, MuxiError
from muxi.testing import FakeFormation

SNAPSHOT = Path(__file__).resolve().parent / "fixtures" / "parity-single.json"


def harness_like_fake() -> FakeFormation:
    """A fake configured like ../shared/harness/formation: one `assistant` agent, no persistent memory."""
    return FakeFormation(
        agents=[{"id": "assistant", "name": "Assistant", "description": "A fake agent"}],
        persistent_memory=False,
    )


def _error(call: Any) -> dict[str, Any]:
    try:
        result = call()
    except MuxiError as error:
        return {"error": type(error).__name__, "status": error.status_code, "code": error.code}
    return {"result": type(result).__name__}


def observe(connect: Callable[..., FormationClient]) -> dict[str, Any]:
    """Run the scenario; ``connect(**overrides)`` makes a client with both keys. Returns JSON-able observations."""
    with connect(user_id=f"parity-{uuid.uuid4().hex[:6]}") as client:
        seen = _observe(client)
    with connect(admin_key="sk_wrong", max_retries=0) as wrong:
        seen["wrong_admin_key"] = _error(wrong.get_agents)
    return seen


def _observe(client: FormationClient) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    health = client.health()
    seen["health"] = [type(health).__name__, health.status]
    agents = client.get_agents()
    seen["agents"] = [type(agents).__name__, [(type(a).__name__, a.id, a.name) for a in agents.agents]]

    reply = client.chat("hello parity")
    seen["chat"] = [type(reply).__name__, reply.text, bool(reply.session_id), reply.message.get("role")]
    assert reply.session_id is not None
    with client.chat_stream("stream parity please", session_id=reply.session_id) as stream:
        events = list(stream)
    kinds = [e.type for e in events]
    seen["stream"] = {
        "classes": sorted({type(e).__name__ for e in events}),
        "kinds": sorted(set(kinds)),
        "ends_with": kinds[-2:],
        "text_then_final": kinds.index("text") < kinds.index("completed"),
        "deltas_join_to_final": "".join(e.text for e in events if e.type == "text") == stream.text,
        "text": stream.text,
        "same_session": stream.session_id == reply.session_id,
    }
    session = client.get_session(reply.session_id)
    messages = client.get_session_messages(reply.session_id)
    seen["history"] = [type(session).__name__, session.message_count, type(messages).__name__,
                       [m.text for m in messages.messages]]  # fmt: skip
    listed = client.get_sessions()
    seen["sessions"] = [type(listed).__name__, reply.session_id in [s.session_id for s in listed.sessions]]

    name = f"PARITY_{uuid.uuid4().hex[:8].upper()}"
    client.set_secret(name, "first-value")
    client.set_secret(name, "second-value")
    masked = client.get_secret(name)
    seen["secret"] = masked
    seen["secret_conflict"] = _error(lambda: client.create_secret(name, "again"))
    client.delete_secret(name)
    seen["secret_gone"] = _error(lambda: client.delete_secret(name))

    triggers = client.get_triggers()
    seen["triggers"] = [type(triggers).__name__, triggers.count]
    seen["unknown_trigger"] = _error(lambda: client.fire_trigger("no-such-trigger", {}))
    memories = client.get_memories()
    seen["memories"] = [type(memories).__name__, memories.count]
    seen["memory_write"] = _error(lambda: client.add_memory("likes tea", type_="preference"))
    jobs = client.get_scheduler_jobs()
    seen["scheduler"] = [type(jobs).__name__, jobs.count]
    seen["scheduler_write"] = _error(lambda: client.create_scheduler_job("recurring", "0 9 * * *", "hi"))
    seen["unknown_agent"] = _error(lambda: client.get_agent("no-such-agent"))
    seen["unknown_session"] = _error(lambda: client.get_session("sess_does_not_exist"))
    return seen
