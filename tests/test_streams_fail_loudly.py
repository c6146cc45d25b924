"""Streams cannot be misused quietly (issue 12): sync and async twins for every behaviour.

1. A blocking stream sends its request when the method is called, so HTTP, auth and
   configuration errors are raised right there (an async one when awaited).
2. Every answer reaches a ``text`` loop exactly once; a frame with ``"status": "error"`` fails
   the turn; a body that ends before its terminal event raises :class:`muxi.StreamError`.
3. An explicit per-call ``timeout=`` bounds a stream's reads.
4. Nothing is left open: ``break`` without ``with`` frees the connection at once (no reference
   cycle; checked with the cyclic GC off), and an exhausted or closed stream says so.
"""

from __future__ import annotations

import asyncio
import gc
import json
import threading
import time
from collections.abc import AsyncIterable, Awaitable, Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from fault_server import Behaviour, FaultHandler, FaultServer
from pools import connection_pool

from muxi import (
    AsyncFormation,
    AsyncFormationClient,
    AsyncServerClient,
    AuthenticationError,
    ChatEvent,
    FormationClient,
    FormationError,
    ServerClient,
    StreamError,
    TimeoutError,
)
from muxi import Formation as QuickStart
from muxi.testing._server import KEY_ID, SECRET

F = "http://formation.test"
S = "http://server.test"
FORMATION_DIR = Path(__file__).resolve().parent / "fixtures" / "formation"
SSE_HEADERS = {"content-type": "text/event-stream; charset=utf-8"}
KEYS: dict[str, Any] = {"client_key": "ck", "admin_key": "ak", "user_id": "u"}
UNAUTHORIZED = httpx.Response(401, json={"error": {"code": "UNAUTHORIZED", "message": "bad key"}})


def sse(*frames: tuple[str | None, object]) -> bytes:
    out = b": keepalive\n\n"
    for event, data in frames:
        if event:
            out += f"event: {event}\n".encode()
        out += f"data: {json.dumps(data)}\n\n".encode()
    return out


def token(kind: str, content: str = "", **extra: object) -> tuple[None, object]:
    return None, {"token": {"type": kind, "content": content, "session_id": "sess_1", "request_id": "req_1", **extra}}


DONE: tuple[str, object] = ("done", {"finished": True})
COMPLETED_ONLY = sse(token("progress", "On it..."), token("completed", "The answer.", status="success"), DONE)
DISCONTINUITY = sse(
    token("content", "Hel"), token("content", "lo"), token("completed", "Hi!", stream_discontinuity=True), DONE
)
DELTAS = sse(token("content", "Hel"), token("content", "lo"), token("completed", "Hello", status="success"), DONE)
FAILED = sse(
    token("progress", "On it..."),
    token("completed", "LLM provider unavailable", status="error", code="LLM_ERROR"),
    DONE,
)
CUT = sse(token("progress", "On it..."), token("content", "Hel"))  # the body ends mid-answer


def chat_route(body: bytes) -> respx.Route:
    return respx.post(f"{F}/v1/chat").mock(return_value=httpx.Response(200, content=body, headers=SSE_HEADERS))


def drain(stream: Iterable[ChatEvent], seen: list[str]) -> None:
    """Read ``stream`` to its end, noting each event's type in ``seen``."""
    for event in stream:
        seen.append(event.type)


async def adrain(stream: AsyncIterable[ChatEvent], seen: list[str]) -> None:
    async for event in stream:
        seen.append(event.type)


def run(main: Awaitable[Any]) -> Any:
    async def wrapped() -> Any:
        return await main

    return asyncio.run(wrapped())


# ============================================================================ 1. eager streams

FORMATION_STREAMS: dict[str, Callable[[FormationClient], object]] = {
    "chat_stream": lambda c: c.chat_stream("hi"),
    "audio_chat_stream": lambda c: c.audio_chat_stream([b"RIFF-voice-note"]),
    "stream_events": lambda c: c.stream_events(),
    "stream_session_events": lambda c: c.stream_session_events("sess_1"),
    "stream_request": lambda c: c.stream_request("sess_1", "req_1"),
    "stream_logs": lambda c: c.stream_logs(level="error"),
    "create_completion": lambda c: c.create_completion("hi", stream=True),
    "quick-start chat_stream": lambda c: QuickStart(url=F, **KEYS).chat_stream("hi"),
}
SERVER_STREAMS: dict[str, Callable[[ServerClient], object]] = {
    "deploy_formation_stream": lambda c: c.deploy_formation_stream(FORMATION_DIR),
    "update_formation_stream": lambda c: c.update_formation_stream(FORMATION_DIR),
    "start_formation_stream": lambda c: c.start_formation_stream("sdk-e2e"),
    "restart_formation_stream": lambda c: c.restart_formation_stream("sdk-e2e"),
    "rollback_formation_stream": lambda c: c.rollback_formation_stream("sdk-e2e"),
    "stream_formation_logs": lambda c: c.stream_formation_logs("sdk-e2e"),
}


@pytest.mark.parametrize("method", FORMATION_STREAMS.values(), ids=FORMATION_STREAMS.keys())
@respx.mock
def test_formation_streams_raise_http_errors_when_called(method: Callable[[FormationClient], object]) -> None:
    route = respx.route(host="formation.test").mock(return_value=UNAUTHORIZED)
    with FormationClient(url=F, max_retries=0, **KEYS) as client:
        with pytest.raises(AuthenticationError, match="bad key"):
            method(client)  # no iteration: the call itself sends the request
    assert route.call_count == 1


@pytest.mark.parametrize("method", SERVER_STREAMS.values(), ids=SERVER_STREAMS.keys())
@respx.mock
def test_server_streams_raise_http_errors_when_called(method: Callable[[ServerClient], object]) -> None:
    route = respx.route(host="server.test").mock(return_value=UNAUTHORIZED)
    with ServerClient(url=S, key_id=KEY_ID, secret_key=SECRET, max_retries=0) as client:
        with pytest.raises(AuthenticationError, match="bad key"):
            method(client)
    assert route.call_count == 1


@respx.mock
def test_the_documented_try_except_catches_a_401() -> None:
    respx.post(f"{F}/v1/chat").mock(return_value=UNAUTHORIZED)
    caught = False
    with FormationClient(url=F, client_key="wrong", max_retries=0) as formation:
        try:
            formation.chat_stream("hi")
        except AuthenticationError:
            caught = True
    assert caught


@respx.mock
def test_with_block_still_works_on_an_eager_stream() -> None:
    route = chat_route(DELTAS)
    with FormationClient(url=F, **KEYS) as client, client.chat_stream("hi") as stream:
        assert route.call_count == 1
        assert [e.type for e in stream][-2:] == ["completed", "done"]
    assert stream.closed and stream.text == "Hello"


ASYNC_FORMATION_STREAMS: dict[str, Callable[[AsyncFormationClient], Any]] = {
    "chat_stream": lambda c: c.chat_stream("hi"),
    "audio_chat_stream": lambda c: c.audio_chat_stream([b"RIFF-voice-note"]),
    "stream_events": lambda c: c.stream_events(),
    "stream_session_events": lambda c: c.stream_session_events("sess_1"),
    "stream_request": lambda c: c.stream_request("sess_1", "req_1"),
    "stream_logs": lambda c: c.stream_logs(level="error"),
    "create_completion": lambda c: c.create_completion("hi", stream=True),
    "quick-start chat_stream": lambda c: AsyncFormation(url=F, **KEYS).chat_stream("hi"),
}
ASYNC_SERVER_STREAMS: dict[str, Callable[[AsyncServerClient], Any]] = {
    "deploy_formation_stream": lambda c: c.deploy_formation_stream(FORMATION_DIR),
    "update_formation_stream": lambda c: c.update_formation_stream(FORMATION_DIR),
    "start_formation_stream": lambda c: c.start_formation_stream("sdk-e2e"),
    "restart_formation_stream": lambda c: c.restart_formation_stream("sdk-e2e"),
    "rollback_formation_stream": lambda c: c.rollback_formation_stream("sdk-e2e"),
    "stream_formation_logs": lambda c: c.stream_formation_logs("sdk-e2e"),
}


@pytest.mark.parametrize("method", ASYNC_FORMATION_STREAMS.values(), ids=ASYNC_FORMATION_STREAMS.keys())
def test_async_formation_streams_raise_http_errors_when_awaited(method: Callable[[AsyncFormationClient], Any]) -> None:
    async def main() -> int:
        with respx.mock:
            route = respx.route(host="formation.test").mock(return_value=UNAUTHORIZED)
            async with AsyncFormationClient(url=F, max_retries=0, **KEYS) as client:
                stream = method(client)
                assert route.call_count == 0  # not awaited yet: async streams open lazily
                with pytest.raises(AuthenticationError, match="bad key"):
                    await stream
            return route.call_count

    assert run(main()) == 1


@pytest.mark.parametrize("method", ASYNC_SERVER_STREAMS.values(), ids=ASYNC_SERVER_STREAMS.keys())
def test_async_server_streams_raise_http_errors_when_awaited(method: Callable[[AsyncServerClient], Any]) -> None:
    async def main() -> int:
        with respx.mock:
            route = respx.route(host="server.test").mock(return_value=UNAUTHORIZED)
            async with AsyncServerClient(url=S, key_id=KEY_ID, secret_key=SECRET, max_retries=0) as client:
                with pytest.raises(AuthenticationError, match="bad key"):
                    await method(client)
            return route.call_count

    assert run(main()) == 1


def test_async_a_stream_whose_request_failed_stays_failed() -> None:
    async def main() -> list[str]:
        raised: list[str] = []
        with respx.mock:
            route = respx.post(f"{F}/v1/chat").mock(return_value=UNAUTHORIZED)
            async with AsyncFormationClient(url=F, max_retries=0, **KEYS) as client:
                stream = client.chat_stream("hi")
                for _ in range(2):  # the second try must not look like an empty answer
                    try:
                        await adrain(stream, [])
                    except (AuthenticationError, StreamError) as exc:
                        raised.append(type(exc).__name__)
                raised.append(str(route.call_count))
        return raised

    assert run(main()) == ["AuthenticationError", "StreamError", "1"]


def test_async_for_without_await_still_opens_on_first_iteration() -> None:
    async def main() -> tuple[list[str], type[BaseException] | None]:
        with respx.mock:
            chat_route(DELTAS)
            async with AsyncFormationClient(url=F, **KEYS) as client:
                texts = [e.text async for e in client.chat_stream("hi") if e.type == "text"]
            respx.post(f"{F}/v1/chat").mock(return_value=UNAUTHORIZED)
            async with AsyncFormationClient(url=F, max_retries=0, **KEYS) as client:
                try:
                    async for _ in client.chat_stream("hi"):
                        pass
                except AuthenticationError as exc:
                    return texts, type(exc)
        return texts, None

    assert run(main()) == (["Hel", "lo"], AuthenticationError)


# ============================================================================ 2. complete text, honest status


def _texts_sync(body: bytes) -> tuple[list[str], str, str]:
    with respx.mock:
        chat_route(body)
        with FormationClient(url=F, **KEYS) as client:
            stream = client.chat_stream("hi")
            texts = [e.text for e in stream if e.type == "text"]
            return texts, stream.text, stream.final_response().text


def _texts_async(body: bytes) -> tuple[list[str], str, str]:
    async def main() -> tuple[list[str], str, str]:
        with respx.mock:
            chat_route(body)
            async with AsyncFormationClient(url=F, **KEYS) as client:
                stream = client.chat_stream("hi")
                texts = [e.text async for e in stream if e.type == "text"]
                return texts, stream.text, (await stream.final_response()).text

    result: tuple[list[str], str, str] = asyncio.run(main())
    return result


TEXT_LOOPS = pytest.mark.parametrize("texts", [_texts_sync, _texts_async], ids=["sync", "async"])


@TEXT_LOOPS
def test_a_completed_only_answer_reaches_the_text_loop_once(texts: Callable[[bytes], Any]) -> None:
    assert texts(COMPLETED_ONLY) == (["The answer."], "The answer.", "The answer.")


@TEXT_LOOPS
def test_a_discontinuity_sends_the_completed_text_as_text(texts: Callable[[bytes], Any]) -> None:
    assert texts(DISCONTINUITY) == (["Hel", "lo", "Hi!"], "Hi!", "Hi!")


@TEXT_LOOPS
def test_deltas_followed_by_their_completed_text_are_not_repeated(texts: Callable[[bytes], Any]) -> None:
    assert texts(DELTAS) == (["Hel", "lo"], "Hello", "Hello")


@respx.mock
def test_the_synthetic_text_event_comes_right_before_completed() -> None:
    chat_route(COMPLETED_ONLY)
    with FormationClient(url=F, **KEYS) as client:
        events = list(client.chat_stream("hi"))
    assert [(e.type, e.source_type) for e in events] == [
        ("progress", "progress"),
        ("text", "completed"),
        ("completed", "completed"),
        ("done", "done"),
    ]
    assert (events[1].session_id, events[1].request_id) == ("sess_1", "req_1")


@pytest.mark.parametrize(
    ("body", "expected"), [(COMPLETED_ONLY, ["The answer."]), (DISCONTINUITY, ["Hel", "lo", "Hi!"])]
)
@respx.mock
def test_quick_start_chunks_and_completion_deltas_use_the_same_text_events(body: bytes, expected: list[str]) -> None:
    chat_route(body)
    with QuickStart(url=F, **KEYS) as quick:
        assert [chunk.text for chunk in quick.chat_stream("hi")] == expected
    with FormationClient(url=F, **KEYS) as client:
        stream = client.create_completion("hi", stream=True)
        assert list(stream) == expected
        assert stream.completion is not None
        assert stream.completion.choices[0].message.content == expected[-1]


@pytest.mark.parametrize(
    ("body", "expected"), [(COMPLETED_ONLY, ["The answer."]), (DISCONTINUITY, ["Hel", "lo", "Hi!"])]
)
def test_async_quick_start_chunks_and_completion_deltas(body: bytes, expected: list[str]) -> None:
    async def main() -> tuple[list[str], list[str], str | None]:
        with respx.mock:
            chat_route(body)
            async with AsyncFormation(url=F, **KEYS) as quick:
                chunks = [chunk.text async for chunk in quick.chat_stream("hi")]
            async with AsyncFormationClient(url=F, **KEYS) as client:
                stream = client.create_completion("hi", stream=True)
                deltas = [d async for d in stream]
                content = stream.completion.choices[0].message.content if stream.completion else None
        return chunks, deltas, content

    assert run(main()) == (expected, expected, expected[-1])


@respx.mock
def test_a_completed_frame_with_status_error_raises() -> None:
    chat_route(FAILED)
    with FormationClient(url=F, **KEYS) as client:
        seen: list[str] = []
        with pytest.raises(FormationError) as info:
            drain(client.chat_stream("hi"), seen)
    assert seen == ["progress"]
    assert (info.value.message, info.value.code, info.value.request_id) == (
        "LLM provider unavailable",
        "LLM_ERROR",
        "req_1",
    )
    details: Any = info.value.details
    assert details["token"]["status"] == "error"


@respx.mock
def test_a_status_error_frame_is_yielded_with_its_type_when_asked() -> None:
    chat_route(FAILED)
    with FormationClient(url=F, **KEYS) as client:
        stream = client.chat_stream("hi", raise_errors=False)
        events = list(stream)
    assert [(e.type, e.status) for e in events] == [("progress", None), ("completed", "error"), ("done", None)]
    assert events[1].text == "LLM provider unavailable"
    assert stream.final is None and stream.text == ""  # a failure is not the answer


def test_async_status_error_raises_or_is_yielded() -> None:
    async def main() -> tuple[FormationError, list[tuple[str, str | None]]]:
        with respx.mock:
            chat_route(FAILED)
            async with AsyncFormationClient(url=F, **KEYS) as client:
                with pytest.raises(FormationError) as info:
                    await client.chat_stream("hi").final_response()
                events: list[tuple[str, str | None]] = [
                    (e.type, e.status) async for e in client.chat_stream("hi", raise_errors=False)
                ]
        return info.value, events

    error, events = run(main())
    assert (error.message, error.code) == ("LLM provider unavailable", "LLM_ERROR")
    assert events == [("progress", None), ("completed", "error"), ("done", None)]


@respx.mock
def test_any_frame_with_status_error_fails_the_turn() -> None:
    chat_route(sse(token("content", "Hel"), ("done", {"status": "error", "message": "turn aborted"})))
    with FormationClient(url=F, **KEYS) as client, pytest.raises(FormationError, match="turn aborted"):
        list(client.chat_stream("hi"))


@respx.mock
def test_chat_event_status_is_the_frames_status() -> None:
    chat_route(COMPLETED_ONLY)
    with FormationClient(url=F, **KEYS) as client:
        events = list(client.chat_stream("hi"))
    assert [e.status for e in events] == [None, None, "success", None]
    assert events[2].get("status") == "success"
    assert ChatEvent("text").status is None


@respx.mock
def test_a_chat_stream_cut_before_its_end_raises_stream_error() -> None:
    chat_route(CUT)
    seen: list[str] = []
    with FormationClient(url=F, **KEYS) as client:
        stream = client.chat_stream("hi")
        with pytest.raises(StreamError, match="ended before the turn finished"):
            drain(stream, seen)
    assert seen == ["progress", "text"]  # every complete event arrives first
    assert stream.closed


def test_async_chat_stream_cut_before_its_end_raises_stream_error() -> None:
    async def main() -> list[str]:
        seen: list[str] = []
        with respx.mock:
            chat_route(CUT)
            async with AsyncFormationClient(url=F, **KEYS) as client:
                with pytest.raises(StreamError, match="ended before the turn finished"):
                    await adrain(client.chat_stream("hi"), seen)
        return seen

    assert run(main()) == ["progress", "text"]


@respx.mock
def test_a_completion_stream_cut_before_its_end_raises_stream_error() -> None:
    chat_route(CUT)
    with FormationClient(url=F, **KEYS) as client, pytest.raises(StreamError):
        list(client.create_completion("hi", stream=True))


PROGRESS = ("progress", {"stage": "extracting", "message": "Extracting bundle..."})
COMPLETE = ("complete", {"formation_id": "sdk-e2e", "status": "running", "port": 8001, "version": "1.0.0"})
SERVER_PROGRESS: dict[str, Callable[[ServerClient], Iterator[object]]] = {
    "deploy": lambda c: iter(c.deploy_formation_stream(FORMATION_DIR)),
    "start": lambda c: iter(c.start_formation_stream("sdk-e2e")),
}


@pytest.mark.parametrize("method", SERVER_PROGRESS.values(), ids=SERVER_PROGRESS.keys())
@respx.mock
def test_a_server_progress_stream_must_end_with_complete_or_error(method: Callable[[ServerClient], Any]) -> None:
    route = respx.route(host="server.test").mock(
        side_effect=[
            httpx.Response(200, content=sse(PROGRESS), headers=SSE_HEADERS),
            httpx.Response(200, content=sse(PROGRESS, COMPLETE), headers=SSE_HEADERS),
        ]
    )
    with ServerClient(url=S, key_id=KEY_ID, secret_key=SECRET) as client:
        with pytest.raises(StreamError, match="ended before its final 'complete' or 'error' event"):
            list(method(client))
        assert [e.event for e in method(client)] == ["progress", "complete"]
    assert route.call_count == 2


def test_async_server_progress_stream_must_end_with_complete_or_error() -> None:
    async def main() -> list[str]:
        with respx.mock:
            respx.route(host="server.test").mock(
                side_effect=[
                    httpx.Response(200, content=sse(PROGRESS), headers=SSE_HEADERS),
                    httpx.Response(
                        200,
                        content=sse(
                            PROGRESS, ("error", {"error": "DEPLOY_FAILED", "message": "boom", "stage": "spawning"})
                        ),
                        headers=SSE_HEADERS,
                    ),
                ]
            )
            async with AsyncServerClient(url=S, key_id=KEY_ID, secret_key=SECRET) as client:
                with pytest.raises(StreamError, match="ended before its final"):
                    async for _ in await client.deploy_formation_stream(FORMATION_DIR):
                        pass
                stream = client.restart_formation_stream("sdk-e2e", raise_errors=False)
                return [e.event async for e in stream]

    assert run(main()) == ["progress", "error"]


@respx.mock
def test_event_streams_and_log_tails_may_end_without_a_terminal_event() -> None:
    event = {"type": "request.completed", "request_id": "r1", "session_id": "s1"}
    respx.get(f"{F}/v1/events").respond(200, content=sse((None, event)), headers=SSE_HEADERS)
    tail = sse(("connected", {"formation_id": "sdk-e2e"}), ("log", {"line": "hello", "formation_id": "sdk-e2e"}))
    respx.get(url__regex=rf"{S}/rpc/formations/sdk-e2e/logs.*").respond(200, content=tail, headers=SSE_HEADERS)
    with FormationClient(url=F, **KEYS) as client:
        assert [e.event for e in client.stream_events()] == ["message"]
    with ServerClient(url=S, key_id=KEY_ID, secret_key=SECRET) as server:
        assert [e.event for e in server.stream_formation_logs("sdk-e2e")] == ["connected", "log"]


# ============================================================================ 3. an explicit timeout bounds reads


FRAME = b'data: {"token": {"type": "progress", "content": "On it...", "session_id": "s", "request_id": "r"}}\n\n'
END = (
    b'data: {"token": {"type": "completed", "content": "late answer", "session_id": "s", "request_id": "r"}}\n\n'
    b'event: done\ndata: {"finished": true}\n\n'
)


def _chunk(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


def pause_then(seconds: float, rest: bytes | None) -> Behaviour:
    """One frame, then silence for ``seconds``; then ``rest`` and the end, or a dropped connection."""

    def behave(h: FaultHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/event-stream")
        h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()
        h.raw(_chunk(FRAME))
        time.sleep(seconds)
        try:
            if rest is None:
                h.close_connection = True
                return
            h.raw(_chunk(rest) + b"0\r\n\r\n")
        except OSError:
            h.close_connection = True

    return behave


TIMEOUTS = pytest.mark.parametrize("timeout", [0.3, httpx.Timeout(10, read=0.3)], ids=["seconds", "httpx.Timeout"])


@TIMEOUTS
def test_an_explicit_timeout_bounds_the_reads_of_a_stream(timeout: float | httpx.Timeout) -> None:
    with FaultServer(pause_then(3, None)) as server, FormationClient(url=server.url, **KEYS) as client:
        stream = client.chat_stream("hi", timeout=timeout)
        assert next(stream).type == "progress"
        started = time.monotonic()
        with pytest.raises(TimeoutError, match="timed out"):
            next(stream)
        assert time.monotonic() - started < 2
        assert stream.closed


@TIMEOUTS
def test_async_an_explicit_timeout_bounds_the_reads_of_a_stream(timeout: float | httpx.Timeout) -> None:
    async def main() -> float:
        async with AsyncFormationClient(url=server.url, **KEYS) as client:
            stream = await client.chat_stream("hi", timeout=timeout)
            assert (await stream.__anext__()).type == "progress"
            started = time.monotonic()
            with pytest.raises(TimeoutError, match="timed out"):
                await stream.__anext__()
            return time.monotonic() - started

    with FaultServer(pause_then(3, None)) as server:
        assert run(main()) < 2


def test_without_an_explicit_timeout_streams_wait_for_events() -> None:
    with FaultServer(pause_then(0.8, END)) as server:
        with FormationClient(url=server.url, timeout=0.3, **KEYS) as client:
            assert client.chat_stream("hi").final_response().text == "late answer"

        async def main() -> str:
            async with AsyncFormationClient(url=server.url, timeout=0.3, **KEYS) as client:
                return (await client.chat_stream("hi").final_response()).text

        assert run(main()) == "late answer"


# ============================================================================ 4. nothing left open


def slow_frames(gone: threading.Event) -> Behaviour:
    """Content frames every 20 ms (at most 5 s); ``gone`` is set when the client hangs up."""

    def behave(h: FaultHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/event-stream")
        h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()
        try:
            for i in range(250):
                frame = {"token": {"type": "content", "content": f"t{i} ", "session_id": "s", "request_id": "r"}}
                h.raw(_chunk(f"data: {json.dumps(frame)}\n\n".encode()))
                time.sleep(0.02)
        except OSError:
            gone.set()
        h.close_connection = True

    return behave


def _active_requests(http: httpx.Client | httpx.AsyncClient) -> int:
    return len(connection_pool(http)._requests)  # pyright: ignore[reportPrivateUsage]


@pytest.fixture
def no_cyclic_gc() -> Iterator[None]:
    """Only reference counting frees objects: a reference cycle would keep a stream open."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@pytest.mark.usefixtures("no_cyclic_gc")
def test_break_without_with_releases_the_connection_at_once() -> None:
    gone = threading.Event()
    with FaultServer(slow_frames(gone)) as server, FormationClient(url=server.url, **KEYS) as client:
        for event in client.chat_stream("hi"):
            assert event.text == "t0 "
            break
        assert _active_requests(client._http()) == 0  # pyright: ignore[reportPrivateUsage]
        assert gone.wait(3), "the server never saw the client hang up"


@pytest.mark.usefixtures("no_cyclic_gc")
def test_async_break_without_with_releases_the_connection() -> None:
    gone = threading.Event()

    async def main() -> int:
        async with AsyncFormationClient(url=server.url, **KEYS) as client:
            async for event in client.chat_stream("hi"):
                assert event.text == "t0 "
                break
            for _ in range(100):  # the finalizer closes the response on the running loop
                if _active_requests(client._http()) == 0:  # pyright: ignore[reportPrivateUsage]
                    break
                await asyncio.sleep(0.02)
            return _active_requests(client._http())  # pyright: ignore[reportPrivateUsage]

    with FaultServer(slow_frames(gone)) as server:
        assert run(main()) == 0
        assert gone.wait(3)


@pytest.mark.usefixtures("no_cyclic_gc")
def test_a_dropped_stream_is_closed_by_its_finalizer() -> None:
    gone = threading.Event()
    with FaultServer(slow_frames(gone)) as server, FormationClient(url=server.url, **KEYS) as client:
        client.chat_stream("hi")  # opened, never read, dropped
        assert _active_requests(client._http()) == 0  # pyright: ignore[reportPrivateUsage]
        assert gone.wait(3)


@pytest.mark.usefixtures("no_cyclic_gc")
def test_async_a_dropped_stream_is_closed_by_its_finalizer() -> None:
    gone = threading.Event()

    async def main() -> None:
        async with AsyncFormationClient(url=server.url, **KEYS) as client:
            await client.chat_stream("hi")  # opened, never read, dropped
            for _ in range(100):
                if gone.is_set():
                    break
                await asyncio.sleep(0.02)

    with FaultServer(slow_frames(gone)) as server:
        run(main())
        assert gone.is_set()


@pytest.mark.usefixtures("no_cyclic_gc")
def test_an_iterator_dropped_before_its_first_step_closes_the_stream() -> None:
    gone = threading.Event()
    with FaultServer(slow_frames(gone)) as server, FormationClient(url=server.url, **KEYS) as client:
        stream = client.chat_stream("hi")
        iterator = iter(stream)  # made, never stepped
        del stream, iterator
        assert _active_requests(client._http()) == 0  # pyright: ignore[reportPrivateUsage]
        assert gone.wait(3)


@pytest.mark.usefixtures("no_cyclic_gc")
def test_async_an_iterator_dropped_before_its_first_step_closes_the_stream() -> None:
    gone = threading.Event()

    async def main() -> None:
        async with AsyncFormationClient(url=server.url, **KEYS) as client:
            stream = await client.chat_stream("hi")
            iterator = aiter(stream)  # made, never stepped
            del stream, iterator
            for _ in range(100):
                if gone.is_set():
                    break
                await asyncio.sleep(0.02)

    with FaultServer(slow_frames(gone)) as server:
        run(main())
        assert gone.is_set()


@respx.mock
def test_iterating_an_exhausted_stream_raises_but_final_response_repeats() -> None:
    chat_route(DELTAS)
    with FormationClient(url=F, **KEYS) as client:
        stream = client.chat_stream("hi")
        first = stream.final_response()
        assert stream.final_response() == first and first.text == "Hello"
        with pytest.raises(StreamError, match="exhausted"):
            next(stream)
        with pytest.raises(StreamError, match="exhausted"):
            for _ in stream:
                pass
        respx.get(f"{F}/v1/events").respond(200, content=sse((None, {"type": "x"})), headers=SSE_HEADERS)
        events = client.stream_events()
        list(events)
        with pytest.raises(StreamError, match="exhausted"):
            list(events)


@respx.mock
def test_iterating_a_closed_stream_raises() -> None:
    route = chat_route(DELTAS)
    with FormationClient(url=F, **KEYS) as client:
        stream = client.chat_stream("hi")
        assert next(stream).text == "Hel"
        stream.close()  # the other decoded events are dropped with the connection
        with pytest.raises(StreamError, match="closed"):
            next(stream)
        with pytest.raises(StreamError, match="closed"):
            stream.final_response()
    assert route.call_count == 1


def test_async_exhausted_and_closed_streams_raise() -> None:
    async def main() -> str:
        with respx.mock:
            chat_route(DELTAS)
            async with AsyncFormationClient(url=F, **KEYS) as client:
                stream = client.chat_stream("hi")
                first = await stream.final_response()
                assert await stream.final_response() == first
                with pytest.raises(StreamError, match="exhausted"):
                    await stream.__anext__()
                closing = await client.chat_stream("hi")
                await closing.__anext__()
                await closing.aclose()
                with pytest.raises(StreamError, match="closed"):
                    async for _ in closing:
                        pass
                return first.text

    assert run(main()) == "Hello"
