"""The WHATWG event-stream decoder shared by every stream."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from muxi import StreamError
from muxi._core.sse import ServerSentEvent, SSEDecoder

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def decode(data: bytes, *, chunk: int | None = None, **kwargs: int) -> list[ServerSentEvent]:
    decoder = SSEDecoder(**kwargs)
    events: list[ServerSentEvent] = []
    step = chunk or len(data) or 1
    for i in range(0, len(data), step):
        events += decoder.feed(data[i : i + step])
    return events + decoder.close()


def test_basic_fields() -> None:
    events = decode(b'event: done\ndata: {"finished": true}\nid: 7\nretry: 1500\n\n')
    assert events == [ServerSentEvent(event="done", data='{"finished": true}', id="7", retry=1500)]
    assert events[0].json() == {"finished": True}


@pytest.mark.parametrize("newline", [b"\n", b"\r", b"\r\n"])
def test_every_line_ending(newline: bytes) -> None:
    raw = newline.join([b"data: a", b"data: b", b"", b": keepalive", b"", b"data: c", b"", b""])
    assert [e.data for e in decode(raw)] == ["a\nb", "c"]


def test_crlf_split_across_chunks_is_one_line_end() -> None:
    raw = b"data: a\r\n\r\ndata: b\r\n\r\n"
    for size in range(1, len(raw) + 1):
        assert [e.data for e in decode(raw, chunk=size)] == ["a", "b"], size


def test_bom_comments_and_unknown_fields() -> None:
    raw = "\ufeff: hello\nfoo: bar\ndata:no-space\ndata:  two spaces\n\n".encode()
    assert decode(raw) == [ServerSentEvent(data="no-space\n two spaces")]


def test_event_without_data_is_not_dispatched_and_resets_type() -> None:
    assert decode(b"event: ping\n\ndata: x\n\n") == [ServerSentEvent(data="x")]


def test_id_persists_and_nul_id_ignored() -> None:
    events = decode(b"id: 1\ndata: a\n\ndata: b\n\nid: bad\x00\ndata: c\n\n")
    assert [(e.data, e.id) for e in events] == [("a", "1"), ("b", "1"), ("c", "1")]


def test_retry_needs_digits() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"retry: 12x\ndata: a\n\nretry: 300\ndata: b\n\n")[0].retry is None
    assert decoder.retry == 300


def test_unterminated_final_event_is_dropped() -> None:
    assert decode(b"data: complete\n\ndata: cut mid-event\n") == [ServerSentEvent(data="complete")]
    assert decode(b"data: complete\n\ndata: no newline") == [ServerSentEvent(data="complete")]


def test_utf8_split_mid_character() -> None:
    raw = "data: héllo ✓\n\n".encode()
    for size in range(1, 6):
        assert decode(raw, chunk=size)[0].data == "héllo ✓"


def test_oversized_line_raises_stream_error() -> None:
    with pytest.raises(StreamError):
        decode(b"data: " + b"x" * 100 + b"\n\n", max_line=50)
    with pytest.raises(StreamError):
        decode(b"data: " + b"x" * 100, chunk=10, max_line=50)  # never terminated


def test_recorded_runtime_streams() -> None:
    samples = json.loads((FIXTURES / "runtime_samples.json").read_text())
    streams = [s for s in samples if "sse" in s["response"] and s["response"]["sse"]]
    assert streams
    for sample in streams:
        frames = sample["response"]["sse"]
        raw = "".join(
            (f"event: {f['event']}\n" if f["event"] else "") + f"data: {json.dumps(f['data'])}\n\n: keepalive\n\n"
            for f in frames
        ).encode()
        for size in (1, 7, 4096):
            events = decode(raw, chunk=size)
            assert [e.json() for e in events] == [f["data"] for f in frames]
            assert [e.event for e in events] == [f["event"] or "message" for f in frames]


def test_literal_newline_frames_are_repaired_across_chunks() -> None:
    from muxi._core.sse import LiteralNewlineFrames

    # What muxi-runtime 1.20260928.0 writes on /events: `data: {json}` + the characters \n\n.
    body = b'data: {"type": "a", "text": "x\\\\n\\\\ny"}\\n\\ndata: {"type": "b"}\\n\\n'
    for size in range(1, len(body) + 1):
        repair, decoder = LiteralNewlineFrames(), SSEDecoder()
        events: list[ServerSentEvent] = []
        for i in range(0, len(body), size):
            events += decoder.feed(repair(body[i : i + size]))
        events += decoder.feed(repair.flush()) + decoder.close()
        assert [e.json()["type"] for e in events] == ["a", "b"], size
        assert events[0].json()["text"] == "x\\n\\ny"  # escaped newlines inside strings are untouched
