"""The Formation API client without I/O: configuration, chat calls and streams, shared by both clients.

:class:`FormationCore` holds what :class:`~muxi.FormationClient` and
:class:`~muxi.AsyncFormationClient` share: the constructor (URL modes, keys and default user id,
read from the environment when not given), ``with_options``, and the preparation of chat, stream,
secret and artifact calls. Keys, user ids and envelopes are its :class:`FormationPolicy`
(:mod:`muxi._formation.policy`); the blocking and async clients (:mod:`muxi._formation.client`)
add the I/O.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import os
from collections.abc import Generator, Iterable, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

import httpx

from .._core.base_client import BaseClient
from .._core.config import HttpSettings, env, formation_base_url
from .._core.inputs import check_key, check_options, check_user_id
from .._core.results import get_request_id, schema_error
from .._core.retry import RetryPolicy
from .._core.streaming import send_now
from .._core.transport import Call
from ..errors import ConfigurationError, NotFoundError
from .chat import (
    CHAT_ARGUMENTS,
    AsyncChatStream,
    ChatResponse,
    ChatState,
    ChatStream,
    audio_payload,
    chat_payload,
    response_from_data,
)
from .options import (
    COMPLETION_ARGUMENTS,
    LOG_FILTERS,
    PER_CALL,
    ChatOptions,
    CompletionOptions,
    FormationOptionChanges,
    LogStreamOptions,
)
from .policy import FormationPolicy

if TYPE_CHECKING:
    from muxi_generated.formation.models import AudioChatRequest, ChatRequest
    from typing_extensions import Unpack

    from .._helpers.completions import CompletionMessageInput

__all__ = ["FormationCore"]


def _formation_operations() -> Mapping[str, Mapping[str, Any]]:
    from muxi_generated.operations import FORMATION

    return FORMATION


_CoreSelf = TypeVar("_CoreSelf", bound="FormationCore")
# The constructor's own arguments besides its HttpSettings (named by an unknown-argument TypeError).
_CONSTRUCTOR_ARGUMENTS = ("url", "server_url", "formation_id", "base_url", "mode", "client_key", "admin_key", "user_id")


class FormationCore(BaseClient[Any]):
    """Formation-specific configuration, chat and streams (no I/O); keys and user ids: :class:`FormationPolicy`."""

    _method_operations: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "chat_stream": ("chat",),
        "audio_chat_stream": ("audio_chat",),
        "create_completion": ("chat",),
        "list_models": ("get_status", "get_agents"),
        "get_secret": ("get_secrets",),
        "set_secret": ("create_secret", "update_secret"),
        "iter_artifact_content": ("get_artifact_content",),
        "download_artifact": ("get_artifact_content",),
    }

    _operations: ClassVar[Mapping[str, Mapping[str, Any]]] = _formation_operations()
    _chat_stream_type: ClassVar[type[ChatStream] | type[AsyncChatStream]]
    _models: ClassVar[str] = "muxi_generated.formation.models"
    # The user id of a client built without user_id= or MUXI_USER_ID (the quick-start aliases set one).
    _default_user_id: ClassVar[str | None] = None

    def __init__(
        self,
        url: str | None = None,
        *,
        server_url: str | None = None,
        formation_id: str | None = None,
        base_url: str | None = None,
        mode: Literal["live", "draft"] = "live",
        client_key: str | None = None,
        admin_key: str | None = None,
        user_id: str | None = None,
        **settings: Unpack[HttpSettings],
    ) -> None:
        client_key = check_key(client_key or env("MUXI_CLIENT_KEY"), "client_key")
        admin_key = check_key(admin_key or env("MUXI_ADMIN_KEY"), "admin_key")
        if user_id is not None:
            check_user_id(user_id)  # an empty or malformed id is a mistake, not "no user id"
        default_user = user_id or env("MUXI_USER_ID") or self._default_user_id
        if default_user is not None:
            check_user_id(default_user, "user_id" if user_id else "MUXI_USER_ID")
        self._setup(
            formation_base_url(url=url, server_url=server_url, formation_id=formation_id, base_url=base_url, mode=mode),
            FormationPolicy(client_key, admin_key, default_user, type(self).__name__),
            settings,
            also=_CONSTRUCTOR_ARGUMENTS,
        )

    @property
    def _formation(self) -> FormationPolicy:
        """This client's policy, typed (``_policy`` is typed as any :class:`~muxi._core.base_client.ApiPolicy`)."""
        policy = self._policy
        assert isinstance(policy, FormationPolicy)
        return policy

    @property
    def user_id(self) -> str | None:
        """The default ``X-Muxi-User-ID`` of this client's calls."""
        return self._formation.user_id

    def with_options(self: _CoreSelf, **changes: Unpack[FormationOptionChanges]) -> _CoreSelf:
        """A lightweight copy with other defaults that shares this client's connection pool.

        Takes ``timeout``, ``max_retries``, ``headers`` (added to the client's) and
        ``max_response_bytes``, as the constructor does (an omitted or None value keeps the
        current one), and ``user_id``, which makes the copy act for another end user (its
        default ``X-Muxi-User-ID``): ``alice = client.with_options(user_id="alice")``.
        """
        check_options("with_options", changes, FormationOptionChanges)
        user_id = changes.pop("user_id", None)
        clone = self._changed(changes)
        if user_id is not None:
            clone._policy = dataclasses.replace(self._formation, user_id=check_user_id(user_id))
        return clone

    def __repr__(self) -> str:
        policy = self._formation
        keys = [name for name, value in (("client_key", policy.client_key), ("admin_key", policy.admin_key)) if value]
        return f"{type(self).__name__}(base_url={self._base_url!r}, keys={keys}, user_id={policy.user_id!r})"

    # ------------------------------------------------------------------ chat

    def _keys_for(self, method: str) -> None:
        """Fail before any I/O, naming ``method``, when a key its operations need is not configured.

        For the methods that make several calls (``_method_operations``), so that the error names
        the method the caller called, not its first operation.
        """
        for operation_id in self._method_operations[method]:
            self._formation.credentials(method, self._operation(operation_id))

    def _chat_call(
        self, operation: str, source: Any, options: Mapping[str, Any], *, stream: bool
    ) -> tuple[Call, RetryPolicy]:
        """A chat (``source``: the message) or audio chat (``source``: the files) call, its options checked."""
        from muxi_generated.formation import models  # each request model loads on first use (see warm())

        model: type[ChatRequest | AudioChatRequest]
        if operation == "chat":
            model, payload = models.ChatRequest, chat_payload(source, options, stream=stream)
        else:
            model, payload = models.AudioChatRequest, audio_payload(source, options, stream=stream)
        per_call = {name: options[name] for name in PER_CALL if name in options}
        body = self._body_model(operation, model, payload, names=CHAT_ARGUMENTS)  # each field checked
        call, policy = self._prepare(operation, {"body": body, **per_call}, stream=stream)
        turn = {key: payload.get(key) for key in ("agent_id", "session_id", "message")}  # for its trace (otel.py)
        return dataclasses.replace(call, chat=turn), policy

    def _chat_response(self, operation: str, response: httpx.Response) -> ChatResponse:
        data = self._result(operation, response)
        try:
            return response_from_data(data.to_dict(), get_request_id(data))
        except (AttributeError, LookupError, TypeError, ValueError) as exc:  # e.g. "metadata" not an object
            raise schema_error(operation, response, exc) from exc

    def _chat_stream(self, message: str | Mapping[str, Any], options: Mapping[str, Any], state: ChatState) -> Any:
        """A chat stream of this client's kind, its events converted by ``state`` (the quick start's: text only).

        A blocking one is sent now; an async one when awaited, entered or first iterated.
        """
        return self._open_chat_stream("chat", message, options, state)

    def _open_chat_stream(
        self, operation: str, source: Any, options: Mapping[str, Any], state: ChatState | None = None
    ) -> Any:
        if state is None:
            state = ChatState(raise_errors=options.get("raise_errors", True))
        call, policy = self._chat_call(operation, source, options, stream=True)
        return send_now(self._chat_stream_type(functools.partial(self._send, call, policy), state))

    # ------------------------------------------------------------------ completions

    def _create_completion(self, messages: str | Iterable[CompletionMessageInput], arguments: dict[str, Any]) -> Any:
        """``create_completion``: a chat turn (or chat stream) as an OpenAI-style completion of this client's kind."""
        from .._helpers.completions import completion_request

        model, stream, user, session_id = (arguments.pop(name) for name in COMPLETION_ARGUMENTS)
        check_options("create_completion", arguments, CompletionOptions, also=COMPLETION_ARGUMENTS)
        message, chat_arguments = completion_request(
            messages, model=model, user=user, session_id=session_id, **arguments
        )
        if stream:
            return self._completion_stream(message, chat_arguments, model)
        return self._completion(message, chat_arguments, model)

    def _completion(self, message: str, arguments: ChatOptions, model: str | None) -> Any:
        raise NotImplementedError  # the client's completion: a Completion, or an awaitable one

    def _completion_stream(self, message: str, arguments: ChatOptions, model: str | None) -> Any:
        raise NotImplementedError  # the client's completion stream

    # ------------------------------------------------------------------ artifacts

    def _artifact_call(self, artifact_id: str, options: Mapping[str, Any]) -> tuple[Call, RetryPolicy, int | None]:
        """The call of an artifact's content, and the size of the chunks to read (None: as they arrive)."""
        arguments = {k: v for k, v in options.items() if k != "chunk_size"}
        call, policy = self._prepare("get_artifact_content", {"artifact_id": artifact_id, **arguments}, stream=True)
        return call, policy, options.get("chunk_size")

    @staticmethod
    @contextlib.contextmanager
    def _part_file(destination: str | os.PathLike[str]) -> Generator[tuple[Path, IO[bytes]], None, None]:
        """The path to write and ``<destination>.part``, open: renamed to the path when the block completes.

        A failed block leaves neither the part file nor a truncated file under the final name.
        """
        path = Path(destination)
        if path.is_dir():
            raise ConfigurationError(f"destination {str(path)!r} is a directory; pass the file path to write")
        part = path.with_name(path.name + ".part")
        try:
            with part.open("wb") as handle:
                yield path, handle
            part.replace(path)
        finally:
            part.unlink(missing_ok=True)

    # ------------------------------------------------------------------ secrets

    @staticmethod
    def _pick_secret(key: str, result: Any) -> str:
        secrets = result.secrets.to_dict() if hasattr(result.secrets, "to_dict") else dict(result.secrets)
        if key not in secrets:
            raise NotFoundError(f"secret {key!r} not found", code="SECRET_NOT_FOUND", status_code=404)
        return str(secrets[key])

    # ------------------------------------------------------------------ event and log streams

    def _events(self, operation: str, arguments: dict[str, Any], options: Mapping[str, Any]) -> Any:
        raise_errors = bool(options.get("raise_errors", True))
        arguments.update({k: v for k, v in options.items() if k != "raise_errors"})
        # The runtime ends /events frames with literal backslash-n characters: see LiteralNewlineFrames.
        repair = operation in ("stream_events", "stream_session_events")
        return self._event_stream(operation, arguments, raise_errors=raise_errors, repair=repair)

    @staticmethod
    def _check_log_filters(options: Mapping[str, Any]) -> None:
        """Refuse, before any I/O, a ``stream_logs`` call with an unknown option or without a filter."""
        check_options("stream_logs", options, LogStreamOptions)
        if all(options.get(name) is None for name in LOG_FILTERS):
            raise ConfigurationError(f"stream_logs needs at least one filter: {', '.join(LOG_FILTERS)}")
