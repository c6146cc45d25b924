"""Common user expressions of the installed SDK (async clients), each pinned with ``assert_type``.

Never executed; see ``usage.py``. Every method of the async clients is awaitable and gives the
same result types as the blocking clients; streams are ``async for`` iterables, and awaiting a
stream opens it and returns it.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Literal

from muxi_generated.formation.models import (
    Agent,
    AgentList,
    EventStreamEvent,
    HealthStatus,
    LogEvent,
    LogStreamError,
    OperationMessage,
    SessionList,
    TriggerExecution,
)
from muxi_generated.server.models import (
    CompleteEvent,
    DeployResult,
    ErrorEvent,
    FormationInfo,
    FormationList,
    LogConnectedEvent,
    LogLineEvent,
    ProgressEvent,
    ServerStatus,
    UpdateResult,
)
from typing_extensions import assert_type

import muxi
from muxi import AsyncFormationClient, AsyncServerClient
from muxi.testing import FakeFormation, FakeServer

DeployEvent = (
    muxi.StreamEvent[Literal["progress"], ProgressEvent]
    | muxi.StreamEvent[Literal["complete"], CompleteEvent]
    | muxi.StreamEvent[Literal["error"], ErrorEvent]
)


async def construction() -> None:
    async with AsyncFormationClient(url="http://localhost:8001", client_key="k") as formation:
        assert_type(formation, AsyncFormationClient)
        assert_type(formation.with_options(user_id="bob"), AsyncFormationClient)
    async with AsyncServerClient(url="http://localhost:7890", key_id="MUXI_k", secret_key="sk_s") as server:
        assert_type(server, AsyncServerClient)
    assert_type(FakeFormation().async_client(), AsyncFormationClient)
    assert_type(FakeServer().async_client(), AsyncServerClient)


async def operations(af: AsyncFormationClient) -> None:
    assert_type(await af.get_agents(), AgentList)
    assert_type(await af.health(), HealthStatus)
    assert_type((await af.health()).status, str)
    for agent in await af.get_agents():
        assert_type(agent, Agent)
    assert_type(await af.get_sessions(limit=5), SessionList)
    assert_type(await af.fire_trigger("github-issue", {"issue": 123}), TriggerExecution)
    assert_type(await af.get_secret("OPENAI_API_KEY"), str)
    assert_type(await af.set_secret("OPENAI_API_KEY", "sk-..."), OperationMessage)
    assert_type(muxi.get_request_id(await af.get_agents()), str | None)
    health, agents = await asyncio.gather(af.health(), af.get_agents())
    assert_type(health, HealthStatus)
    assert_type(agents, AgentList)
    assert_type(af.iter_artifact_content("art_1"), AsyncIterator[bytes])
    assert_type(await af.download_artifact("art_1", "out.bin"), Path)


async def chat(af: AsyncFormationClient) -> None:
    reply = await af.chat("Hello")
    assert_type(reply, muxi.ChatResponse)
    assert_type(reply.text, str)
    stream = af.chat_stream("Stream it", session_id=reply.session_id)
    assert_type(stream, muxi.AsyncChatStream)
    async for event in stream:
        assert_type(event, muxi.ChatEvent)
        assert_type(event.text, str)
    async for awaited_event in await af.chat_stream("Stream it"):
        assert_type(awaited_event, muxi.ChatEvent)
    assert_type(await af.chat_stream("Open it first"), muxi.AsyncChatStream)
    async with af.chat_stream("And once more") as opened:
        assert_type(opened, muxi.AsyncChatStream)
        assert_type(opened.text, str)
    assert_type(await af.chat_stream("Drain it").final_response(), muxi.ChatResponse)


async def completions(af: AsyncFormationClient) -> None:
    completion = await af.create_completion([{"role": "user", "content": "Capital of France?"}])
    assert_type(completion, muxi.Completion)
    deltas = af.create_completion("And of Italy?", stream=True)
    assert_type(deltas, muxi.AsyncCompletionStream)
    async for delta in deltas:
        assert_type(delta, str)


async def event_streams(af: AsyncFormationClient) -> None:
    assert_type(af.stream_events(), muxi.AsyncStream[muxi.StreamEvent[Literal["message"], EventStreamEvent]])
    async for event in af.stream_events():
        assert_type(event.data, EventStreamEvent)
    async with af.stream_logs(level="info") as logs:
        async for log in logs:
            if log.event == "log":
                assert_type(log.data, LogEvent)
            else:
                assert_type(log.data, LogStreamError)


async def server(s: AsyncServerClient) -> None:
    assert_type(await s.list_formations(), FormationList)
    for info in await s.list_formations():
        assert_type(info, FormationInfo)
    assert_type(await s.deploy_formation("./my-formation"), DeployResult)
    assert_type(await s.update_formation("./my-formation"), UpdateResult)
    assert_type(await s.deploy("./my-formation"), DeployResult)
    assert_type(await s.status(), ServerStatus)
    assert_type(s.deploy_formation_stream("./my-formation"), muxi.AsyncStream[DeployEvent])
    async for event in s.update_formation_stream("./my-formation"):
        if event.event == "progress":
            assert_type(event.data, ProgressEvent)
    async for started in s.start_formation_stream("support-bot"):
        assert_type(started, DeployEvent)
    async with s.stream_formation_logs("support-bot") as tail:
        async for line in tail:
            if line.event == "log":
                assert_type(line.data, LogLineEvent)
            else:
                assert_type(line.data, LogConnectedEvent)


async def quick_start() -> None:
    formation = muxi.AsyncFormation(url="http://localhost:8001", client_key="...")
    assert_type((await formation.chat("Hello!")).text, str)
    session = await formation.create_session()
    assert_type(session, muxi.SessionRef)
    history = await formation.get_session(session.id)
    assert_type(history, muxi.SessionHistory)
    assert_type(history.messages[0].content, str)
    assert_type(await formation.list_agents(), list[Agent])
    assert_type(await formation.trigger("github-issue", data={"issue": 123}), TriggerExecution)
    async for chunk in formation.chat_stream("Tell me a story"):
        assert_type(chunk.text, str)


async def raw_responses(af: AsyncFormationClient, s: AsyncServerClient) -> None:
    raw = await af.with_raw_response.get_agents()
    assert_type(raw, muxi.RawResponse[AgentList])
    assert_type(raw.parse(), AgentList)
    assert_type(raw.status_code, int)
    assert_type((await af.with_raw_response.chat("hi")).parse(), muxi.ChatResponse)
    assert_type((await af.with_raw_response.chat_stream("hi")).parse(), muxi.AsyncChatStream)
    assert_type((await af.with_raw_response.create_completion("hi")).parse(), muxi.Completion)
    completion_stream = await af.with_raw_response.create_completion("hi", stream=True)
    assert_type(completion_stream.parse(), muxi.AsyncCompletionStream)
    assert_type((await af.with_raw_response.list_models()).parse(), muxi.CompletionModelList)
    assert_type((await af.with_raw_response.iter_artifact_content("art_1")).parse(), AsyncIterator[bytes])
    assert_type((await s.with_raw_response.get_server_status()).parse(), ServerStatus)
    assert_type((await s.with_raw_response.deploy_formation_stream("./f")).parse(), muxi.AsyncStream[muxi.DeployEvent])
    assert_type(await af.list_models(), muxi.CompletionModelList)
