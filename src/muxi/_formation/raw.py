"""``FormationClient.with_raw_response`` and ``AsyncFormationClient.with_raw_response``.

The generated operations come from ``muxi_generated.raw_methods``; the hand-written methods of the
facade (chat, streams, completions, models, secrets, artifacts) are added here, each typed from the
method it wraps. See :mod:`muxi._core.response` for what a raw call returns.
"""

from __future__ import annotations

from collections.abc import Awaitable, Iterable
from typing import Any

from muxi_generated.raw_methods import (
    AsyncFormationMethodsWithRawResponse,
    FormationMethodsWithRawResponse,
)

from .._core.raw import AsyncRaw, RawCalls, SyncRaw, iterator_twin, twin
from .._core.response import RawResponse
from .._helpers.completions import AsyncCompletionStream, Completion, CompletionMessageInput, CompletionStream
from .._helpers.quickstart import AsyncFormation, Formation
from .client import AsyncFormationClient, FormationClient
from .completion import CreateCompletion

__all__ = [
    "AsyncFormationClientWithRawResponse",
    "AsyncFormationWithRawResponse",
    "FormationClientWithRawResponse",
    "FormationWithRawResponse",
]


class _FacadeTwins(RawCalls):
    """The raw twins of the facade's own methods, declared once for both clients."""

    __slots__ = ()

    chat = twin(FormationClient.chat, AsyncFormationClient.chat)
    chat_stream = twin(FormationClient.chat_stream, AsyncFormationClient.chat_stream)
    audio_chat = twin(FormationClient.audio_chat, AsyncFormationClient.audio_chat)
    audio_chat_stream = twin(FormationClient.audio_chat_stream, AsyncFormationClient.audio_chat_stream)
    list_models = twin(FormationClient.list_models, AsyncFormationClient.list_models)
    stream_events = twin(FormationClient.stream_events, AsyncFormationClient.stream_events)
    stream_session_events = twin(FormationClient.stream_session_events, AsyncFormationClient.stream_session_events)
    stream_request = twin(FormationClient.stream_request, AsyncFormationClient.stream_request)
    stream_logs = twin(FormationClient.stream_logs, AsyncFormationClient.stream_logs)
    get_secret = twin(FormationClient.get_secret, AsyncFormationClient.get_secret)
    set_secret = twin(FormationClient.set_secret, AsyncFormationClient.set_secret)
    iter_artifact_content = iterator_twin(
        FormationClient.iter_artifact_content, AsyncFormationClient.iter_artifact_content
    )
    download_artifact = twin(FormationClient.download_artifact, AsyncFormationClient.download_artifact)

    def _create_completion(self, messages: str | Iterable[CompletionMessageInput], arguments: dict[str, Any]) -> Any:
        return self._raw("create_completion", (messages,), arguments)  # async: a stream is opened when awaited


class FormationClientWithRawResponse(
    SyncRaw,
    _FacadeTwins,
    FormationMethodsWithRawResponse,
    CreateCompletion[RawResponse[Completion], RawResponse[CompletionStream]],
):
    """``client.with_raw_response``: every method of :class:`~muxi.FormationClient`, raw.

    Each returns a :class:`~muxi.RawResponse` of its usual result (``status_code``, ``headers``,
    ``parse()``).
    """

    __slots__ = ()


class AsyncFormationClientWithRawResponse(
    AsyncRaw,
    _FacadeTwins,
    AsyncFormationMethodsWithRawResponse,
    CreateCompletion[Awaitable[RawResponse[Completion]], Awaitable[RawResponse[AsyncCompletionStream]]],
):
    """``client.with_raw_response`` of :class:`~muxi.AsyncFormationClient`.

    Every method, awaitable, giving a :class:`~muxi.RawResponse` (a stream is opened by the call).
    """

    __slots__ = ()


class _QuickStartTwins:
    """The raw twins of what the quick start's clients add or change (``get_session`` is the conversation)."""

    __slots__ = ()

    get_session = twin(Formation.get_session, AsyncFormation.get_session)
    list_agents = twin(Formation.list_agents, AsyncFormation.list_agents)
    trigger = twin(Formation.trigger, AsyncFormation.trigger)


# get_session differs from the client's as Formation.get_session differs (it returns the conversation).
class FormationWithRawResponse(_QuickStartTwins, FormationClientWithRawResponse):  # type: ignore[misc]
    """``with_raw_response`` of the quick start's :class:`~muxi.Formation` (its aliases included)."""

    __slots__ = ()


class AsyncFormationWithRawResponse(_QuickStartTwins, AsyncFormationClientWithRawResponse):  # type: ignore[misc]
    """``with_raw_response`` of the quick start's :class:`~muxi.AsyncFormation` (its aliases included)."""

    __slots__ = ()
