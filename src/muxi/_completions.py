"""An OpenAI-style ``create_completion`` for apps written against chat completions.

How a message list maps onto a formation turn: a formation keeps the conversation itself, per
session. So only the **last user message** is sent, as the turn's ``message``; system and
assistant messages, and earlier user messages, are not replayed — pass ``session_id`` (the
``system_fingerprint`` of a previous completion) to continue a conversation. ``model`` names the
agent to address (``agent_id``; ``None`` lets the formation route), ``user`` becomes
``X-Muxi-User-ID``. Messages may be dicts (``{"role", "content"}``), objects with ``role`` and
``content`` attributes, or plain strings (user messages).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ._chat import AsyncChatStream, ChatResponse, ChatStream
from .errors import ConfigurationError

__all__ = ["Completion", "CompletionChoice", "CompletionMessage", "CompletionStream", "last_user_message"]


@dataclass(frozen=True)
class CompletionMessage:
    """``choices[0].message``: the assistant's answer."""

    content: str
    role: str = "assistant"


@dataclass(frozen=True)
class CompletionChoice:
    """One choice (a formation always answers with one)."""

    message: CompletionMessage
    index: int = 0
    finish_reason: str = "stop"


@dataclass(frozen=True)
class Completion:
    """A chat completion: ``choices[0].message.content``, ``usage`` (None: the runtime does not
    report tokens), ``system_fingerprint`` = the session id, ``id`` = the request id."""

    id: str | None
    choices: list[CompletionChoice]
    model: str | None
    system_fingerprint: str | None
    created: int = field(default_factory=lambda: int(time.time()))
    usage: dict[str, int] | None = None
    object: str = "chat.completion"

    @classmethod
    def from_response(cls, response: ChatResponse, model: str | None) -> Completion:
        """The completion of a chat turn's :class:`~muxi.ChatResponse` (``model`` is echoed back)."""
        return cls(
            id=response.request_id,
            choices=[CompletionChoice(CompletionMessage(response.text))],
            model=model,
            system_fingerprint=response.session_id,
        )


def last_user_message(messages: str | Iterable[Any]) -> str:
    """The text of the last user message of an OpenAI-style message list."""
    if isinstance(messages, str):
        return messages
    text: str | None = None
    role: Any
    content: Any
    for message in messages:
        if isinstance(message, str):
            role, content = "user", message
        elif isinstance(message, dict):
            role, content = message.get("role", "user"), message.get("content")
        else:
            role, content = getattr(message, "role", "user"), getattr(message, "content", None)
        if role == "user":
            if isinstance(content, list):  # OpenAI content parts
                content = "".join(part.get("text", "") for part in content if isinstance(part, dict))
            if not isinstance(content, str):
                raise ConfigurationError("a user message's content must be text")
            text = content
    if text is None:
        raise ConfigurationError("create_completion needs at least one user message")
    return text


class CompletionStream:
    """Text deltas of a streamed completion; ``completion`` holds the final :class:`Completion`
    (with ``system_fingerprint``) once the stream is exhausted. Iterate it with ``for`` (blocking
    clients) or ``async for`` (async clients)."""

    def __init__(self, stream: ChatStream | AsyncChatStream, model: str | None) -> None:
        self._stream = stream
        self._model = model
        self.completion: Completion | None = None

    def _finish(self) -> None:
        self.completion = Completion.from_response(self._stream._state.response(), self._model)

    def __iter__(self) -> Iterator[str]:
        assert isinstance(self._stream, ChatStream), "use `async for` with an async client"
        with self._stream:
            for event in self._stream:
                if event.type == "text":
                    yield event.text
        self._finish()

    async def __aiter__(self) -> AsyncIterator[str]:
        assert isinstance(self._stream, AsyncChatStream), "use `for` with a blocking client"
        async with self._stream:
            async for event in self._stream:
                if event.type == "text":
                    yield event.text
        self._finish()

    def close(self) -> None:
        """Close the connection (blocking clients; use ``aclose`` on async ones)."""
        if isinstance(self._stream, ChatStream):
            self._stream.close()

    async def aclose(self) -> None:
        """Close the connection (async clients)."""
        if isinstance(self._stream, AsyncChatStream):
            await self._stream.aclose()


class CompletionsMixin:
    """``create_completion`` for both formation clients (written once: ``_then`` awaits on async)."""

    def create_completion(
        self: Any,
        messages: str | Iterable[Any],
        *,
        model: str | None = None,
        stream: bool = False,
        user: str | None = None,
        session_id: str | None = None,
        **options: Any,
    ) -> Any:
        """An OpenAI-style chat completion from a formation turn (see the module docs for the mapping).

        Returns a :class:`Completion` (awaitable on the async client), or with ``stream=True`` a
        :class:`CompletionStream` of text deltas.
        """
        message = last_user_message(messages)
        arguments = {"user_id": user, "session_id": session_id, "agent": model, **options}
        arguments = {k: v for k, v in arguments.items() if v is not None}
        if stream:
            return CompletionStream(self.chat_stream(message, **arguments), model)
        return self._then(self.chat(message, **arguments), lambda response: Completion.from_response(response, model))
