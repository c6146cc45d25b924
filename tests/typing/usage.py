"""Common user expressions of the installed SDK (blocking clients), each pinned with ``assert_type``.

Never executed: ``scripts/typecheck_wheel.py`` type-checks this file against the built wheel
installed in a clean virtualenv, with ``mypy --strict`` and pyright in strict mode, and requires
zero errors from both. The models are the generated ones (``muxi_generated.<api>.models``): the
result of operation ``X`` is its ``data_schema`` (else ``response_schema``) in
``muxi_generated.operations``. Only ``client.call(...)`` may be ``Any``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Literal

import httpx
from muxi_generated.formation.models import (
    Agent,
    AgentList,
    BufferMessage,
    EventStreamEvent,
    FormationStatus,
    HealthStatus,
    LogEvent,
    LogStreamError,
    Memory,
    MemoryList,
    MemoryWriteResult,
    OperationMessage,
    RequestEventFrame,
    RequestStatus,
    ScheduledJob,
    SecretList,
    SessionList,
    SessionMessages,
    SessionSummary,
    TriggerExecution,
)
from muxi_generated.server.models import (
    CompleteEvent,
    DeployResult,
    ErrorEvent,
    FormationDetail,
    FormationInfo,
    FormationList,
    HealthResponse,
    LogConnectedEvent,
    LogLineEvent,
    ProgressEvent,
    ServerStatus,
    StopResult,
    UpdateResult,
)
from typing_extensions import assert_type

import muxi
from muxi import FormationClient, ServerClient
from muxi.testing import FakeFormation, FakeServer

ChatEventType = Literal["text", "progress", "planning", "completed", "ui", "done", "error"]
DeployEvent = (
    muxi.StreamEvent[Literal["progress"], ProgressEvent]
    | muxi.StreamEvent[Literal["complete"], CompleteEvent]
    | muxi.StreamEvent[Literal["error"], ErrorEvent]
)
FormationLogEvent = (
    muxi.StreamEvent[Literal["connected"], LogConnectedEvent] | muxi.StreamEvent[Literal["log"], LogLineEvent]
)
LogStreamEvent = muxi.StreamEvent[Literal["log"], LogEvent] | muxi.StreamEvent[Literal["error"], LogStreamError]


def construction() -> None:
    assert_type(FormationClient(url="http://localhost:8001", client_key="k", admin_key="a"), FormationClient)
    assert_type(ServerClient(url="http://localhost:7890", key_id="MUXI_k", secret_key="sk_s"), ServerClient)
    with FormationClient(url="http://localhost:8001") as formation:
        assert_type(formation, FormationClient)
        assert_type(formation.with_options(user_id="bob", timeout=5.0), FormationClient)
        assert_type(formation.user_id, str | None)
        assert_type(formation.base_url, str)
        assert_type(formation.max_retries, int)
    assert_type(FakeFormation().client(user_id="alice"), FormationClient)
    assert_type(FakeServer().client(), ServerClient)


def operations(f: FormationClient) -> None:
    assert_type(f.health(), HealthStatus)
    assert_type(f.health().status, str)
    assert_type(f.health().uptime_seconds, int)
    assert_type(f.get_agents(), AgentList)
    assert_type(f.get_agents().agents, list[Agent])
    assert_type(f.get_agents().count, int)
    for agent in f.get_agents():
        assert_type(agent, Agent)
        assert_type(agent.id, str)
    assert_type(len(f.get_agents()), int)
    assert_type(f.get_agents()[0], Agent)
    assert_type(f.get_agents()[1:], list[Agent])
    _extra: str = f.get_agents()[0].id
    assert_type(f.get_memories()[-1], Memory)
    assert_type(f.get_agent("assistant"), Agent)
    assert_type(f.get_sessions(limit=5), SessionList)
    assert_type(len(f.get_sessions()), int)
    for session in f.get_sessions(active_only=True):
        assert_type(session, SessionSummary)
    assert_type(f.get_session_messages("sess_1", limit=10), SessionMessages)
    assert_type(f.get_session_messages("sess_1").messages, list[BufferMessage])
    assert_type(f.fire_trigger("github-issue", {"issue": 123}), TriggerExecution)
    assert_type(f.fire_trigger("github-issue", {"issue": 123}).status, str)
    assert_type(f.add_memory("User prefers Python"), MemoryWriteResult)
    assert_type(f.get_memories(limit=5), MemoryList)
    for memory in f.get_memories():
        assert_type(memory, Memory)
    assert_type(f.create_scheduler_job("recurring", "0 9 * * *", "Daily digest"), ScheduledJob)
    assert_type(f.get_request_status("req_1"), RequestStatus)
    assert_type(f.get_status(), FormationStatus)
    assert_type(f.get_secrets(), SecretList)
    assert_type(f.get_secret("OPENAI_API_KEY"), str)
    assert_type(f.set_secret("OPENAI_API_KEY", "sk-..."), OperationMessage)
    assert_type(f.create_secret("OPENAI_API_KEY", "sk-..."), OperationMessage)
    assert_type(f.get_root(), str)
    assert_type(f.get_artifact_content("art_1"), bytes)
    assert_type(f.iter_artifact_content("art_1"), Iterator[bytes])
    assert_type(f.download_artifact("art_1", "out.bin"), Path)
    assert_type(muxi.get_request_id(f.get_agents()), str | None)
    assert_type(f.call("health"), Any)  # the one dynamic entry point, by design


def optional_fields(f: FormationClient) -> None:
    name = f.get_agent("assistant").name
    assert_type(name, str | muxi.Unset)
    if isinstance(name, muxi.Unset):
        assert_type(name, muxi.Unset)
    else:
        assert_type(name, str)
    assert_type(muxi.or_none(name), str | None)
    assert_type(muxi.or_none(f.get_agent("assistant").description), str | None)
    assert_type(muxi.UNSET, muxi.Unset)


def chat(f: FormationClient) -> None:
    reply = f.chat("Hello!")
    assert_type(reply, muxi.ChatResponse)
    assert_type(reply.text, str)
    assert_type(reply.session_id, str | None)
    assert_type(reply.request_id, str | None)
    assert_type(f.chat({"message": "Hi"}, session_id="sess_1", agent="assistant", user_id="alice"), muxi.ChatResponse)
    assert_type(f.audio_chat(["note.ogg"]), muxi.ChatResponse)

    stream = f.chat_stream("Tell me a story", session_id=reply.session_id)
    assert_type(stream, muxi.ChatStream)
    for event in stream:
        assert_type(event, muxi.ChatEvent)
        assert_type(event.type, ChatEventType)
        assert_type(event.text, str)
    assert_type(stream.text, str)
    assert_type(stream.final_response(), muxi.ChatResponse)
    with f.chat_stream("Again") as opened:
        assert_type(opened, muxi.ChatStream)


def completions(f: FormationClient) -> None:
    completion = f.create_completion([{"role": "user", "content": "Capital of France?"}])
    assert_type(completion, muxi.Completion)
    assert_type(completion.choices[0].message.content, str)
    assert_type(completion.system_fingerprint, str | None)
    deltas = f.create_completion("And of Italy?", stream=True)
    assert_type(deltas, muxi.CompletionStream)
    for delta in deltas:
        assert_type(delta, str)
    assert_type(deltas.completion, muxi.Completion | None)


def event_streams(f: FormationClient) -> None:
    assert_type(f.stream_events(), muxi.Stream[muxi.StreamEvent[Literal["message"], EventStreamEvent]])
    for event in f.stream_events():
        assert_type(event.event, Literal["message"])
        assert_type(event.data, EventStreamEvent)
    for frame in f.stream_session_events("sess_1"):
        assert_type(frame.data, EventStreamEvent)
    for request_frame in f.stream_request("sess_1", "req_1"):
        assert_type(request_frame.data, RequestEventFrame)
    with f.stream_logs(level="info") as logs:
        for log in logs:
            assert_type(log, LogStreamEvent)
            if log.event == "log":
                assert_type(log.data, LogEvent)
            else:
                assert_type(log.data, LogStreamError)


def server(s: ServerClient) -> None:
    assert_type(s.list_formations(), FormationList)
    for info in s.list_formations():
        assert_type(info, FormationInfo)
        assert_type(info.id, str)
        assert_type(info.port, int)
    assert_type(len(s.list_formations()), int)
    assert_type(s.get_formation("support-bot"), FormationDetail)
    assert_type(s.stop_formation("support-bot"), StopResult)
    assert_type(s.stop_formation("support-bot").status, str)
    assert_type(s.health(), HealthResponse)
    assert_type(s.get_server_status(), ServerStatus)
    assert_type(s.status(), ServerStatus)
    result = s.deploy_formation("./my-formation")
    assert_type(result, DeployResult)
    assert_type(result.formation_id, str)
    assert_type(result.port, int)
    assert_type(s.deploy_formation(b"bundle bytes", formation_id="bot", version="1.0.0"), DeployResult)
    assert_type(s.deploy("./my-formation"), DeployResult)
    assert_type(s.update_formation("./my-formation"), UpdateResult)


def server_streams(s: ServerClient) -> None:
    assert_type(s.deploy_formation_stream("./my-formation"), muxi.Stream[DeployEvent])
    for event in s.update_formation_stream("./my-formation"):
        assert_type(event, DeployEvent)
        if event.event == "progress":
            assert_type(event.data, ProgressEvent)
        elif event.event == "complete":
            assert_type(event.data, CompleteEvent)
        else:
            assert_type(event.data, ErrorEvent)
    for started in s.start_formation_stream("support-bot"):
        assert_type(started, DeployEvent)
    for restarted in s.restart_formation_stream("support-bot"):
        assert_type(restarted, DeployEvent)
    for rolled_back in s.rollback_formation_stream("support-bot"):
        assert_type(rolled_back, DeployEvent)
    with s.stream_formation_logs("support-bot") as tail:
        for line in tail:
            assert_type(line, FormationLogEvent)
            if line.event == "log":
                assert_type(line.data.line, str)
            else:
                assert_type(line.data, LogConnectedEvent)


def errors(f: FormationClient) -> None:
    try:
        f.get_agent("nope")
    except muxi.NotFoundError as e:
        assert_type(e.status_code, int | None)
        assert_type(e.code, str | None)
        assert_type(e.request_id, str | None)
        assert_type(e.message, str)
        assert_type(e.headers, Mapping[str, str])
        assert_type(e.response, httpx.Response | None)
        details: object = e.details  # its precise type is pinned by the lead; reveal.py checks it is not Any
        print(details)
    except muxi.RateLimitError as e:
        assert_type(e.retry_after, float | None)
    except muxi.ResponseValidationError as e:
        assert_type(e.body, bytes)
    except muxi.MuxiError as e:
        assert_type(str(e), str)


def quick_start() -> None:
    formation = muxi.Formation(url="http://localhost:8001", client_key="...")
    assert_type(formation.chat("Hello!").text, str)
    session = formation.create_session()
    assert_type(session, muxi.SessionRef)
    assert_type(session.id, str)
    history = formation.get_session(session.id)
    assert_type(history, muxi.SessionHistory)
    assert_type(history.messages, list[muxi.SessionMessage])
    for message in history.messages:
        assert_type(message.role, str)
        assert_type(message.content, str)
    assert_type(formation.list_agents(), list[Agent])
    assert_type(formation.trigger("github-issue", data={"issue": 123}), TriggerExecution)
    for chunk in formation.chat_stream("Tell me a story"):
        assert_type(chunk.text, str)


def webhooks(raw_body: bytes, signature: str) -> None:
    event = muxi.webhook.construct_event(raw_body, signature, "whsec")
    assert_type(event, muxi.webhook.WebhookEvent)
    assert_type(event.text, str)
    assert_type(event.status, str)


def raw_responses(f: FormationClient, s: ServerClient, formation: muxi.Formation) -> None:
    raw = f.with_raw_response.get_agents()
    assert_type(raw, muxi.RawResponse[AgentList])
    assert_type(raw.parse(), AgentList)
    assert_type(raw.status_code, int)
    assert_type(raw.headers, httpx.Headers)
    assert_type(raw.http_request, httpx.Request)
    assert_type(raw.http_response, httpx.Response)
    assert_type(raw.request_id, str | None)
    assert_type(raw.retries_taken, int)
    assert_type(f.with_raw_response.get_agent("assistant").parse(), Agent)
    assert_type(f.with_raw_response.chat("hi", session_id="sess_1"), muxi.RawResponse[muxi.ChatResponse])
    assert_type(f.with_raw_response.chat_stream("hi").parse(), muxi.ChatStream)
    assert_type(f.with_raw_response.create_completion("hi").parse(), muxi.Completion)
    assert_type(f.with_raw_response.create_completion("hi", stream=True).parse(), muxi.CompletionStream)
    assert_type(f.with_raw_response.list_models().parse(), muxi.CompletionModelList)
    assert_type(f.with_raw_response.stream_events().parse(), muxi.Stream[muxi.FormationEvent])
    assert_type(f.with_raw_response.get_secret("KEY").parse(), str)
    assert_type(f.with_raw_response.iter_artifact_content("art_1").parse(), Iterator[bytes])
    assert_type(s.with_raw_response.get_server_status().parse(), ServerStatus)
    assert_type(s.with_raw_response.deploy("./my-formation").parse(), DeployResult)
    assert_type(s.with_raw_response.deploy_formation_stream("./f").parse(), muxi.Stream[muxi.DeployEvent])
    assert_type(formation.with_raw_response.get_session("sess_1").parse(), muxi.SessionHistory)
    assert_type(formation.with_raw_response.list_agents().parse(), list[Agent])


def list_models(f: FormationClient) -> None:
    models = f.list_models()
    assert_type(models, muxi.CompletionModelList)
    assert_type(models.object, str)
    for model in models:
        assert_type(model, muxi.CompletionModel)
        assert_type(model.id, str)
        assert_type(model.owned_by, str)
        assert_type(model.created, int)
    assert_type(models.data[0].id, str)
