"""The documented quick-start API (``Formation``, ``AsyncFormation``) as thin aliases.

Code written for the SDK's quick start keeps working::

    formation = Formation(url="http://localhost:8001", client_key="...")
    print(formation.chat("Hello!").text)
    for chunk in formation.chat_stream("Tell me a story"):
        print(chunk.text, end="")
    session = formation.create_session()
    history = formation.get_session(session.id)
    for message in history.messages:
        print(message.role, message.content)

They are :class:`~muxi.FormationClient` / :class:`~muxi.AsyncFormationClient` with these
differences: without ``user_id=`` (or ``MUXI_USER_ID``) they act for :data:`DEFAULT_USER_ID`;
``chat_stream`` yields only the answer's text chunks; ``get_session`` returns the conversation
(:class:`SessionHistory`); and ``create_session``, ``list_agents`` and ``trigger`` exist. New
code should use the clients directly.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from .._core.config import CallOptions
from .._core.sse import ServerSentEvent
from .._formation.chat import AsyncChatStream, ChatEvent, ChatState, ChatStream
from .._formation.client import AsyncFormationClient, FormationClient
from .._formation.options import ChatStreamOptions, UserCallOptions

if TYPE_CHECKING:
    from muxi_generated.formation.models import Agent, SessionMessages, TriggerExecution
    from typing_extensions import Unpack

    from .._formation.raw import AsyncFormationWithRawResponse, FormationWithRawResponse

__all__ = ["DEFAULT_USER_ID", "AsyncFormation", "Formation", "SessionHistory", "SessionMessage", "SessionRef"]

DEFAULT_USER_ID: Final[str] = "0"
"""The end user of a quick-start :class:`Formation` / :class:`AsyncFormation` built without ``user_id=``.

``"0"`` is the runtime's own anonymous user: the one chat, triggers and scheduler writes act for
when a request carries no ``X-Muxi-User-ID``, and the one a single-user formation stores
everything under. :class:`~muxi.FormationClient` has no default: a call that needs a user id
raises :class:`~muxi.ConfigurationError` without one.
"""


@dataclass(frozen=True)
class SessionRef:
    """A session id to pass as ``session_id=`` (the formation creates the session on first use)."""

    id: str


@dataclass(frozen=True)
class SessionMessage:
    """One message of a session: ``role`` (``user``/``assistant``), ``content`` and the raw record."""

    role: str
    content: str
    timestamp: float | None = None
    raw: Mapping[str, object] = field(default_factory=dict[str, object])


@dataclass(frozen=True)
class SessionHistory:
    """The messages of a session, oldest first."""

    id: str
    messages: list[SessionMessage]
    has_more: bool = False


def _history(session_id: str, result: SessionMessages) -> SessionHistory:
    messages: list[SessionMessage] = []
    for item in result.messages:
        record = item.to_dict()
        metadata: Any = record.get("metadata") or {}
        messages.append(
            SessionMessage(
                role=str(metadata.get("role") or record.get("role") or "unknown"),
                content=str(record.get("text") or record.get("content") or ""),
                timestamp=record.get("timestamp"),
                raw=record,
            )
        )
    return SessionHistory(id=session_id, messages=messages, has_more=bool(getattr(result, "has_more", False)))


class _TextChunks(ChatState):
    """Chat stream state that yields only the answer's ``text`` events (the quick start prints them).

    :class:`ChatState` already turns an answer that arrives only in the ``completed`` frame into
    one ``text`` event, so a text loop never misses it.
    """

    __slots__ = ()

    def convert(self, sse: ServerSentEvent) -> tuple[ChatEvent, ...]:
        return tuple(event for event in super().convert(sse) if event.type == "text")


def _new_session() -> SessionRef:
    return SessionRef(id=f"sess_{uuid.uuid4().hex}")


class Formation(FormationClient):
    """The quick start's blocking client: :class:`FormationClient` plus the documented aliases.

    Without ``user_id=`` (or the ``MUXI_USER_ID`` environment variable) it acts for the end user
    :data:`DEFAULT_USER_ID` (``"0"``, the runtime's anonymous user), so the quick start's
    ``get_session(session.id).messages`` works without a user id; pass ``user_id=`` to the
    constructor or to a call to act for someone else. ``chat_stream`` yields only the answer's
    text chunks (``.text``); ``get_session`` returns the conversation; ``create_session``,
    ``list_agents`` and ``trigger`` exist.
    """

    _default_user_id = DEFAULT_USER_ID

    def create_session(self) -> SessionRef:
        """A new session id (``sess_...``); the formation creates the session on its first message."""
        return _new_session()

    # The quick start's get_session() is the conversation, not the session record of
    # FormationClient.get_session(): a documented difference of this alias class.
    def get_session(  # type: ignore[override]  # pyright: ignore[reportIncompatibleMethodOverride]
        self, session_id: str, **options: Unpack[UserCallOptions]
    ) -> SessionHistory:
        """The conversation of a session as a :class:`SessionHistory` (``.messages`` with ``role``/``content``)."""
        return _history(session_id, self.get_session_messages(session_id, **options))

    def list_agents(self, **options: Unpack[CallOptions]) -> list[Agent]:
        """The formation's agents (each with ``.id`` and ``.name``)."""
        return list(self.get_agents(**options).agents)

    def trigger(
        self, name: str, data: Mapping[str, Any] | None = None, **options: Unpack[UserCallOptions]
    ) -> TriggerExecution:
        """Fire a trigger with its data (``fire_trigger``)."""
        return self.fire_trigger(name, dict(data or {}), **options)

    def chat_stream(self, message: str | Mapping[str, Any], **options: Unpack[ChatStreamOptions]) -> ChatStream:
        """Stream the answer as text chunks (each a :class:`~muxi.ChatEvent` with ``.text``)."""
        stream: ChatStream = self._chat_stream(
            message, options, _TextChunks(raise_errors=options.get("raise_errors", True))
        )
        return stream

    @property
    def with_raw_response(self) -> FormationWithRawResponse:
        """Every method, returning a :class:`~muxi.RawResponse`; see :attr:`FormationClient.with_raw_response`."""
        from .._formation.raw import FormationWithRawResponse

        return FormationWithRawResponse(self)


class AsyncFormation(AsyncFormationClient):
    """The quick start's asynchronous client: :class:`AsyncFormationClient` plus the documented aliases.

    Like :class:`Formation`, it acts for :data:`DEFAULT_USER_ID` unless given ``user_id=`` (or
    ``MUXI_USER_ID``).
    """

    _default_user_id = DEFAULT_USER_ID

    async def create_session(self) -> SessionRef:
        """A new session id; see :meth:`Formation.create_session`."""
        return _new_session()

    # The quick start's get_session() is the conversation, not the session record of
    # FormationClient.get_session(): a documented difference of this alias class.
    async def get_session(  # type: ignore[override]  # pyright: ignore[reportIncompatibleMethodOverride]
        self, session_id: str, **options: Unpack[UserCallOptions]
    ) -> SessionHistory:
        """The conversation of a session; see :meth:`Formation.get_session`."""
        return _history(session_id, await self.get_session_messages(session_id, **options))

    async def list_agents(self, **options: Unpack[CallOptions]) -> list[Agent]:
        """The formation's agents; see :meth:`Formation.list_agents`."""
        return list((await self.get_agents(**options)).agents)

    async def trigger(
        self, name: str, data: Mapping[str, Any] | None = None, **options: Unpack[UserCallOptions]
    ) -> TriggerExecution:
        """Fire a trigger with its data; see :meth:`Formation.trigger`."""
        return await self.fire_trigger(name, dict(data or {}), **options)

    def chat_stream(self, message: str | Mapping[str, Any], **options: Unpack[ChatStreamOptions]) -> AsyncChatStream:
        """Stream the answer as text chunks; see :meth:`Formation.chat_stream`."""
        state = _TextChunks(raise_errors=options.get("raise_errors", True))
        stream: AsyncChatStream = self._chat_stream(message, options, state)
        return stream

    @property
    def with_raw_response(self) -> AsyncFormationWithRawResponse:
        """Every method, awaitable, giving a :class:`~muxi.RawResponse`; see :attr:`Formation.with_raw_response`."""
        from .._formation.raw import AsyncFormationWithRawResponse

        return AsyncFormationWithRawResponse(self)
