r"""A WHATWG-conformant Server-Sent Events decoder, without I/O.

Feed it the bytes of an ``text/event-stream`` body in chunks of any size; it returns the
events completed so far. It follows the HTML standard's "event stream interpretation": UTF-8
with a leading BOM stripped, lines ending in CRLF, LF or CR (also when a CRLF is split across
chunks), ``:`` comments ignored, ``data`` lines joined with ``\n``, ``event``, ``id`` (ignored
when it contains NUL; persists across events) and ``retry`` (digits only), an event dispatched
on a blank line only when it has data, and an unterminated final event dropped at the end.
Every stream of both APIs goes through this one decoder.

A hostile or broken server cannot make it hold unbounded text: a line longer than
:data:`DEFAULT_MAX_LINE` characters, or an event whose ``data`` lines add up to more than
:data:`DEFAULT_MAX_EVENT` characters (each line counted with the newline that joins it), raises
:class:`~muxi.StreamError` as soon as the limit is crossed, and the partial event is dropped.
"""

from __future__ import annotations

import codecs
import json
import json.scanner
import re
from collections.abc import Callable
from typing import Any, NamedTuple, cast

from ..errors import StreamError

__all__ = ["DEFAULT_MAX_EVENT", "DEFAULT_MAX_LINE", "LiteralNewlineFrames", "SSEDecoder", "ServerSentEvent", "loads"]

DEFAULT_MAX_LINE = 16 * 1024 * 1024  # characters; a longer line is a broken or hostile stream
DEFAULT_MAX_EVENT = 16 * 1024 * 1024  # characters of one event's data lines, each with its joining newline
_LINE_END = re.compile(r"\r\n|\r|\n")


# json.loads's own scanner (the C one), with its defaults; typeshed types its argument oddly.
_scan = cast("Callable[[str, int], tuple[Any, int]]", json.scanner.make_scanner(cast("Any", json.JSONDecoder())))


def loads(text: str) -> Any:
    """``json.loads(text)``: the same value, or the same error, without its Python-level wrapper.

    Event data is parsed once per event: a document that starts at its first character and ends
    at its last (nearly every frame) goes straight to the scanner json uses (about half the cost
    of ``json.loads`` for a chat token); anything else — leading or trailing whitespace, a BOM,
    extra data, an error — is handed to ``json.loads`` itself.
    """
    try:
        value, end = _scan(text, 0)
    except StopIteration:
        return json.loads(text)
    return value if end == len(text) else json.loads(text)


class ServerSentEvent(NamedTuple):
    """One dispatched event: its type (``message`` when unnamed), data, last event id and retry."""

    event: str = "message"
    data: str = ""
    id: str = ""
    retry: int | None = None

    def json(self) -> Any:
        """The data parsed as JSON; :class:`~muxi.StreamError` when it is not JSON."""
        try:
            return loads(self.data)
        except ValueError as exc:
            raise StreamError(f"the {self.event!r} event's data is not JSON ({exc}): {self.data[:200]!r}") from None
        except RecursionError as exc:
            raise StreamError(f"the {self.event!r} event's data is JSON nested too deeply to parse") from exc


# ``ServerSentEvent(...)`` without the Python-level ``__new__`` of a named tuple (the hot loop makes one per event).
_new_event = cast(
    "Callable[[type[ServerSentEvent], tuple[str, str, str, int | None]], ServerSentEvent]",
    tuple.__new__,  # pyright: ignore[reportUnknownMemberType]
)


class SSEDecoder:
    """Incremental event-stream decoder: ``feed(chunk)`` returns the events it completed."""

    __slots__ = (
        "_cr_pending",
        "_data",
        "_decoder",
        "_event",
        "_max_event",
        "_max_line",
        "_pending",
        "_retry",
        "_size",
        "_started",
        "failure",
        "last_event_id",
        "retry",
    )

    def __init__(self, *, max_line: int | None = None, max_event: int | None = None) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._max_line = max_line or DEFAULT_MAX_LINE
        self._max_event = max_event or DEFAULT_MAX_EVENT
        self._size = 0  # characters held for the event being read: its data lines plus one each
        self.failure: StreamError | None = None  # a limit crossed after events that were returned first
        self._pending: str = ""  # text after the last line ending
        self._started = False  # the BOM check happens once, on the first characters
        self._cr_pending = False  # the last chunk ended in CR: a following LF belongs to it
        self._data: list[str] = []
        self._event = ""
        self._retry: int | None = None
        self.last_event_id = ""
        self.retry: int | None = None  # the stream's reconnection time in ms, if the server set one

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Decode ``chunk`` and return the events it completed (possibly none).

        When a limit is crossed after some events completed in the same chunk, those events are
        returned and :attr:`failure` is set; any later call raises it. Otherwise it is raised now.
        """
        if self.failure is not None:
            raise self.failure
        text = self._decoder.decode(chunk)
        return self._lines(text) if text else []

    def close(self) -> list[ServerSentEvent]:
        """End of stream: complete lines are processed; an event with no blank line after it is dropped."""
        if self.failure is not None:
            raise self.failure
        events = self._lines(self._decoder.decode(b"", final=True))
        self._pending = ""
        self._data, self._event, self._retry, self._size = [], "", None, 0
        return events

    def _too_big(self, events: list[ServerSentEvent], problem: str) -> list[ServerSentEvent]:
        """Give up on the stream: drop the partial event; raise now, or after ``events``."""
        self._pending = ""
        self._data, self._event, self._retry, self._size = [], "", None, 0
        self.failure = StreamError(problem)
        if events:
            return events
        raise self.failure

    def _lines(self, text: str) -> list[ServerSentEvent]:
        if not text:
            return []
        if not self._started:
            self._started = True
            if text.startswith("\ufeff"):
                text = text[1:]
        if self._cr_pending:
            self._cr_pending = False
            if text.startswith("\n"):
                text = text[1:]
        if self._pending:
            text = self._pending + text
        # Most streams only use LF: str.split is much faster than the regular expression.
        if "\r" in text:
            lines: list[str] = _LINE_END.split(text)
            self._cr_pending = text.endswith("\r")
        else:
            lines = text.split("\n")
        self._pending = lines.pop()  # not terminated yet
        events: list[ServerSentEvent] = []
        max_line, max_event, size, data = self._max_line, self._max_event, self._size, self._data
        for line in lines:  # the hot loop: blank lines and "data: " lines are handled inline
            if not line:  # dispatch the event, if it has data; the event type and retry are reset
                size = 0
                if data:
                    value = data[0] if len(data) == 1 else "\n".join(data)
                    events.append(
                        _new_event(ServerSentEvent, (self._event or "message", value, self.last_event_id, self._retry))
                    )
                    data = self._data = []
                self._event, self._retry = "", None
            elif len(line) > max_line:
                return self._too_big(events, f"event-stream line longer than {max_line} characters (the line limit)")
            elif line.startswith("data: "):
                size += len(line) - 5  # the value and the newline that joins it to the next line
                if size > max_event:
                    return self._too_big(events, self._event_limit())
                data.append(line[6:])
            else:
                size += self._field(line)  # appends to self._data, the same list as ``data``
                if size > max_event:
                    return self._too_big(events, self._event_limit())
        self._size = size
        if len(self._pending) > max_line:
            return self._too_big(events, f"event-stream line longer than {max_line} characters (the line limit)")
        return events

    def _event_limit(self) -> str:
        return (
            f"event-stream event longer than {self._max_event} characters (the event limit): "
            "data lines kept coming without the blank line that ends an event"
        )

    def _field(self, line: str) -> int:
        """Apply one field line; the characters it added to the event (data lines only)."""
        if line[0] == ":":
            return 0
        field, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if field == "data":
            self._data.append(value)
            return len(value) + 1
        if field == "event":
            self._event = value
        elif field == "id":
            if "\0" not in value:
                self.last_event_id = value
        elif field == "retry" and value.isascii() and value.isdigit():
            self._retry = self.retry = int(value)
        return 0


_LINE, _OTHER, _OBJECT, _STRING, _ESCAPE, _END = range(6)  # LiteralNewlineFrames states
# Inside a frame's JSON object: skip plain characters, whole strings and the ``}`` of nested values
# (followed by ``,``, ``}``, ``]`` or spaces), up to (group 1) a ``}`` followed by a backslash (in
# valid JSON, only the object's own end can be) or by the end of the chunk, a line break, the
# start of a string that goes on in the next chunk, or the end of the chunk.
_IN_OBJECT = re.compile(rb'(?:[^"}\r\n]+|"[^"\\\r\n]*(?:\\.[^"\\\r\n]*)*"|\}(?!\\|\Z))*(\}|["\r\n]|\Z)')
_IN_STRING = re.compile(rb'["\\\r\n]')  # what matters inside a JSON string
_LINE_BREAK = re.compile(rb"[\r\n]")
_FRAME_STARTS = (b"data: {", b"data:{")


class LiteralNewlineFrames:
    r"""Repairs event streams whose frames end in the characters ``\n\n`` instead of newlines.

    muxi-runtime 1.20260928.0 writes ``GET /events`` and ``GET /events/{session_id}`` frames as
    ``data: {...}\n\n`` with literal backslashes, so no conformant parser ever sees the end of
    an event. This filter turns the literal ``\n\n`` that follows the closing ``}`` of the
    JSON object a ``data:`` line starts with into a real blank line, across chunk boundaries,
    before decoding. It follows the JSON's strings and escapes, so message text (where a ``}``
    followed by newlines is encoded as the same characters) is never touched; a real line break
    starts over, and lines that are not ``data: {`` pass through as they are. It holds at most a
    few bytes back, whatever the size of a frame.
    """

    def __init__(self) -> None:
        self._held = b""  # bytes not decided yet: a possible frame start, or end after a ``}``
        self._state = _LINE

    def __call__(self, chunk: bytes) -> bytes:
        data = self._held + chunk
        state, size = self._state, len(data)
        out: list[bytes] = []
        pos = start = 0  # data[start:pos] is decided but not copied to ``out`` yet
        while pos < size:
            if state == _STRING:
                match = _IN_STRING.search(data, pos)
                if match is None:
                    pos = size
                    break
                char, pos = data[match.start()], match.end()
                state = _OBJECT if char == 34 else _ESCAPE if char == 92 else _LINE  # " \ or a line break
            elif state == _OBJECT:
                match = _IN_OBJECT.match(data, pos)
                assert match is not None  # it matches at the end of the chunk at the latest
                pos = match.end()
                if match.start(1) == size:
                    break
                char = data[pos - 1]
                # A string that goes on in the next chunk, the object's end, or a line break (never in JSON).
                state = _STRING if char == 34 else _END if char == 125 else _LINE
            elif state == _ESCAPE:
                pos, state = pos + 1, _STRING
            elif state == _LINE:
                head = data[pos : pos + 7]
                frame = next((start_ for start_ in _FRAME_STARTS if head.startswith(start_)), None)
                if frame is not None:
                    pos, state = pos + len(frame), _OBJECT
                elif pos + len(head) == size and any(start_.startswith(head) for start_ in _FRAME_STARTS):
                    break  # maybe a frame start: wait for more
                else:
                    state = _OTHER
            elif state == _END:
                head = data[pos : pos + 4]
                if head == b"\\n\\n":
                    out += (data[start:pos], b"\n\n")
                    pos = start = pos + 4
                    state = _LINE
                elif pos + len(head) == size and b"\\n\\n".startswith(head):
                    break  # maybe the end of the frame: wait for more
                elif head[:1] != b"\\":
                    state = _OBJECT  # the ``}`` of a nested value, at the end of the previous chunk
                else:
                    state = _OTHER  # a backslash after the object that does not end the frame: not JSON
            else:  # _OTHER: a line that is not a frame, up to its line break
                match = _LINE_BREAK.search(data, pos)
                if match is None:
                    pos = size
                    break
                pos, state = match.end(), _LINE
        out.append(data[start:pos])
        self._held, self._state = data[pos:], state
        return b"".join(out)

    def flush(self) -> bytes:
        rest, self._held = self._held, b""
        self._state = _LINE
        return rest
