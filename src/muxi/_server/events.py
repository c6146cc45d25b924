"""The typed events of the MUXI Server's streams, named (see :mod:`muxi._formation.events` for the pattern).

``data`` is the generated model the spec names for each event (``x-muxi-sse-events``)::

    for event in server.stream_formation_logs("my-formation"):
        if event.event == "log":
            print(event.data.line)      # LogLineEvent

The models are imported for type checkers only; at run time these aliases name them lazily.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from .._core.streaming import StreamEvent

if TYPE_CHECKING:
    from muxi_generated.server.models import (
        CompleteEvent,
        ErrorEvent,
        LogConnectedEvent,
        LogLineEvent,
        ProgressEvent,
    )

__all__ = ["DeployEvent", "LogTailEvent"]

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
