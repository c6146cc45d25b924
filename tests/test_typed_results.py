"""Results are the generated classes themselves: typed, picklable, iterable where they are lists.

Every recorded real response of a JSON operation goes through the facade; the result must be an
instance of exactly the generated model the spec names, survive ``pickle`` with its request id,
and list payloads must iterate over their items. Streams yield typed events; optional arguments
take ``None`` for "not given".
"""

from __future__ import annotations

import asyncio
import importlib
import json
import logging
import pickle
from typing import Any

import httpx
import pytest
import respx
from muxi_generated.formation.models import Agent, AgentList, LogEvent, SessionList
from muxi_generated.operations import FORMATION
from respx_calls import sent_requests
from spec_tools import Spec
from test_facade_methods import _required_arguments  # pyright: ignore[reportPrivateUsage]

import muxi
from muxi import (
    UNSET,
    AsyncFormationClient,
    Formation,
    FormationClient,
    ResponseValidationError,
    StreamEvent,
    Unset,
    get_request_id,
    or_none,
)
from muxi._core.config import FormationClientSettings

F = "http://formation.test"
KEYS: FormationClientSettings = {"client_key": "ck", "admin_key": "ak"}
MODELS = importlib.import_module("muxi_generated.formation.models")


def _client(body: Any, status: int = 200) -> FormationClient:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body)

    return FormationClient(
        url=F, client_key="ck", admin_key="ak", user_id="u",
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    )  # fmt: skip


def _recorded(formation_spec: Spec, runtime_samples: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any], int]]:
    """(operation id, JSON body, status) of every recorded 2xx JSON answer of an operation with a method."""
    found: list[tuple[str, dict[str, Any], int]] = []
    for sample in runtime_samples:
        response, path = sample["response"], sample["request"]["path"]
        if not (200 <= response["status"] < 300 and "json" in response and path.startswith("/v1")):
            continue
        op = formation_spec.match(sample["request"]["method"], path.split("?")[0].removeprefix("/v1") or "/")
        if op is None or FORMATION[op.operation_id]["streaming"]:
            continue
        found.append((op.operation_id, response["json"], response["status"]))
    return found


def test_every_recorded_result_is_its_generated_class_and_pickles(
    formation_spec: Spec, runtime_samples: list[dict[str, Any]]
) -> None:
    recorded = _recorded(formation_spec, runtime_samples)
    assert len({op for op, _, _ in recorded}) >= 30  # a broad spread of operation kinds
    for operation_id, body, status in recorded:
        info = FORMATION[operation_id]
        expected = getattr(MODELS, info["data_schema"] or info["response_schema"])
        with _client(body, status) as client:
            arguments = _required_arguments(getattr(FormationClient, operation_id))
            arguments.pop("self", None)
            result = getattr(client, operation_id)(**arguments)
        assert type(result) is expected, operation_id
        copy = pickle.loads(pickle.dumps(result))
        assert type(copy) is expected and copy == result, operation_id
        assert get_request_id(copy) == get_request_id(result), operation_id
        if info["data_schema"] and isinstance(body.get("request"), dict):
            assert get_request_id(result) == body["request"]["id"], operation_id


def _agents_body(*ids: str) -> dict[str, Any]:
    agents = [{"id": i, "name": i.title(), "description": "", "role": "r", "active": True} for i in ids]
    return {"success": True, "data": {"agents": agents, "count": len(ids)}, "request": {"id": "req_1"}}


def test_list_payloads_iterate_and_count_their_items() -> None:
    with _client(_agents_body("a", "b")) as client:
        agents = client.get_agents()
    assert type(agents) is AgentList
    assert [a.id for a in agents] == ["a", "b"] and len(agents) == 2
    assert all(type(a) is Agent for a in agents)
    # Only list payloads (x-muxi-items) iterate: a model with a list field is not a list, and is
    # truthy whatever its lists hold.
    assert "__iter__" in vars(SessionList) and "__len__" in vars(SessionList)
    assert not hasattr(Agent, "__iter__") and not hasattr(Agent, "__len__")
    assert bool(agents.agents[0]) is True


def test_list_payloads_index_and_slice_their_items() -> None:
    body = _agents_body("a", "b", "c")
    body["data"]["next_cursor"] = "c2"  # an additional property: still read by name
    with _client(body) as client:
        agents = client.get_agents()
    assert agents[0].id == "a" and agents[-1].id == "c"
    assert [a.id for a in agents[1:]] == ["b", "c"] and type(agents[0]) is Agent
    assert agents["next_cursor"] == "c2"
    with pytest.raises(IndexError):
        agents[3]
    with pytest.raises(KeyError):
        agents["missing"]


def test_request_id_is_not_part_of_equality_repr_or_to_dict() -> None:
    with _client(_agents_body("a")) as client:
        first = client.get_agents()
    second = AgentList.from_dict(first.to_dict())
    assert get_request_id(first) == "req_1" and get_request_id(second) is None
    assert first == second and repr(first) == repr(second)
    assert "_request_id" not in json.dumps(first.to_dict())


def test_unset_is_one_sentinel_that_pickles_and_narrows() -> None:
    from muxi_generated.formation.types import UNSET as FORMATION_UNSET
    from muxi_generated.server.types import UNSET as SERVER_UNSET

    assert FORMATION_UNSET is SERVER_UNSET is UNSET
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET
    assert not UNSET and repr(UNSET) == "UNSET" and isinstance(UNSET, Unset)
    assert or_none(UNSET) is None and or_none("x") == "x" and or_none(0) == 0


# ------------------------------------------------------------------ None means "not given"


@respx.mock
def test_none_leaves_an_optional_body_field_out() -> None:
    route = respx.post(f"{F}/v1/agents/a1/knowledge/sync").respond(
        200, json={"success": True, "data": {"agent_id": "a1", "results": []}, "request": {"id": "r"}}
    )
    with FormationClient(url=F, client_key="ck", admin_key="ak") as client:
        client.sync_agent_knowledge("a1", source_id=None)
        client.sync_agent_knowledge("a1", source_id="docs")
    bodies = [json.loads(request.content) for request in sent_requests(route)]
    assert bodies == [{}, {"source_id": "docs"}]


# ------------------------------------------------------------------ typed streams


def _sse(*frames: tuple[str | None, object]) -> bytes:
    out: list[str] = []
    for event, data in frames:
        head = f"event: {event}\n" if event else ""
        out.append(f"{head}data: {json.dumps(data)}\n\n")
    return "".join(out).encode()


@respx.mock
def test_log_stream_yields_the_named_models_and_skips_unknown_events(caplog: pytest.LogCaptureFixture) -> None:
    entry = {"timestamp": "2026-01-01T00:00:00Z", "level": "info", "event_type": "x", "message": "hello"}
    body = _sse(("log", entry), ("surprise", {"a": 1}), ("surprise", {"a": 2}), ("log", entry))
    respx.get(f"{F}/v1/logs").respond(200, content=body, headers={"content-type": "text/event-stream"})
    with caplog.at_level(logging.WARNING, logger="muxi"), FormationClient(url=F, **KEYS) as client:
        events = list(client.stream_logs(level="info"))
    assert [e.event for e in events] == ["log", "log"]
    assert all(type(e.data) is LogEvent for e in events)
    first = events[0]
    assert isinstance(first, StreamEvent) and first.event == "log" and first.data.message == "hello"
    assert pickle.loads(pickle.dumps(first)) == first
    warnings = [r.getMessage() for r in caplog.records if "surprise" in r.getMessage()]
    assert len(warnings) == 1  # said once per stream, not per frame


@respx.mock
def test_a_frame_that_is_not_an_object_fails_loudly() -> None:
    body = b'event: log\ndata: "just text"\n\n'
    respx.get(f"{F}/v1/logs").respond(200, content=body, headers={"content-type": "text/event-stream"})
    with FormationClient(url=F, **KEYS) as client, pytest.raises(ResponseValidationError, match="'log' event"):
        list(client.stream_logs(level="info"))


# ------------------------------------------------------------------ answers that come as one completed frame


def _completed_only(text: str) -> bytes:
    token = {"type": "completed", "content": text, "session_id": "sess_1", "request_id": "req_1"}
    return _sse((None, {"token": token}), ("done", {}))


@respx.mock
def test_completed_only_answers_reach_completion_deltas_and_quick_start_chunks() -> None:
    respx.post(f"{F}/v1/chat").respond(
        200, content=_completed_only("circuit open: try later"), headers={"content-type": "text/event-stream"}
    )
    with FormationClient(url=F, **KEYS) as client:
        stream = client.create_completion("hi", stream=True)
        assert list(stream) == ["circuit open: try later"]
        assert (
            stream.completion is not None and stream.completion.choices[0].message.content == "circuit open: try later"
        )
    with Formation(url=F, **KEYS) as quick:
        assert [chunk.text for chunk in quick.chat_stream("hi")] == ["circuit open: try later"]


@respx.mock
def test_async_twins_return_the_same_types() -> None:
    respx.get(f"{F}/v1/secrets").respond(
        200, json={"success": True, "data": {"secrets": {"API": "sk_••••1234"}, "count": 1}, "request": {"id": "r"}}
    )
    respx.post(f"{F}/v1/chat").respond(
        200, content=_completed_only("ok"), headers={"content-type": "text/event-stream"}
    )

    async def main() -> tuple[str, list[str], str | None]:
        async with AsyncFormationClient(url=F, **KEYS) as client:
            secret = await client.get_secret("API")
            stream = client.create_completion("hi", stream=True)
            deltas = [d async for d in await stream]
            return secret, deltas, stream.completion.system_fingerprint if stream.completion else None

    assert asyncio.run(main()) == ("sk_••••1234", ["ok"], "sess_1")


def test_public_names_resolve_and_aliases_are_types() -> None:
    for name in muxi.__all__:
        assert getattr(muxi, name) is not None, name
    assert muxi.FormationLogEvent is not None and muxi.DeployEvent is not None
    with pytest.raises(AttributeError):
        muxi.NoSuchName  # type: ignore[attr-defined]  # noqa: B018  # pyright: ignore[reportAttributeAccessIssue]
    assert UNSET is muxi.UNSET
