"""Property tests (hypothesis): the SSE decoder, the error parsers and the HMAC signer."""

from __future__ import annotations

import base64
import hashlib
import json

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from muxi import APIStatusError, StreamError, hmac_signature
from muxi._core.sse import ServerSentEvent, SSEDecoder
from muxi.errors import error_from_response

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Field values without line breaks (a value cannot contain one on the wire).
text = st.text(alphabet=st.characters(blacklist_characters="\r\n", blacklist_categories=["Cs"]), max_size=40)
frames = st.lists(
    st.tuples(
        st.sampled_from(["", "message", "done", "error", "progress"]),
        st.lists(text, min_size=1, max_size=3),
        st.sampled_from(["", "42", "evt-1"]),
    ),
    max_size=8,
)
newlines = st.sampled_from(["\n", "\r", "\r\n"])


def encode(events: list[tuple[str, list[str], str]], newline: str, comments: bool) -> bytes:
    out: list[str] = []
    for name, data, event_id in events:
        if comments:
            out.append(f": keepalive{newline}")
        if name:
            out.append(f"event: {name}{newline}")
        if event_id:
            out.append(f"id: {event_id}{newline}")
        out.extend(f"data: {line}{newline}" for line in data)
        out.append(newline)
    return "".join(out).encode()


def decode(data: bytes, cuts: list[int]) -> list[ServerSentEvent]:
    decoder, start = SSEDecoder(), 0
    events: list[ServerSentEvent] = []
    for cut in [*sorted(set(cuts)), len(data)]:
        events += decoder.feed(data[start:cut])
        start = cut
    return events + decoder.close()


@SETTINGS
@given(frames, newlines, st.booleans(), st.lists(st.integers(min_value=0, max_value=4000), max_size=20))
def test_any_split_gives_the_same_events(
    events: list[tuple[str, list[str], str]], newline: str, comments: bool, cuts: list[int]
) -> None:
    data = encode(events, newline, comments)
    cuts = [c for c in cuts if c <= len(data)]
    whole = decode(data, [])
    assert decode(data, cuts) == whole
    assert [e.data for e in whole] == ["\n".join(d) for _, d, _ in events]
    assert [e.event for e in whole] == [name or "message" for name, _, _ in events]


@SETTINGS
@given(st.binary(max_size=3000), st.lists(st.integers(min_value=0, max_value=3000), max_size=10))
def test_arbitrary_bytes_only_raise_stream_error(data: bytes, cuts: list[int]) -> None:
    decoder = SSEDecoder(max_line=256)
    start = 0
    try:
        for cut in [*sorted(c for c in set(cuts) if c <= len(data)), len(data)]:
            for event in decoder.feed(data[start:cut]):
                assert isinstance(event.data, str)
            start = cut
        decoder.close()
    except StreamError:
        pass


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | text,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(text, children, max_size=3),
    max_leaves=10,
)
error_bodies = st.one_of(
    json_values,
    st.fixed_dictionaries(
        {"error": st.one_of(text, json_values), "message": st.one_of(text, json_values), "code": json_values}
    ),
    st.fixed_dictionaries(
        {
            "success": st.just(False),
            "request": st.one_of(st.none(), st.fixed_dictionaries({"id": st.one_of(text, json_values)})),
            "error": st.one_of(st.none(), st.fixed_dictionaries({"code": json_values, "message": json_values})),
        }
    ),
)


@SETTINGS
@given(st.integers(min_value=400, max_value=599), error_bodies)
def test_error_parser_takes_any_json_body(status: int, body: object) -> None:
    response = httpx.Response(status, content=json.dumps(body).encode())
    error = error_from_response(response)
    assert isinstance(error, APIStatusError)
    assert error.status_code == status
    assert "\n" not in str(error)


@SETTINGS
@given(st.integers(min_value=400, max_value=599), st.binary(max_size=500))
def test_error_parser_takes_any_bytes(status: int, body: bytes) -> None:
    error = error_from_response(httpx.Response(status, content=body))
    assert error.status_code == status and "\n" not in str(error) and len(error.message) <= 503


def reference_hmac_sha256(key: bytes, message: bytes) -> bytes:
    """HMAC (RFC 2104) written out with hashlib only, independent of the hmac module."""
    block = 64
    if len(key) > block:
        key = hashlib.sha256(key).digest()
    key = key.ljust(block, b"\0")
    inner = hashlib.sha256(bytes(b ^ 0x36 for b in key) + message).digest()
    return hashlib.sha256(bytes(b ^ 0x5C for b in key) + inner).digest()


@SETTINGS
@given(
    st.text(min_size=1, max_size=100).filter(lambda s: "\0" not in s),
    st.integers(min_value=0, max_value=2**40),
    st.sampled_from(["GET", "POST", "PUT", "DELETE"]),
    st.text(max_size=60).map(lambda s: "/rpc/" + s),
)
def test_hmac_signature_verifies_independently(secret: str, timestamp: int, method: str, path: str) -> None:
    expected = reference_hmac_sha256(secret.encode(), f"{timestamp};{method};{path}".encode())
    assert base64.b64decode(hmac_signature(secret, timestamp, method, path)) == expected
