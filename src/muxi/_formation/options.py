"""The keyword options of the Formation API facade's methods, as TypedDicts (checked by name at run time).

``**options: Unpack[ChatOptions]`` gives type checkers and IDEs the accepted names; at run time
:func:`~muxi._core.inputs.check_options` refuses any other name with a :class:`TypeError` before
anything is sent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .._core.config import CallOptions, OptionChanges
from .._core.request import PER_CALL_OPTIONS

if TYPE_CHECKING:
    from .chat import FileInput

__all__ = [
    "ArtifactChunkOptions",
    "ArtifactOptions",
    "AudioChatOptions",
    "AudioChatStreamOptions",
    "ChatOptions",
    "ChatStreamOptions",
    "CompletionOptions",
    "EventStreamOptions",
    "FormationOptionChanges",
    "LogStreamOptions",
    "UserCallOptions",
]

# The options of a chat call that go to the call itself, not into the request body.
PER_CALL = ("user_id", *PER_CALL_OPTIONS, "extra_body")
# The filters of stream_logs (GET /logs), at least one of which is required.
LOG_FILTERS = ("user_id", "session_id", "request_id", "agent_id", "level", "event_type")
# The OpenAI-style arguments of create_completion besides its options.
COMPLETION_ARGUMENTS = ("model", "stream", "user", "session_id")


class AudioChatOptions(CallOptions, total=False):
    """Arguments of :meth:`FormationClient.audio_chat` besides the files.

    ``extra_body`` adds fields to the JSON body that the SDK does not know yet; any other
    unknown name raises :class:`TypeError` before anything is sent.
    """

    user_id: str | None
    session_id: str | None
    agent: str | None
    request_id: str | None
    extra_body: Mapping[str, object] | None


class ChatOptions(AudioChatOptions, total=False):
    """Arguments of :meth:`FormationClient.chat` besides the message (see ``ChatRequest`` for the body fields)."""

    files: Iterable[FileInput] | None
    group_id: str | None
    mode: str | None
    source_channel: str | None
    threshold_seconds: float | None
    ui_response: Mapping[str, Any] | None
    webhook_url: str | None


class ChatStreamOptions(ChatOptions, total=False):
    """:class:`ChatOptions` plus ``raise_errors`` (False: ``error`` events are yielded, not raised)."""

    raise_errors: bool


class AudioChatStreamOptions(AudioChatOptions, total=False):
    """:class:`AudioChatOptions` plus ``raise_errors``."""

    raise_errors: bool


class UserCallOptions(CallOptions, total=False):
    """:class:`CallOptions` plus ``user_id`` (the call's ``X-Muxi-User-ID``)."""

    user_id: str | None


class EventStreamOptions(UserCallOptions, total=False):
    """Options of the event streams."""

    raise_errors: bool


class LogStreamOptions(CallOptions, total=False):
    """Arguments of :meth:`FormationClient.stream_logs`: its filters (at least one) and ``raise_errors``."""

    user_id: str | None
    session_id: str | None
    request_id: str | None
    agent_id: str | None
    level: str | None
    event_type: str | None
    raise_errors: bool


class ArtifactOptions(UserCallOptions, total=False):
    """Options of :meth:`FormationClient.download_artifact`: ``version`` (default: the latest)."""

    version: int | None


class ArtifactChunkOptions(ArtifactOptions, total=False):
    """Options of :meth:`FormationClient.iter_artifact_content`: ``chunk_size`` (default: as they arrive)."""

    chunk_size: int | None


class CompletionOptions(UserCallOptions, total=False):
    """Options of :meth:`FormationClient.create_completion` besides its OpenAI-style arguments."""

    files: Iterable[FileInput] | None
    request_id: str | None
    extra_body: Mapping[str, object] | None


class FormationOptionChanges(OptionChanges, total=False):
    """What :meth:`~muxi.FormationClient.with_options` changes: ``OptionChanges`` plus the default ``user_id``."""

    user_id: str | None
