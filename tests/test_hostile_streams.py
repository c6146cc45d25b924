"""Hostile servers (issue 13), the streaming part: items 1 (SSE limits), 5 and 7.

1. One event cannot grow without bound: its ``data`` lines together are capped (as each line is),
   the cap raises :class:`muxi.StreamError` naming the limit, closes the connection and drops
   the partial event, after the events that completed before it.
5. ``Stream.close()`` from another thread wakes a reader blocked on the socket: its loop ends.
7. The ``/events`` repair only turns the literal ``\\n\\n`` after a frame's JSON object into a
   frame end, never the same characters inside a JSON string (message text).
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pools import connection_pool

import muxi._core.sse
from muxi import AsyncFormationClient, ConnectionError, FormationClient, StreamError
from muxi._core.sse import DEFAULT_MAX_EVENT, DEFAULT_MAX_LINE, LiteralNewlineFrames, ServerSentEvent, SSEDecoder

F = "http://formation.test"
SSE_HEADERS = {"content-type": "text/event-stream; charset=utf-8"}
TOKEN = {"type": "content", "content": "t0 ", "session_id": "s", "request_id": "r"}
FRAME = f"data: {json.dumps({'token': TOKEN})}\n\n".encode()


def feed_all(decoder: SSEDecoder, data: bytes, step: int) -> list[ServerSentEvent]:
    events: list[ServerSentEvent] = []
    for i in range(0, len(data), step):
        events += decoder.feed(data[i : i + step])
    return events + decoder.close()


# ============================================================================ 1. one event is capped


def test_the_default_limits_are_16_mib() -> None:
    assert DEFAULT_MAX_EVENT == DEFAULT_MAX_LINE == 16 * 1024 * 1024


@pytest.mark.parametrize("step", [1, 7, 100, 10_000])
def test_data_lines_without_a_blank_line_hit_the_event_limit(step: int) -> None:
    line = b"data: " + b"x" * 99 + b"\n"  # 100 characters each, with the joining newline
    decoder = SSEDecoder(max_event=1000)
    with pytest.raises(StreamError, match="event limit"):
        feed_all(decoder, line * 50, step)
    assert decoder._data == []  # pyright: ignore[reportPrivateUsage]  # the partial event is dropped


def test_the_event_limit_is_exact_and_resets_at_each_event() -> None:
    event = b"data: " + b"x" * 499 + b"\ndata: " + b"y" * 499 + b"\n\n"  # 1000 characters counted
    assert len(feed_all(SSEDecoder(max_event=1000), event * 5, 64)) == 5
    with pytest.raises(StreamError, match="longer than 999 characters"):
        feed_all(SSEDecoder(max_event=999), event, 64)


def test_data_fields_without_the_space_count_too() -> None:
    with pytest.raises(StreamError, match="event limit"):
        feed_all(SSEDecoder(max_event=500), b"data:" + b"x" * 99 + b"\n" + b"event: e\n" * 3 + b"data:z\n" * 500, 50)
    assert feed_all(SSEDecoder(max_event=500), b": comment\n" * 500 + b"data: ok\n\n", 50)[0].data == "ok"


def test_events_before_the_oversized_one_come_first() -> None:
    decoder = SSEDecoder(max_event=100)
    events = decoder.feed(
        b"data: a\n\ndata: b\n\n" + b"data: " + b"x" * 60 + b"\n" * 2 + b"data: " + b"z" * 200 + b"\n"
    )
    assert [e.data for e in events] == ["a", "b", "x" * 60]
    with pytest.raises(StreamError, match="event limit"):
        decoder.feed(b"data: more\n\n")
    with pytest.raises(StreamError, match="event limit"):
        decoder.close()


def test_the_line_limit_still_applies_and_names_itself() -> None:
    with pytest.raises(StreamError, match="line limit"):
        feed_all(SSEDecoder(max_line=50), b"data: " + b"x" * 100, 10)


@respx.mock
def test_a_stream_yields_the_events_before_an_oversized_one_then_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(muxi._core.sse, "DEFAULT_MAX_EVENT", 10_000)
    body = FRAME + (b"data: " + b"x" * 999 + b"\n") * 20  # one event of 20 000 characters, never ended
    respx.post(f"{F}/v1/chat").respond(200, content=body, headers=SSE_HEADERS)
    texts: list[str] = []
    with FormationClient(url=F, client_key="ck") as client:
        stream = client.chat_stream("hi")
        with pytest.raises(StreamError, match="10000 characters"):
            texts.extend(event.text for event in stream)
    assert texts == ["t0 "]
    assert stream.closed and stream.response is not None and stream.response.is_closed


class Server:
    """One raw loopback HTTP/1.1 exchange: a chunked event stream (``first``, then ``repeat`` times
    ``then``), then a stall; ``disconnected`` is set when the client goes away before its end."""

    def __init__(self, first: bytes, then: bytes = b"", *, repeat: int = 0, stall: float = 3.0) -> None:
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(1)
        self.port = self.listener.getsockname()[1]
        self.first, self.then, self.repeat, self.stall = first, then, repeat, stall
        self.disconnected = threading.Event()
        self.thread = threading.Thread(target=self.serve, daemon=True)

    def serve(self) -> None:
        self.listener.settimeout(5)
        try:
            conn, _ = self.listener.accept()
        except OSError:
            return
        with conn:
            conn.settimeout(5)
            request = b""
            while b"\r\n\r\n" not in request:
                request += conn.recv(65536)
            # The chat request's JSON body is small: it came with the head, or is ignored.
            conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n")
            try:
                for chunk in [self.first] + [self.then] * self.repeat:
                    conn.sendall(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                deadline = time.monotonic() + self.stall
                conn.settimeout(0.05)
                while time.monotonic() < deadline:  # stall; notice when the client goes away
                    try:
                        if conn.recv(65536) == b"":
                            break
                    except TimeoutError:
                        continue
                else:
                    return
            except OSError:
                pass
            self.disconnected.set()

    def __enter__(self) -> Server:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.listener.close()
        self.thread.join(timeout=10)


def test_an_endless_event_over_the_network_closes_the_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(muxi._core.sse, "DEFAULT_MAX_EVENT", 64 * 1024)
    line = b"data: " + b"x" * 1017 + b"\n"  # 1 KiB lines, never a blank line
    with Server(FRAME, line * 16, repeat=200) as server:  # up to 3.2 MiB if nothing stopped it
        with FormationClient(url=f"http://127.0.0.1:{server.port}", client_key="ck") as client:
            stream = client.chat_stream("hi")
            texts: list[str] = []
            with pytest.raises(StreamError, match="event limit"):
                texts.extend(event.text for event in stream)
            assert texts == ["t0 "]
            assert stream.closed
            assert server.disconnected.wait(5), "the server never saw the client go away"
            pool = connection_pool(client._http())  # pyright: ignore[reportPrivateUsage]
            assert all(not c.is_available() for c in pool.connections)


def test_the_limit_is_raised_at_once_even_when_the_server_then_stalls(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(muxi._core.sse, "DEFAULT_MAX_EVENT", 1000)
    with Server(FRAME + (b"data: " + b"x" * 93 + b"\n") * 20, stall=4.0) as server:  # one read, then silence
        with FormationClient(url=f"http://127.0.0.1:{server.port}", client_key="ck") as client:
            stream = client.chat_stream("hi")
            texts: list[str] = []
            started = time.monotonic()
            with pytest.raises(StreamError, match="event limit"):
                texts.extend(event.text for event in stream)
            assert time.monotonic() - started < 1, "the limit waited for the next chunk"
            assert texts == ["t0 "] and stream.closed
            assert server.disconnected.wait(5)


# ============================================================================ 5. close() from another thread


def test_close_from_another_thread_ends_a_blocked_read_at_once() -> None:
    with Server(FRAME, stall=4.0) as server:
        with FormationClient(url=f"http://127.0.0.1:{server.port}", client_key="ck") as client:
            stream = client.chat_stream("hi")
            received: list[str] = []
            failures: list[BaseException] = []

            def read() -> None:
                try:
                    received.extend(event.text for event in stream)
                except BaseException as exc:  # reported below
                    failures.append(exc)

            reader = threading.Thread(target=read, daemon=True)
            reader.start()
            time.sleep(0.2)  # the reader got the first event and is blocked reading the socket
            assert received == ["t0 "] and reader.is_alive()
            started = time.monotonic()
            stream.close()
            reader.join(timeout=1)
            assert not reader.is_alive(), "close() did not wake the blocked reader"
            assert time.monotonic() - started < 1
            assert failures == []  # a requested close ends the loop: no ConnectionError
            assert received == ["t0 "] and stream.closed
            with pytest.raises(StreamError, match="closed"):
                next(iter(stream))
            assert server.disconnected.wait(5)


def test_async_aclose_from_another_task_ends_the_reading_loop() -> None:
    async def main(port: int) -> tuple[list[str], list[BaseException]]:
        async with AsyncFormationClient(url=f"http://127.0.0.1:{port}", client_key="ck") as client:
            stream = await client.chat_stream("hi")
            received: list[str] = []
            failures: list[BaseException] = []

            async def read() -> None:
                try:
                    received.extend([event.text async for event in stream])
                except Exception as exc:  # reported below
                    failures.append(exc)

            task = asyncio.create_task(read())
            await asyncio.sleep(0.2)  # the reader got the first event and waits for the next
            assert not task.done()
            await stream.aclose()
            await asyncio.wait_for(task, 1)
            return received, failures

    with Server(FRAME, stall=4.0) as server:
        received, failures = asyncio.run(main(server.port))
        assert failures == []  # a requested close ends the loop: no ConnectionError
        assert received == ["t0 "]
        assert server.disconnected.wait(5)


def test_close_in_the_reading_thread_still_returns_the_connection_state_cleanly() -> None:
    with Server(FRAME, stall=4.0) as server:
        with FormationClient(url=f"http://127.0.0.1:{server.port}", client_key="ck") as client:
            stream = client.chat_stream("hi")
            assert next(iter(stream)).text == "t0 "
            stream.close()
            assert stream.closed and server.disconnected.wait(5)
            with pytest.raises(StreamError, match="closed"):
                next(iter(stream))


def test_a_server_dying_is_still_a_connection_error() -> None:
    # A requested close ends the loop quietly; a connection that breaks on its own does not.
    chunk = b'data: {"token": {"type": "content", "cont'
    with Server(FRAME + chunk, stall=0.0) as server:
        with FormationClient(url=f"http://127.0.0.1:{server.port}", client_key="ck") as client:
            with pytest.raises(ConnectionError):
                list(client.chat_stream("hi"))


# ============================================================================ 7. the /events repair


def repaired(body: bytes, cuts: list[int]) -> list[ServerSentEvent]:
    repair, decoder, start = LiteralNewlineFrames(), SSEDecoder(), 0
    events: list[ServerSentEvent] = []
    for cut in [*sorted({c for c in cuts if c <= len(body)}), len(body)]:
        events += decoder.feed(repair(body[start:cut]))
        start = cut
    return events + decoder.feed(repair.flush()) + decoder.close()


def runtime_frames(objects: list[Any], *, ensure_ascii: bool = True) -> bytes:
    """What muxi-runtime 1.20260928.0 writes on /events: ``data: {json}`` + the characters ``\\n\\n``."""
    return b"".join(b"data: " + json.dumps(o, ensure_ascii=ensure_ascii).encode() + b"\\n\\n" for o in objects)


def test_message_text_with_a_brace_and_blank_line_is_not_a_frame_end() -> None:
    message = 'function f() {\n  return 1;\n}\n\nf();\n\n{"type": "fake"}\\n\\n'
    objects = [{"type": "message", "text": message}, {"type": "done", "nested": {"a": [1, {"b": "}"}]}}]
    body = runtime_frames(objects)
    assert b"}\\n\\n" in body.split(b"\\n\\ndata: ")[0]  # what the old repair split the first frame at
    for size in range(1, 40):
        assert [e.json() for e in repaired(body, list(range(0, len(body), size)))] == objects, size


def test_conformant_frames_comments_and_other_lines_pass_through() -> None:
    body = (
        b': keepalive\n\nevent: ping\ndata: {"a": 1}\n\n'  # a conformant frame: left as it is
        + runtime_frames([{"b": 2}])
        + b'data: not json }\\n\\n\n\ndata:{"c": "}\\\\n\\\\n"}\\n\\n'
    )
    for size in range(1, len(body) + 1):
        events = repaired(body, list(range(0, len(body), size)))
        assert [(e.event, e.data) for e in events] == [
            ("ping", '{"a": 1}'),
            ("message", '{"b": 2}'),
            ("message", "not json }\\n\\n"),
            ("message", '{"c": "}\\\\n\\\\n"}'),
        ], size


def test_the_repair_holds_back_only_a_few_bytes() -> None:
    repair = LiteralNewlineFrames()
    out = repair(b'data: {"text": "' + b"x" * 100_000)
    assert len(out) == 100_016
    out += repair(b'"}\\n') + repair(b"\\n")
    assert out.endswith(b'"}\n\n') and repair.flush() == b""


TRICKY = ["}", "{", "]", "[", '"', "\\", "\\n", "\n", "\r", "}\n\n", "}\\n\\n", "data: ", "é", "✓", "\U0001f600", " "]
message_text = st.lists(st.sampled_from(TRICKY) | st.text(max_size=8), max_size=12).map("".join)
json_objects = st.dictionaries(
    st.sampled_from(["type", "text", "content", "}\\n\\n", "data"]),
    message_text | st.lists(message_text, max_size=2) | st.dictionaries(message_text, message_text, max_size=2),
    min_size=1,
    max_size=3,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(json_objects, max_size=5),
    st.booleans(),
    st.lists(st.integers(min_value=0, max_value=400), max_size=80),  # dense: most boundaries get cut
)
def test_runtime_frames_round_trip_whatever_their_text_and_splits(
    objects: list[dict[str, Any]], ensure_ascii: bool, cuts: list[int]
) -> None:
    events = repaired(runtime_frames(objects, ensure_ascii=ensure_ascii), cuts)
    assert [e.json() for e in events] == objects  # every frame, and no extra one


@respx.mock
def test_stream_events_keeps_message_text_whole() -> None:
    objects = [
        {"type": "request.completed", "request_id": "r1", "session_id": "s1", "text": "if x {\n}\n\ndone"},
        {"type": "request.completed", "request_id": "r2", "session_id": "s1"},
    ]
    respx.get(f"{F}/v1/events").mock(
        return_value=httpx.Response(200, stream=httpx.ByteStream(runtime_frames(objects)), headers=SSE_HEADERS)
    )
    with FormationClient(url=F, client_key="ck", admin_key="ak", user_id="u") as client:
        events = list(client.stream_events())
    assert [e.get("request_id") for e in events] == ["r1", "r2"]
    assert events[0].get("text") == "if x {\n}\n\ndone"


@pytest.fixture(autouse=True)
def _no_leftover_threads() -> Iterator[None]:
    before = set(threading.enumerate())
    yield
    for thread in set(threading.enumerate()) - before:
        thread.join(timeout=5)
