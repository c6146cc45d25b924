"""muxi-client: the typed Python SDK for MUXI formations and the MUXI Server.

Clients:

- :class:`FormationClient` / :class:`AsyncFormationClient` — the Formation API of one formation
  (``X-Muxi-Client-Key`` / ``X-Muxi-Admin-Key`` auth).
- :class:`ServerClient` / :class:`AsyncServerClient` — the MUXI Server's ``/rpc`` API
  (HMAC-SHA256 signatures).

Every error is a :class:`MuxiError` (see :mod:`muxi.errors`). The low-level clients generated
from the OpenAPI specs live in ``muxi_generated.formation`` and ``muxi_generated.server``; every
generated operation is reachable with the facade's auth, retries and errors through
``client.call(operation_id, **arguments)``.
"""

from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:  # what type checkers and IDEs see; at run time names load on first use
    from . import testing, webhook
    from ._core.auth import HmacAuth, hmac_signature
    from ._core.response import RawResponse
    from ._core.results import UNSET, Unset, get_request_id, or_none
    from ._core.retry import RetryPolicy
    from ._core.streaming import AsyncStream, Stream, StreamEvent
    from ._formation.chat import AsyncChatStream, ChatEvent, ChatResponse, ChatStream
    from ._formation.client import AsyncFormationClient, FormationClient
    from ._formation.events import FormationEvent, FormationLogEvent, RequestEvent
    from ._helpers.bundle import BundleEntry, bundle_manifest
    from ._helpers.completions import (
        AsyncCompletionStream,
        Completion,
        CompletionMessageInput,
        CompletionModel,
        CompletionModelList,
        CompletionStream,
    )
    from ._helpers.quickstart import (
        DEFAULT_USER_ID,
        AsyncFormation,
        Formation,
        SessionHistory,
        SessionMessage,
        SessionRef,
    )
    from ._server.client import AsyncServerClient, ServerClient
    from ._server.events import DeployEvent, LogTailEvent
    from .errors import (
        APIStatusError,
        AuthenticationError,
        AuthorizationError,
        ConfigurationError,
        ConflictError,
        ConnectionError,
        FormationError,
        MuxiError,
        NotFoundError,
        RateLimitError,
        ResponseValidationError,
        ServerError,
        StreamError,
        TimeoutError,
        ValidationError,
    )


_EXPORTS: dict[str, str | None] = {
    "APIStatusError": ".errors",
    "AsyncChatStream": "._formation.chat",
    "AsyncCompletionStream": "._helpers.completions",
    "AsyncFormation": "._helpers.quickstart",
    "AsyncFormationClient": "._formation.client",
    "AsyncServerClient": "._server.client",
    "AsyncStream": "._core.streaming",
    "AuthenticationError": ".errors",
    "AuthorizationError": ".errors",
    "BundleEntry": "._helpers.bundle",
    "ChatEvent": "._formation.chat",
    "ChatResponse": "._formation.chat",
    "ChatStream": "._formation.chat",
    "Completion": "._helpers.completions",
    "CompletionMessageInput": "._helpers.completions",
    "CompletionModel": "._helpers.completions",
    "CompletionModelList": "._helpers.completions",
    "CompletionStream": "._helpers.completions",
    "ConfigurationError": ".errors",
    "ConflictError": ".errors",
    "ConnectionError": ".errors",
    "DEFAULT_USER_ID": "._helpers.quickstart",
    "DeployEvent": "._server.events",
    "Formation": "._helpers.quickstart",
    "FormationClient": "._formation.client",
    "FormationError": ".errors",
    "FormationEvent": "._formation.events",
    "FormationLogEvent": "._formation.events",
    "HmacAuth": "._core.auth",
    "MuxiError": ".errors",
    "LogTailEvent": "._server.events",
    "NotFoundError": ".errors",
    "RateLimitError": ".errors",
    "RequestEvent": "._formation.events",
    "ResponseValidationError": ".errors",
    "RetryPolicy": "._core.retry",
    "ServerClient": "._server.client",
    "ServerError": ".errors",
    "SessionHistory": "._helpers.quickstart",
    "SessionMessage": "._helpers.quickstart",
    "SessionRef": "._helpers.quickstart",
    "Stream": "._core.streaming",
    "StreamError": ".errors",
    "StreamEvent": "._core.streaming",
    "TimeoutError": ".errors",
    "UNSET": "._core.results",
    "RawResponse": "._core.response",
    "Unset": "._core.results",
    "ValidationError": ".errors",
    "get_request_id": "._core.results",
    "or_none": "._core.results",
    "bundle_manifest": "._helpers.bundle",
    "hmac_signature": "._core.auth",
    "webhook": None,  # the submodule muxi.webhook
    "testing": None,  # the submodule muxi.testing
}

__all__ = [
    "DEFAULT_USER_ID",
    "UNSET",
    "APIStatusError",
    "AsyncChatStream",
    "AsyncCompletionStream",
    "AsyncFormation",
    "AsyncFormationClient",
    "AsyncServerClient",
    "AsyncStream",
    "AuthenticationError",
    "AuthorizationError",
    "BundleEntry",
    "ChatEvent",
    "ChatResponse",
    "ChatStream",
    "Completion",
    "CompletionMessageInput",
    "CompletionModel",
    "CompletionModelList",
    "CompletionStream",
    "ConfigurationError",
    "ConflictError",
    "ConnectionError",
    "DeployEvent",
    "Formation",
    "FormationClient",
    "FormationError",
    "FormationEvent",
    "FormationLogEvent",
    "HmacAuth",
    "LogTailEvent",
    "MuxiError",
    "NotFoundError",
    "RateLimitError",
    "RawResponse",
    "RequestEvent",
    "ResponseValidationError",
    "RetryPolicy",
    "ServerClient",
    "ServerError",
    "SessionHistory",
    "SessionMessage",
    "SessionRef",
    "Stream",
    "StreamError",
    "StreamEvent",
    "TimeoutError",
    "Unset",
    "ValidationError",
    "__version__",
    "bundle_manifest",
    "get_request_id",
    "hmac_signature",
    "or_none",
    "testing",
    "webhook",
]


if not TYPE_CHECKING:  # type checkers see the imports above, so a misspelt name is an error

    def __getattr__(name: str) -> Any:
        """Import a public name on first use, so ``import muxi`` stays cheap.

        The generated client packages load when a client class is first touched.
        """
        import importlib

        if name not in _EXPORTS:
            raise AttributeError(f"module 'muxi' has no attribute {name!r}")
        source = _EXPORTS[name]
        value = importlib.import_module(f".{name}" if source is None else source, __name__)
        if source is not None:
            value = getattr(value, name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(__all__)
