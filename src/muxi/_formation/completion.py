"""``create_completion``'s one signature, shared by both clients and their ``with_raw_response`` twins.

:class:`CreateCompletion` declares the OpenAI-style method once, with its two overloads
(``stream=False`` gives a completion, ``stream=True`` a stream of deltas). Each class that has the
method names its two result types as type arguments and implements ``_create_completion``:
:class:`~muxi.FormationClient` gives ``Completion`` / ``CompletionStream``,
:class:`~muxi.AsyncFormationClient` ``Awaitable[Completion]`` / ``AsyncCompletionStream``, and the
raw objects the :class:`~muxi.RawResponse` of those.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, overload

from .options import CompletionOptions

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._helpers.completions import CompletionMessageInput

__all__ = ["CreateCompletion"]

_Completion = TypeVar("_Completion")
_Stream = TypeVar("_Stream")


class CreateCompletion(Generic[_Completion, _Stream]):
    """The ``create_completion`` method, returning ``_Completion``, or ``_Stream`` with ``stream=True``."""

    __slots__ = ()

    @overload
    def create_completion(
        self,
        messages: str | Iterable[CompletionMessageInput],
        *,
        model: str | None = None,
        stream: Literal[False] = False,
        user: str | None = None,
        session_id: str | None = None,
        **options: Unpack[CompletionOptions],
    ) -> _Completion: ...

    @overload
    def create_completion(
        self,
        messages: str | Iterable[CompletionMessageInput],
        *,
        model: str | None = None,
        stream: Literal[True],
        user: str | None = None,
        session_id: str | None = None,
        **options: Unpack[CompletionOptions],
    ) -> _Stream: ...

    def create_completion(
        self,
        messages: str | Iterable[CompletionMessageInput],
        *,
        model: str | None = None,
        stream: bool = False,
        user: str | None = None,
        session_id: str | None = None,
        **options: Unpack[CompletionOptions],
    ) -> _Completion | _Stream:
        """An OpenAI-style chat completion from a formation turn (see :mod:`muxi._helpers.completions` for the mapping).

        Returns a :class:`~muxi.Completion`, or with ``stream=True`` a :class:`~muxi.CompletionStream`
        of text deltas (``stream.completion`` once it is exhausted). On
        :class:`~muxi.AsyncFormationClient`, ``await client.create_completion(...)`` gives the
        :class:`~muxi.Completion`; with ``stream=True`` the :class:`~muxi.AsyncCompletionStream` is
        returned directly (``async for`` it, or ``await`` it first).
        """
        arguments = {"model": model, "stream": stream, "user": user, "session_id": session_id, **options}
        result: _Completion | _Stream = self._create_completion(messages, arguments)
        return result

    def _create_completion(self, messages: str | Iterable[CompletionMessageInput], arguments: dict[str, Any]) -> Any:
        raise NotImplementedError  # provided by the class: the completion (or stream) of its kind
