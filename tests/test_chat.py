"""chat, chat_stream and the quick-start aliases, sync and async, against respx."""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
import respx
from respx_calls import sent_requests

from muxi import (
    AsyncFormation,
    AsyncFormationClient,
    ChatEvent,
    ChatResponse,
    ConfigurationError,
    Formation,
    FormationClient,
    FormationError,
)

F = "http://formation.test"
CHAT = f"{F}/v1/chat"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLES = json.loads((FIXTURES / "runtime_samples.json").read_text())
# The recorded long streamed reply: progress frames, keep-alives, 4 content deltas, completed, done.
LONG = next(s for s in SAMPLES if s["response"].get("sse") and len(s["response"]["sse"]) > 12)


def sse_bytes(frames: list[dict[str, Any]], keepalive: bool = True) -> bytes:
    out = b": keepalive\n\n" if keepalive else b""
    for frame in frames:
        if frame.get("event"):
            out += f"event: {frame['event']}\n".encode()
        out += f"data: {json.dumps(frame['data'])}\n\n".encode()
    return out


def stream_response(frames: list[dict[str, Any]]) -> httpx.Response:
    return httpx.Response(200, content=sse_bytes(frames), headers={"content-type": "text/event-stream; charset=utf-8"})


def reply(content: str, session: str = "sess_1") -> dict[str, Any]:
    return {
        "object": "message",
        "timestamp": 1,
        "type": "chat.completed",
        "request": {"id": "req_env", "idempotency_key": None},
        "success": True,
        "error": None,
        "data": {
            "message": {
                "role": "assistant",
                "content": content,
                "artifacts": None,
                "metadata": {"session_id": session},
            },
            "user_id": "u",
            "session_id": session,
            "request_id": None,
        },
    }


def client(**kwargs: Any) -> FormationClient:
    return FormationClient(url=F, client_key="ck", **kwargs)


# --------------------------------------------------------------------------- chat


@respx.mock
def test_chat_asks_for_json_and_returns_a_chat_response() -> None:
    route = respx.post(CHAT).mock(return_value=httpx.Response(200, json=reply("echo: hi")))
    with client() as formation:
        response = formation.chat("hi", user_id="u", session_id="sess_1", agent="researcher")
    body = json.loads(route.calls.last.request.content)
    assert body == {"message": "hi", "session_id": "sess_1", "agent_id": "researcher", "stream": False}
    assert route.calls.last.request.headers["x-muxi-user-id"] == "u"
    assert isinstance(response, ChatResponse)
    assert (response.text, response.session_id, response.request_id) == ("echo: hi", "sess_1", "req_env")
    assert response.message["role"] == "assistant"
    assert str(response) == "echo: hi"


@respx.mock
def test_chat_accepts_a_dict_payload_and_extra_fields() -> None:
    route = respx.post(CHAT).mock(return_value=httpx.Response(200, json=reply("ok")))
    with client() as formation:
        formation.chat({"message": "hi", "request_id": "req_mine"}, webhook_url="https://hook.test")
    body = json.loads(route.calls.last.request.content)
    assert body == {"message": "hi", "request_id": "req_mine", "webhook_url": "https://hook.test", "stream": False}


@respx.mock
def test_chat_files_are_sent_base64(tmp_path: Path) -> None:
    route = respx.post(CHAT).mock(return_value=httpx.Response(200, json=reply("ok")))
    note = tmp_path / "notes.txt"
    note.write_bytes(b"hello file")
    with client() as formation, note.open("rb") as handle:
        formation.chat("read these", files=[note, b"\x00\x01", handle])
    files = json.loads(route.calls.last.request.content)["files"]
    assert files[0] == {
        "filename": "notes.txt",
        "content": base64.b64encode(b"hello file").decode(),
        "content_type": "text/plain",
        "size": 10,
    }
    assert base64.b64decode(files[1]["content"]) == b"\x00\x01"
    assert files[1]["content_type"] == "application/octet-stream"
    assert files[2]["filename"] == "notes.txt"


def test_chat_rejects_bad_input_before_io(tmp_path: Path) -> None:
    with respx.mock:
        route = respx.post(CHAT).mock(return_value=httpx.Response(200, json=reply("ok")))
        with client() as formation:
            with pytest.raises(ConfigurationError, match="needs a 'message' string"):
                formation.chat({"text": "hi"})
            with pytest.raises(ConfigurationError, match="is not a readable file"):
                formation.chat("hi", files=[tmp_path / "missing.pdf"])
        assert route.call_count == 0


@respx.mock
def test_chat_in_band_failure_is_a_formation_error() -> None:
    body = reply("x") | {"success": False, "error": {"code": "OVERLOAD", "message": "try later", "data": None}}
    respx.post(CHAT).mock(return_value=httpx.Response(200, json=body))
    with client() as formation, pytest.raises(FormationError) as info:
        formation.chat("hi")
    assert (info.value.code, info.value.request_id) == ("OVERLOAD", "req_env")


# --------------------------------------------------------------------------- chat_stream


@respx.mock
def test_stream_yields_typed_events_from_the_recorded_runtime_stream() -> None:
    route = respx.post(CHAT).mock(return_value=stream_response(LONG["response"]["sse"]))
    with client() as formation, formation.chat_stream("one two three") as stream:
        events = list(stream)
        assert stream.text == "echo: one two three four five six seven eight nine ten eleven twelve [[sleep=1.5]]"
        assert stream.final is not None and stream.final.type == "completed"
        assert stream.session_id == "sess_client_chosen_1"
    sent = route.calls.last.request
    assert json.loads(sent.content)["stream"] is True
    assert sent.headers["accept"] == "text/event-stream"
    types = [e.type for e in events]
    assert types.count("text") == 4
    assert types[-2:] == ["completed", "done"]
    assert set(types) <= {"text", "progress", "planning", "completed", "done"}
    deltas = "".join(e.text for e in events if e.type == "text")
    assert deltas == events[-2].text
    progress = next(e for e in events if e.type == "progress")
    assert progress.get("type") == "progress" and progress.get("stage") == "init"
    assert progress["stage"] == "init" and progress.source_type == "progress"


FRAMES: list[dict[str, Any]] = [
    {"event": None, "data": {"token": {"type": "content", "content": "Hel", "session_id": "s", "request_id": "r"}}},
    {"event": None, "data": {"token": {"type": "content", "content": "lo", "session_id": "s", "request_id": "r"}}},
    {"event": None, "data": {"token": {"type": "completed", "content": "Hi!", "stream_discontinuity": True}}},
    {"event": "ui", "data": {"ui": [{"type": "buttons", "id": "w1"}]}},
    {"event": "done", "data": {"finished": True}},
]


@respx.mock
def test_discontinuity_makes_the_completed_text_authoritative() -> None:
    respx.post(CHAT).mock(return_value=stream_response(FRAMES))
    with client() as formation:
        stream = formation.chat_stream("hi")
        events = list(stream)
        response = stream.final_response()
    # the discontinuity: the completed text reaches text loops as one more text event
    assert [e.type for e in events] == ["text", "text", "text", "completed", "ui", "done"]
    assert (events[2].text, events[2].source_type) == ("Hi!", "completed")
    assert events[3].stream_discontinuity
    assert events[4].widgets == [{"type": "buttons", "id": "w1"}]
    assert stream.text == "Hi!"
    assert (response.text, response.session_id, response.request_id) == ("Hi!", "s", "r")
    assert response.message["ui"] == [{"type": "buttons", "id": "w1"}]


@respx.mock
def test_error_frame_raises_or_is_yielded() -> None:
    frames = [FRAMES[0], {"event": "error", "data": {"error": "LLM down", "type": "ServiceError"}}]
    respx.post(CHAT).mock(side_effect=[stream_response(frames), stream_response(frames)])
    with client() as formation:
        with pytest.raises(FormationError) as info:
            list(formation.chat_stream("hi"))
        assert (info.value.message, info.value.code) == ("LLM down", "ServiceError")
        events = list(formation.chat_stream("hi", raise_errors=False))
    assert [e.type for e in events] == ["text", "error"]
    assert events[1].text == "LLM down"


@respx.mock
def test_http_errors_before_the_stream_are_typed_and_retried() -> None:
    from muxi import AuthenticationError

    route = respx.post(CHAT).mock(
        side_effect=[
            httpx.Response(503),
            httpx.Response(401, json={"error": {"code": "UNAUTHORIZED", "message": "no"}}),
        ]
    )
    with client() as formation, pytest.raises(AuthenticationError):
        list(formation.with_options(max_retries=1).chat_stream("hi"))
    assert route.call_count == 2  # chat is idempotent by key: retried before the first byte
    keys = {r.headers["x-muxi-idempotency-key"] for r in sent_requests(route)}
    assert len(keys) == 1


def test_async_stream_works_with_and_without_await(anyio_backend: str) -> None:
    async def main() -> tuple[Sequence[str], Sequence[str], str]:
        with respx.mock:
            respx.post(CHAT).mock(side_effect=[stream_response(FRAMES)] * 3)
            async with AsyncFormationClient(url=F, client_key="ck") as formation:
                plain = [e.type async for e in formation.chat_stream("hi")]
                awaited = [e.type async for e in await formation.chat_stream("hi")]
                final = await formation.chat_stream("hi").final_response()
        return plain, awaited, final.text

    plain, awaited, text = anyio.run(main, backend=anyio_backend)
    assert plain == awaited == ["text", "text", "text", "completed", "ui", "done"]
    assert text == "Hi!"


def test_async_chat_returns_a_chat_response(anyio_backend: str) -> None:
    async def main() -> ChatResponse:
        with respx.mock:
            respx.post(CHAT).mock(return_value=httpx.Response(200, json=reply("echo: async")))
            async with AsyncFormationClient(url=F, client_key="ck") as formation:
                return await formation.chat("async")

    assert anyio.run(main, backend=anyio_backend).text == "echo: async"


# --------------------------------------------------------------------------- quick-start aliases (seeds 000/002)


@respx.mock
def test_quick_start_snippets_of_seed_000(capsys: pytest.CaptureFixture[str]) -> None:
    respx.post(CHAT).mock(
        side_effect=[
            httpx.Response(200, json=reply("Hello back")),
            httpx.Response(200, json=reply("trends")),
            stream_response(
                [*FRAMES[:2], {"event": None, "data": {"token": {"type": "completed", "content": "Hello"}}}]
            ),
            httpx.Response(200, json=reply("hi again")),
        ]
    )
    messages = {
        "object": "session", "timestamp": 1, "type": "session.messages.list",
        "request": {"id": "r", "idempotency_key": None}, "success": True, "error": None,
        "data": {"session_id": "sess_x", "count": 2, "has_more": False, "messages": [
            {"text": "Hello!", "metadata": {"role": "user"}, "timestamp": 1.0},
            {"text": "hi again", "metadata": {"role": "assistant"}, "timestamp": 2.0},
        ]},
    }  # fmt: skip
    respx.get(url__regex=rf"{F}/v1/sessions/sess_[0-9a-f]+/messages").mock(
        return_value=httpx.Response(200, json=messages)
    )
    agents = reply("") | {"data": {"agents": [{"id": "researcher", "name": "Researcher"}], "count": 1}}
    respx.get(f"{F}/v1/agents").mock(return_value=httpx.Response(200, json=agents))
    fired = reply("") | {"data": {"status": "completed", "trigger": "github-issue", "content": "ok"}}
    trigger = respx.post(f"{F}/v1/triggers/github-issue").mock(return_value=httpx.Response(200, json=fired))

    formation = Formation(
        url="http://formation.test", client_key="fmc_...", admin_key="fma_...", timeout=30, max_retries=3
    )
    response = formation.chat("Hello!")
    print(response.text)
    response = formation.chat(
        message="Research AI trends", agent="researcher", session_id="sess_123", user_id="user_456"
    )
    for chunk in formation.chat_stream("Tell me a story"):
        print(chunk.text, end="", flush=True)
    print()
    session = formation.create_session()
    assert session.id.startswith("sess_")
    formation.chat("Hello!", session_id=session.id)
    history = formation.get_session(session.id)
    for message in history.messages:
        print(f"{message.role}: {message.content}")
    for agent in formation.list_agents():
        print(agent.id, agent.name)
    formation.trigger("github-issue", data={"repository": "muxi/runtime", "issue": {"number": 123, "title": "Bug"}})

    out = capsys.readouterr().out.splitlines()
    assert out == ["Hello back", "Hello", "user: Hello!", "assistant: hi again", "researcher Researcher"]
    assert json.loads(trigger.calls.last.request.content)["data"]["issue"]["number"] == 123


def test_async_quick_start_of_seed_000(anyio_backend: str) -> None:
    async def main() -> list[str]:
        with respx.mock:
            respx.post(CHAT).mock(side_effect=[httpx.Response(200, json=reply("Hello!")), stream_response(FRAMES)])
            formation = AsyncFormation(url="http://formation.test", client_key="fmc_...")
            response = await formation.chat("Hello!")
            chunks = [chunk.text async for chunk in formation.chat_stream("Story")]
            session = await formation.create_session()
            await formation.aclose()
            return [response.text, *chunks, session.id[:5]]

    assert anyio.run(main, backend=anyio_backend) == ["Hello!", "Hel", "lo", "Hi!", "sess_"]  # "Hi!": the discontinuity


@respx.mock
def test_cross_language_snippet_of_seed_002(capsys: pytest.CaptureFixture[str]) -> None:
    route = respx.post("http://localhost:7890/api/my-assistant/v1/chat").mock(return_value=stream_response(FRAMES))
    formation = FormationClient(
        server_url="http://localhost:7890", formation_id="my-assistant", client_key="your_client_key"
    )
    for event in formation.chat_stream({"message": "Hello!"}, user_id="user_123"):
        if event.get("type") == "text":
            print(event.get("text"), end="", flush=True)
        elif event.get("type") == "done":
            break
    assert capsys.readouterr().out == "HelloHi!"  # the discontinuity's completed text comes as text too
    assert route.calls.last.request.headers["x-muxi-user-id"] == "user_123"
    assert isinstance(ChatEvent("text"), ChatEvent)
