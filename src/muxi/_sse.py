"""A WHATWG-conformant Server-Sent Events decoder, without I/O.

Feed it the bytes of an ``text/event-stream`` body in chunks of any size; it returns the
events completed so far. It follows the HTML standard's "event stream interpretation": UTF-8
with a leading BOM stripped, lines ending in CRLF, LF or CR (also when a CRLF is split across
chunks), ``:`` comments ignored, ``data`` lines joined with ``\\n``, ``event``, ``id`` (ignored
when it contains NUL; persists across events) and ``retry`` (digits only), an event dispatched
on a blank line only when it has data, and an unterminated final event dropped at the end.
Every stream of both APIs goes through this one decoder.
"""

from __future__ import annotations

import codecs
import json
import re
from typing import Any, NamedTuple

from .errors import StreamError

__all__ = ["DEFAULT_MAX_LINE", "LiteralNewlineFrames", "SSEDecoder", "ServerSentEvent"]

DEFAULT_MAX_LINE = 16 * 1024 * 1024  # characters; a longer line is a broken or hostile stream
_LINE_END = re.compile(r"\r\n|\r|\n")


class ServerSentEvent(NamedTuple):
    """One dispatched event: its type (``message`` when unnamed), data, last event id and retry."""

    event: str = "message"
    data: str = ""
    id: str = ""
    retry: int | None = None

    def json(self) -> Any:
        """The data parsed as JSON; :class:`~muxi.StreamError` when it is not JSON."""
        try:
            return json.loads(self.data)
        except ValueError as exc:
            raise StreamError(f"the {self.event!r} event's data is not JSON ({exc}): {self.data[:200]!r}") from None
        except RecursionError as exc:
            raise StreamError(f"the {self.event!r} event's data is JSON nested too deeply to parse") from exc


class SSEDecoder:
    """Incremental event-stream decoder: ``feed(chunk)`` returns the events it completed."""

    def __init__(self, *, max_line: int | None = None) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._max_line = max_line or DEFAULT_MAX_LINE
        self._pending: str = ""  # text after the last line ending
        self._started = False  # the BOM check happens once, on the first characters
        self._cr_pending = False  # the last chunk ended in CR: a following LF belongs to it
        self._data: list[str] = []
        self._event = ""
        self._retry: int | None = None
        self.last_event_id = ""
        self.retry: int | None = None  # the stream's reconnection time in ms, if the server set one

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Decode ``chunk`` and return the events it completed (possibly none)."""
        return self._lines(self._decoder.decode(chunk))

    def close(self) -> list[ServerSentEvent]:
        """End of stream: complete lines are processed; an event with no blank line after it is dropped."""
        events = self._lines(self._decoder.decode(b"", final=True))
        self._pending = ""
        self._data, self._event, self._retry = [], "", None
        return events

    def _lines(self, text: str) -> list[ServerSentEvent]:
        if not text:
            return []
        if not self._started:
            self._started = True
            if text.startswith("\ufeff"):
                text = text[1:]
        if self._cr_pending and text.startswith("\n"):
            text = text[1:]
        self._cr_pending = False
        text = self._pending + text
        # Most streams only use LF: str.split is much faster than the regular expression.
        lines: list[str] = _LINE_END.split(text) if "\r" in text else text.split("\n")
        self._pending = lines.pop()  # not terminated yet
        if len(self._pending) > self._max_line:
            raise StreamError(f"event-stream line longer than {self._max_line} characters")
        if text.endswith("\r"):
            self._cr_pending = True
        events: list[ServerSentEvent] = []
        for line in lines:  # the hot loop: blank lines and "data: " lines are handled inline
            if not line:
                event = self._dispatch()
                if event is not None:
                    events.append(event)
            elif len(line) > self._max_line:
                raise StreamError(f"event-stream line longer than {self._max_line} characters")
            elif line.startswith("data: "):
                self._data.append(line[6:])
            else:
                self._field(line)
        return events

    def _field(self, line: str) -> None:
        if line[0] == ":":
            return
        field, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if field == "data":
            self._data.append(value)
        elif field == "event":
            self._event = value
        elif field == "id":
            if "\0" not in value:
                self.last_event_id = value
        elif field == "retry" and value.isascii() and value.isdigit():
            self._retry = self.retry = int(value)

    def _dispatch(self) -> ServerSentEvent | None:
        if not self._data:
            self._event, self._retry = "", None
            return None
        data = self._data[0] if len(self._data) == 1 else "\n".join(self._data)
        event = ServerSentEvent(self._event or "message", data, self.last_event_id, self._retry)
        self._data, self._event, self._retry = [], "", None
        return event


class LiteralNewlineFrames:
    """Repairs event streams whose frames end in the characters ``\\n\\n`` instead of newlines.

    muxi-runtime 1.20260928.0 writes ``GET /events`` and ``GET /events/{session_id}`` frames as
    ``data: {...}\\n\\n`` with literal backslashes, so no conformant parser ever sees the end of
    an event. Each frame's JSON object ends in ``}``; this filter turns ``}`` + literal
    ``\\n\\n`` into ``}`` and a real blank line, across chunk boundaries, before decoding.
    """

    PATTERN = b"}\\n\\n"
    REPLACEMENT = b"}\n\n"

    def __init__(self) -> None:
        self._carry = b""

    def __call__(self, chunk: bytes) -> bytes:
        data = (self._carry + chunk).replace(self.PATTERN, self.REPLACEMENT)
        for size in range(len(self.PATTERN) - 1, 0, -1):  # keep a possible start of the pattern
            if data.endswith(self.PATTERN[:size]):
                self._carry = data[-size:]
                return data[:-size]
        self._carry = b""
        return data

    def flush(self) -> bytes:
        rest, self._carry = self._carry, b""
        return rest
