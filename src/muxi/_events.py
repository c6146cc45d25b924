"""The typed events of each stream, named.

Each stream yields :class:`~muxi.StreamEvent` values whose ``event`` is a literal name and whose
``data`` is the generated model the spec names for that event (``x-muxi-sse-events``), so a
check of the name narrows the data::

    for event in server.stream_formation_logs("my-formation"):
        if event.event == "log":
            print(event.data.line)      # LogLineEvent

The models are imported for type checkers only; at run time these aliases name them lazily, so
importing them costs nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from ._streaming import StreamEvent

if TYPE_CHECKING:
    from muxi_generated.formation.models import EventStreamEvent, LogEvent, LogStreamError, RequestEventFrame
    from muxi_generated.server.models import (
        CompleteEvent,
        ErrorEvent,
        LogConnectedEvent,
        LogLineEvent,
        ProgressEvent,
    )

__all__ = ["DeployEvent", "FormationEvent", "FormationLogEvent", "LogTailEvent", "RequestEvent"]

FormationEvent: TypeAlias = StreamEvent[Literal["message"], "EventStreamEvent"]
"""An event of ``stream_events()`` / ``stream_session_events()``."""

RequestEvent: TypeAlias = StreamEvent[Literal["message"], "RequestEventFrame"]
"""An event of ``stream_request()``."""

FormationLogEvent: TypeAlias = StreamEvent[Literal["log"], "LogEvent"] | StreamEvent[Literal["error"], "LogStreamError"]
"""An event of ``stream_logs()``: ``log`` entries (``error`` only with ``raise_errors=False``)."""

DeployEvent: TypeAlias = (
    StreamEvent[Literal["progress"], "ProgressEvent"]
    | StreamEvent[Literal["complete"], "CompleteEvent"]
    | StreamEvent[Literal["error"], "ErrorEvent"]
)
"""An event of the server's deploy/update/start/restart/rollback streams (``error`` only with
``raise_errors=False``)."""

LogTailEvent: TypeAlias = (
    StreamEvent[Literal["connected"], "LogConnectedEvent"] | StreamEvent[Literal["log"], "LogLineEvent"]
)
"""An event of ``ServerClient.stream_formation_logs()``."""
