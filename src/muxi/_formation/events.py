"""The typed events of the Formation API's streams, named.

Each stream yields :class:`~muxi.StreamEvent` values whose ``event`` is a literal name and whose
``data`` is the generated model the spec names for that event (``x-muxi-sse-events``), so a
check of the name narrows the data::

    for event in client.stream_logs(level="error"):
        if event.event == "log":
            print(event.data.message)   # LogEvent

The models are imported for type checkers only; at run time these aliases name them lazily, so
importing them costs nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from .._core.streaming import StreamEvent

if TYPE_CHECKING:
    from muxi_generated.formation.models import EventStreamEvent, LogEvent, LogStreamError, RequestEventFrame

__all__ = ["FormationEvent", "FormationLogEvent", "RequestEvent"]

FormationEvent: TypeAlias = StreamEvent[Literal["message"], "EventStreamEvent"]
"""An event of ``stream_events()`` / ``stream_session_events()``."""

RequestEvent: TypeAlias = StreamEvent[Literal["message"], "RequestEventFrame"]
"""An event of ``stream_request()``."""

FormationLogEvent: TypeAlias = StreamEvent[Literal["log"], "LogEvent"] | StreamEvent[Literal["error"], "LogStreamError"]
"""An event of ``stream_logs()``: ``log`` entries (``error`` only with ``raise_errors=False``)."""
