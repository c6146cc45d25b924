"""Both formation clients against the real runtime, serially (concurrent chats cross-talk in this release)."""

from __future__ import annotations

import asyncio
import uuid
from typing import TYPE_CHECKING, Any, TypedDict

import pytest

from muxi import (
    AsyncFormationClient,
    AuthenticationError,
    ChatResponse,
    ConflictError,
    FormationClient,
    NotFoundError,
    get_request_id,
)

if TYPE_CHECKING:
    from e2e.conftest import Harness

pytestmark = [pytest.mark.e2e, pytest.mark.mode("single", "pg")]
USER = "e2e-facade"


class Connection(TypedDict):
    url: str
    admin_key: str
    client_key: str
    user_id: str


def scenario(harness: Harness, kind: str) -> dict[str, Any]:
    """The same checks through the sync or the async client; returns what they observed."""
    keys: Connection = {
        "url": harness.base_url,
        "admin_key": harness.admin_key,
        "client_key": harness.client_key,
        "user_id": USER,
    }

    def run_sync() -> dict[str, Any]:
        with FormationClient(**keys) as client:
            return _steps_sync(client, harness)

    async def run_async() -> dict[str, Any]:
        async with AsyncFormationClient(**keys) as client:
            return await _steps_async(client, harness)

    return run_sync() if kind == "sync" else asyncio.run(run_async())


def _steps_sync(client: FormationClient, harness: Harness) -> dict[str, Any]:
    seen: dict[str, Any] = {"health": client.health().status, "agents": [a.id for a in client.get_agents().agents]}
    reply = client.chat("hello facade")
    seen["chat"] = reply
    assert reply.session_id is not None
    stream = client.chat_stream("stream the facade please", session_id=reply.session_id)
    seen["deltas"] = "".join(e.text for e in stream if e.type == "text")
    seen["completed"] = stream.text
    seen["messages"] = [m.text for m in client.get_session_messages(reply.session_id).messages]
    name = f"E2E_{uuid.uuid4().hex[:8].upper()}"
    client.set_secret(name, "one")
    client.set_secret(name, "two")
    seen["secret"] = client.get_secret(name)
    client.delete_secret(name)
    with pytest.raises(NotFoundError):
        client.get_secret(name)
    seen["triggers"] = client.get_triggers().count
    seen["requests"] = client.get_requests().count
    seen["audit"] = client.get_audit_log(limit=5).limit
    with pytest.raises(ConflictError):
        client.delete_secret("ADMIN_KEY")
    wrong = FormationClient(url=harness.base_url, admin_key="sk_wrong", max_retries=0)
    with wrong, pytest.raises(AuthenticationError) as auth:
        wrong.get_agents()
    seen["auth_error"] = auth.value
    lost = FormationClient(base_url=harness.base_url + "/v2", admin_key=harness.admin_key)
    with lost, pytest.raises(NotFoundError) as missing:
        lost.get_agents()
    seen["not_found"] = missing.value
    return seen


async def _steps_async(client: AsyncFormationClient, harness: Harness) -> dict[str, Any]:
    seen: dict[str, Any] = {
        "health": (await client.health()).status,
        "agents": [a.id for a in (await client.get_agents()).agents],
    }
    reply = await client.chat("hello facade")
    seen["chat"] = reply
    assert reply.session_id is not None
    stream = await client.chat_stream("stream the facade please", session_id=reply.session_id)
    seen["deltas"] = "".join([e.text async for e in stream if e.type == "text"])
    seen["completed"] = stream.text
    seen["messages"] = [m.text for m in (await client.get_session_messages(reply.session_id)).messages]
    name = f"E2E_{uuid.uuid4().hex[:8].upper()}"
    await client.set_secret(name, "one")
    await client.set_secret(name, "two")
    seen["secret"] = await client.get_secret(name)
    await client.delete_secret(name)
    with pytest.raises(NotFoundError):
        await client.get_secret(name)
    seen["triggers"] = (await client.get_triggers()).count
    seen["requests"] = (await client.get_requests()).count
    seen["audit"] = (await client.get_audit_log(limit=5)).limit
    with pytest.raises(ConflictError):
        await client.delete_secret("ADMIN_KEY")
    async with AsyncFormationClient(url=harness.base_url, admin_key="sk_wrong", max_retries=0) as wrong:
        with pytest.raises(AuthenticationError) as auth:
            await wrong.get_agents()
    seen["auth_error"] = auth.value
    async with AsyncFormationClient(base_url=harness.base_url + "/v2", admin_key=harness.admin_key) as lost:
        with pytest.raises(NotFoundError) as missing:
            await lost.get_agents()
    seen["not_found"] = missing.value
    return seen


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_everyday_flows(harness: Harness, kind: str) -> None:
    seen = scenario(harness, kind)
    assert seen["health"] == "healthy"
    assert seen["agents"] == ["assistant"]
    reply: ChatResponse = seen["chat"]
    assert reply.text == "echo: hello facade"
    assert reply.session_id and reply.request_id
    assert seen["deltas"] == seen["completed"] == "echo: stream the facade please"
    assert seen["messages"][:2] == ["hello facade", "echo: hello facade"]
    assert seen["secret"].startswith("•") or "•" in seen["secret"]
    assert seen["triggers"] == 0 and seen["requests"] >= 1 and seen["audit"] == 5
    auth = seen["auth_error"]
    assert auth.status_code == 401 and auth.code == "UNAUTHORIZED" and auth.request_id
    assert seen["not_found"].status_code == 404 and seen["not_found"].code == "RESOURCE_NOT_FOUND"


def test_typed_results_carry_request_ids(harness: Harness) -> None:
    with FormationClient(url=harness.base_url, admin_key=harness.admin_key) as client:
        status = client.get_status()
    assert status.formation.id == "sdk-e2e"
    assert get_request_id(status)
