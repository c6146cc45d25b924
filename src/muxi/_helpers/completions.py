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
from collections.abc import AsyncIterator, Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from .._core.json import is_array, is_object
from .._formation.chat import AsyncChatStream, ChatResponse, ChatStream
from ..errors import ConfigurationError

if TYPE_CHECKING:
    from muxi_generated.formation.models import Agent, FormationStatus

    from .._formation.options import ChatOptions

__all__ = [
    "AsyncCompletionStream",
    "Completion",
    "CompletionChoice",
    "CompletionMessage",
    "CompletionMessageInput",
    "CompletionModel",
    "CompletionModelList",
    "CompletionStream",
    "completion_request",
    "last_user_message",
    "model_list",
]


class _MessageObject(Protocol):
    """A message object with ``role`` and ``content`` attributes (an OpenAI SDK message...)."""

    @property
    def role(self) -> str: ...

    @property
    def content(self) -> object: ...


CompletionMessageInput = str | Mapping[str, Any] | _MessageObject
"""One message of an OpenAI-style list: a dict ``{"role", "content"}``, an object with ``role``
and ``content`` attributes, or a plain string (a user message)."""


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
    """A chat completion: ``choices[0].message.content`` holds the answer.

    ``usage`` is None (the runtime does not report tokens), ``system_fingerprint`` is the session
    id and ``id`` the request id.
    """

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


@dataclass(frozen=True)
class CompletionModel:
    """One entry of ``list_models()``: an agent of the formation, to pass as ``create_completion(model=...)``.

    ``owned_by`` is the formation's id and ``created`` the Unix time the formation started running
    (the runtime records no creation time per agent).
    """

    id: str
    created: int
    owned_by: str
    object: str = "model"


@dataclass(frozen=True)
class CompletionModelList:
    """``list_models()``: ``object == "list"`` and ``data``, the formation's agents as models.

    Iterating it (and ``len()``) goes over ``data``.
    """

    data: list[CompletionModel]
    object: str = "list"

    def __iter__(self) -> Iterator[CompletionModel]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)


def model_list(agents: Iterable[Agent], status: FormationStatus) -> CompletionModelList:
    """The models of a formation: its agents, owned by its id, created when it started."""
    formation, since = status.formation.id, status.stats.running.since
    return CompletionModelList([CompletionModel(id=agent.id, created=since, owned_by=formation) for agent in agents])


def last_user_message(messages: str | Iterable[CompletionMessageInput]) -> str:
    """The text of the last user message of an OpenAI-style message list."""
    if isinstance(messages, str):
        return messages
    if not isinstance(messages, Iterable):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise ConfigurationError(f"messages must be a list of messages or a string, got {type(messages).__name__}")
    text: str | None = None
    role: Any
    content: Any
    for message in messages:
        if isinstance(message, str):
            role, content = "user", message
        elif isinstance(message, Mapping):
            role, content = message.get("role", "user"), message.get("content")
        else:
            role, content = getattr(message, "role", "user"), getattr(message, "content", None)
        if role == "user":
            if is_array(content):  # OpenAI content parts
                content = "".join(part.get("text", "") for part in content if is_object(part))
            if not isinstance(content, str):
                raise ConfigurationError("a user message's content must be text")
            text = content
    if text is None:
        raise ConfigurationError("create_completion needs at least one user message")
    return text


def completion_request(
    messages: str | Iterable[CompletionMessageInput],
    *,
    model: str | None,
    user: str | None,
    session_id: str | None,
    **options: Any,
) -> tuple[str, ChatOptions]:
    """The chat turn of a completion: the last user message and the ``chat()`` options."""
    message = last_user_message(messages)
    arguments: dict[str, Any] = {"user_id": user, "session_id": session_id, "agent": model, **options}
    chat_options: ChatOptions = {k: v for k, v in arguments.items() if v is not None}  # type: ignore[assignment]
    return message, chat_options


class CompletionStream:
    """Text deltas of a streamed completion (blocking clients).

    ``completion`` holds the final :class:`Completion` (with ``system_fingerprint``) once the
    stream is exhausted.

    The deltas are the chat stream's ``text`` events, so every answer reaches them: when the
    formation sends no deltas, only a ``completed`` frame (as it does after an LLM failure), its
    text is one delta. The request was sent when the stream was made.
    """

    __slots__ = ("_model", "_stream", "completion")

    def __init__(self, stream: ChatStream, model: str | None) -> None:
        self._stream = stream
        self._model = model
        self.completion: Completion | None = None

    def __iter__(self) -> Iterator[str]:
        with self._stream:
            for event in self._stream:
                if event.type == "text":
                    yield event.text
        state = self._stream._state  # pyright: ignore[reportPrivateUsage]
        self.completion = Completion.from_response(state.response(), self._model)

    def close(self) -> None:
        """Close the connection now."""
        self._stream.close()

    def __enter__(self: _CS) -> _CS:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncCompletionStream:
    """Text deltas of a streamed completion (async clients).

    Iterate with ``async for delta in stream`` (``await`` it first if you like); ``completion``
    holds the final :class:`Completion` once the stream is exhausted.
    """

    __slots__ = ("_model", "_stream", "completion")

    def __init__(self, stream: AsyncChatStream, model: str | None) -> None:
        self._stream = stream
        self._model = model
        self.completion: Completion | None = None

    async def __aiter__(self) -> AsyncIterator[str]:
        async with self._stream:
            async for event in self._stream:
                if event.type == "text":
                    yield event.text
        state = self._stream._state  # pyright: ignore[reportPrivateUsage]
        self.completion = Completion.from_response(state.response(), self._model)

    def __await__(self) -> Generator[Any, None, AsyncCompletionStream]:
        return self._opened().__await__()

    async def _opened(self) -> AsyncCompletionStream:
        await self._stream
        return self

    async def aclose(self) -> None:
        """Close the connection now."""
        await self._stream.aclose()

    async def __aenter__(self: _ACS) -> _ACS:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


_CS = TypeVar("_CS", bound=CompletionStream)
_ACS = TypeVar("_ACS", bound=AsyncCompletionStream)
