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
differences: ``chat_stream`` yields only the answer's text chunks; ``get_session`` returns
the conversation (:class:`SessionHistory`); and ``create_session``, ``list_agents`` and
``trigger`` exist. New code should use the clients directly.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ._chat import ChatEvent, ChatState
from ._formation import AsyncFormationClient, FormationClient
from ._sse import ServerSentEvent

__all__ = ["AsyncFormation", "Formation", "SessionHistory", "SessionMessage", "SessionRef"]


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
    raw: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SessionHistory:
    """The messages of a session, oldest first."""

    id: str
    messages: list[SessionMessage]
    has_more: bool = False


def _history(session_id: str, result: Any) -> SessionHistory:
    messages = []
    for item in result.messages:
        record = item.to_dict()
        metadata = record.get("metadata") or {}
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
    """Chat stream state that yields only the answer's text deltas (the quick start prints them)."""

    def convert(self, sse: ServerSentEvent) -> tuple[ChatEvent, ...]:
        return tuple(event for event in super().convert(sse) if event.type == "text")


class _QuickStart:
    """The quick-start methods, written once for both clients.

    ``self`` is a :class:`Formation` or an :class:`AsyncFormation`: ``_then`` applies a function to
    a call's result, awaiting it first on the async client, so each method serves both.
    """

    def create_session(self: Any) -> Any:
        """A new session id (``sess_...``); the formation creates the session on its first message."""
        return self._ready(SessionRef(id=f"sess_{uuid.uuid4().hex}"))

    def get_session(self: Any, session_id: str, **options: Any) -> Any:
        """The conversation of a session as a :class:`SessionHistory` (``.messages`` with ``role``/``content``)."""
        return self._then(self.get_session_messages(session_id, **options), lambda m: _history(session_id, m))

    def list_agents(self: Any, **options: Any) -> Any:
        """The formation's agents (each with ``.id`` and ``.name``)."""
        return self._then(self.get_agents(**options), lambda result: list(result.agents))

    def trigger(self: Any, name: str, data: Mapping[str, Any] | None = None, **options: Any) -> Any:
        """Fire a trigger with its data (``fire_trigger``)."""
        return self.fire_trigger(name, dict(data or {}), **options)

    def chat_stream(self: Any, message: Any, **options: Any) -> Any:
        """Stream the answer as text chunks (each with ``.text``)."""
        call, policy = self._chat_call("chat", self._chat_payload(message, options, True), options, stream=True)
        state = _TextChunks(raise_errors=options.get("raise_errors", True))
        return self._chat_stream_type(functools.partial(self._send, call, policy), state)


class Formation(_QuickStart, FormationClient):
    """The quick start's blocking client: :class:`FormationClient` plus the documented aliases."""

    def _ready(self, value: Any) -> Any:
        return value


class AsyncFormation(_QuickStart, AsyncFormationClient):
    """The quick start's asynchronous client: :class:`AsyncFormationClient` plus the documented aliases."""

    def _ready(self, value: Any) -> Any:
        async def ready() -> Any:
            return value

        return ready()
