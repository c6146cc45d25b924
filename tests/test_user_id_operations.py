"""The 19 operations whose handlers answer 400 without ``X-Muxi-User-ID`` whatever the key (issue 15).

The spec marks them ``x-muxi-user-id: required``; the facade reads the marker from the generated
operations table. A call with neither a per-call nor a client-wide ``user_id=`` fails before any
I/O with a ConfigurationError naming ``user_id=``, through the sync and the async client and with
either key; each of the two ways of giving the id sends the header.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from muxi_generated.operations import FORMATION
from respx_calls import sent_requests
from spec_tools import Spec

from muxi import AsyncFormationClient, ConfigurationError, FormationClient, MuxiError

F = "http://formation.test"
SPEC = Spec.load(Path(__file__).resolve().parents[1] / "openapi" / "formation.yaml")

# The audit's list: (method, path) of every handler that always answers 400 without the header.
AUDITED = {
    ("get", "/artifacts"), ("get", "/artifacts/{artifact_id}"), ("get", "/artifacts/{artifact_id}/content"),
    ("get", "/artifacts/{artifact_id}/versions"), ("get", "/credentials"), ("post", "/credentials"),
    ("get", "/credentials/{credential_id}"), ("delete", "/credentials/{credential_id}"), ("get", "/memories"),
    ("post", "/memories"), ("post", "/memories/batch"), ("get", "/memories/provenance"),
    ("delete", "/memories/{memory_id}"), ("get", "/history"), ("get", "/memory/buffer"), ("get", "/sessions"),
    ("get", "/sessions/{session_id}"), ("get", "/sessions/{session_id}/messages"),
    ("post", "/sessions/{session_id}/restore"),
}  # fmt: skip
OPERATIONS = sorted(op.operation_id for op in SPEC.operations if op.node.get("x-muxi-user-id") == "required")
BODIES: dict[str, dict[str, Any]] = {
    "restore_session": {"messages": []},
    "create_credential": {"service": "github", "credential": {"token": "t"}},
    "ingest_memories_batch": {"items": [{"content": "x", "source": "notes"}]},
    "add_memory": {"content": "x"},
}


def _key_settings(operation_id: str) -> list[dict[str, str]]:
    """Both keys, then each key alone that the operation accepts."""
    schemes = {scheme for alternative in SPEC.operation(operation_id).node["security"] for scheme in alternative}
    settings = [{"client_key": "ck", "admin_key": "ak"}]
    settings += [{"client_key": "ck"}] if "clientKey" in schemes else []
    settings += [{"admin_key": "ak"}] if "adminKey" in schemes else []
    return settings


def _arguments(operation_id: str) -> dict[str, Any]:
    op = SPEC.operation(operation_id)
    arguments: dict[str, Any] = {name: "x" for name in re.findall(r"\{([^}]+)\}", op.path)}
    if operation_id in BODIES:
        arguments["body"] = BODIES[operation_id]
    return arguments


def _call(kind: str, operation_id: str, config: dict[str, Any], **extra: Any) -> None:
    arguments = {**_arguments(operation_id), **extra}
    if kind == "sync":
        with FormationClient(url=F, max_retries=0, **config) as client:
            client.call(operation_id, **arguments)
        return

    async def main() -> None:
        async with AsyncFormationClient(url=F, max_retries=0, **config) as client:
            await client.call(operation_id, **arguments)

    asyncio.run(main())


def test_the_spec_marks_exactly_the_audited_operations() -> None:
    marked = {(op.method, op.path) for op in SPEC.operations if op.node.get("x-muxi-user-id") == "required"}
    assert marked == AUDITED
    assert len(OPERATIONS) == 19
    assert {op for op, info in FORMATION.items() if info.get("user_id") == "required"} == set(OPERATIONS)


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("operation_id", OPERATIONS)
def test_no_user_id_fails_before_any_io(operation_id: str, kind: str) -> None:
    with respx.mock(base_url=F, assert_all_called=False) as router:
        anything = router.route().respond(200, json={})
        for keys in _key_settings(operation_id):
            with pytest.raises(ConfigurationError, match=r"user_id=") as info:
                _call(kind, operation_id, keys)
            assert str(info.value).startswith(f"{operation_id} needs an end-user id (X-Muxi-User-ID): ")
    assert sent_requests(anything) == []


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("operation_id", OPERATIONS)
def test_a_per_call_or_client_wide_user_id_is_sent(operation_id: str, kind: str) -> None:
    error = {"success": False, "error": {"code": "SERVICE_UNAVAILABLE", "message": "down", "data": None}, "data": {}}
    with respx.mock(base_url=F, assert_all_called=False) as router:
        anything = router.route().respond(503, json=error)
        for config, extra in (({"user_id": "alice"}, {}), ({}, {"user_id": "alice"})):
            with pytest.raises(MuxiError):
                _call(kind, operation_id, {"client_key": "ck", "admin_key": "ak", **config}, **extra)
    sent = sent_requests(anything)
    assert [request.headers.get("x-muxi-user-id") for request in sent] == ["alice", "alice"]
    assert all(isinstance(request, httpx.Request) for request in sent)
