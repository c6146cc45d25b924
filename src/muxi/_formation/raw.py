"""``FormationClient.with_raw_response`` and ``AsyncFormationClient.with_raw_response``.

The generated operations come from ``muxi_generated.raw_methods``; the hand-written methods of the
facade (chat, streams, completions, models, secrets, artifacts) are added here, each typed from the
method it wraps. See :mod:`muxi._core.response` for what a raw call returns.
"""

from __future__ import annotations

from collections.abc import Awaitable, Iterable
from typing import TYPE_CHECKING, Any

from muxi_generated.raw_methods import (
    AsyncFormationMethodsWithRawResponse,
    FormationMethodsWithRawResponse,
    async_raw,
    raw,
)

from .._core.raw import AsyncRaw, SyncRaw, async_raw_iterator
from .._core.response import RawResponse
from .._helpers.completions import AsyncCompletionStream, Completion, CompletionMessageInput, CompletionStream
from .._helpers.quickstart import AsyncFormation, Formation, SessionHistory
from .client import AsyncFormationClient, FormationClient
from .completion import CreateCompletion
from .options import UserCallOptions

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = [
    "AsyncFormationClientWithRawResponse",
    "AsyncFormationWithRawResponse",
    "FormationClientWithRawResponse",
    "FormationWithRawResponse",
]


class FormationClientWithRawResponse(
    SyncRaw,
    FormationMethodsWithRawResponse,
    CreateCompletion[RawResponse[Completion], RawResponse[CompletionStream]],
):
    """``client.with_raw_response``: every method of :class:`~muxi.FormationClient`, raw.

    Each returns a :class:`~muxi.RawResponse` of its usual result (``status_code``, ``headers``,
    ``parse()``).
    """

    __slots__ = ()

    chat = raw(FormationClient.chat)
    chat_stream = raw(FormationClient.chat_stream)
    audio_chat = raw(FormationClient.audio_chat)
    audio_chat_stream = raw(FormationClient.audio_chat_stream)
    list_models = raw(FormationClient.list_models)
    stream_events = raw(FormationClient.stream_events)
    stream_session_events = raw(FormationClient.stream_session_events)
    stream_request = raw(FormationClient.stream_request)
    stream_logs = raw(FormationClient.stream_logs)
    get_secret = raw(FormationClient.get_secret)
    set_secret = raw(FormationClient.set_secret)
    iter_artifact_content = raw(FormationClient.iter_artifact_content)
    download_artifact = raw(FormationClient.download_artifact)

    def _create_completion(self, messages: str | Iterable[CompletionMessageInput], arguments: dict[str, Any]) -> Any:
        return self._call_raw("create_completion", (messages,), arguments)


class AsyncFormationClientWithRawResponse(
    AsyncRaw,
    AsyncFormationMethodsWithRawResponse,
    CreateCompletion[Awaitable[RawResponse[Completion]], Awaitable[RawResponse[AsyncCompletionStream]]],
):
    """``client.with_raw_response`` of :class:`~muxi.AsyncFormationClient`.

    Every method, awaitable, giving a :class:`~muxi.RawResponse` (a stream is opened by the call).
    """

    __slots__ = ()

    chat = async_raw(AsyncFormationClient.chat)
    chat_stream = async_raw(AsyncFormationClient.chat_stream)
    audio_chat = async_raw(AsyncFormationClient.audio_chat)
    audio_chat_stream = async_raw(AsyncFormationClient.audio_chat_stream)
    list_models = async_raw(AsyncFormationClient.list_models)
    stream_events = async_raw(AsyncFormationClient.stream_events)
    stream_session_events = async_raw(AsyncFormationClient.stream_session_events)
    stream_request = async_raw(AsyncFormationClient.stream_request)
    stream_logs = async_raw(AsyncFormationClient.stream_logs)
    get_secret = async_raw(AsyncFormationClient.get_secret)
    set_secret = async_raw(AsyncFormationClient.set_secret)
    iter_artifact_content = async_raw_iterator(AsyncFormationClient.iter_artifact_content)
    download_artifact = async_raw(AsyncFormationClient.download_artifact)

    def _create_completion(self, messages: str | Iterable[CompletionMessageInput], arguments: dict[str, Any]) -> Any:
        return self._acall_raw("create_completion", (messages,), arguments)  # a stream is opened when awaited


class FormationWithRawResponse(FormationClientWithRawResponse):
    """``with_raw_response`` of the quick start's :class:`~muxi.Formation` (its aliases included)."""

    __slots__ = ()

    def get_session(  # type: ignore[override]  # pyright: ignore[reportIncompatibleVariableOverride]
        self, session_id: str, **options: Unpack[UserCallOptions]
    ) -> RawResponse[SessionHistory]:
        """:meth:`Formation.get_session` (the conversation) with its raw response."""
        result: RawResponse[SessionHistory] = self._call_raw("get_session", (session_id,), dict(options))
        return result

    list_agents = raw(Formation.list_agents)
    trigger = raw(Formation.trigger)


class AsyncFormationWithRawResponse(AsyncFormationClientWithRawResponse):
    """``with_raw_response`` of the quick start's :class:`~muxi.AsyncFormation` (its aliases included)."""

    __slots__ = ()

    async def get_session(  # type: ignore[override]  # pyright: ignore[reportIncompatibleVariableOverride]
        self, session_id: str, **options: Unpack[UserCallOptions]
    ) -> RawResponse[SessionHistory]:
        """:meth:`AsyncFormation.get_session` (the conversation) with its raw response."""
        result: RawResponse[SessionHistory] = await self._acall_raw("get_session", (session_id,), dict(options))
        return result

    list_agents = async_raw(AsyncFormation.list_agents)
    trigger = async_raw(AsyncFormation.trigger)
