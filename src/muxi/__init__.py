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
    from ._auth import HmacAuth, hmac_signature
    from ._bundle import BundleEntry, bundle_manifest
    from ._chat import AsyncChatStream, ChatEvent, ChatResponse, ChatStream
    from ._compat import DEFAULT_USER_ID, AsyncFormation, Formation, SessionHistory, SessionMessage, SessionRef
    from ._completions import AsyncCompletionStream, Completion, CompletionMessageInput, CompletionStream
    from ._events import DeployEvent, FormationEvent, FormationLogEvent, LogTailEvent, RequestEvent
    from ._formation import AsyncFormationClient, FormationClient
    from ._results import UNSET, Unset, get_request_id, or_none
    from ._retry import RetryPolicy
    from ._server import AsyncServerClient, ServerClient
    from ._streaming import AsyncStream, Stream, StreamEvent
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
    "AsyncChatStream": "._chat",
    "AsyncCompletionStream": "._completions",
    "AsyncFormation": "._compat",
    "AsyncFormationClient": "._formation",
    "AsyncServerClient": "._server",
    "AsyncStream": "._streaming",
    "AuthenticationError": ".errors",
    "AuthorizationError": ".errors",
    "BundleEntry": "._bundle",
    "ChatEvent": "._chat",
    "ChatResponse": "._chat",
    "ChatStream": "._chat",
    "Completion": "._completions",
    "CompletionMessageInput": "._completions",
    "CompletionStream": "._completions",
    "ConfigurationError": ".errors",
    "ConflictError": ".errors",
    "ConnectionError": ".errors",
    "DEFAULT_USER_ID": "._compat",
    "DeployEvent": "._events",
    "Formation": "._compat",
    "FormationClient": "._formation",
    "FormationError": ".errors",
    "FormationEvent": "._events",
    "FormationLogEvent": "._events",
    "HmacAuth": "._auth",
    "MuxiError": ".errors",
    "LogTailEvent": "._events",
    "NotFoundError": ".errors",
    "RateLimitError": ".errors",
    "RequestEvent": "._events",
    "ResponseValidationError": ".errors",
    "RetryPolicy": "._retry",
    "ServerClient": "._server",
    "ServerError": ".errors",
    "SessionHistory": "._compat",
    "SessionMessage": "._compat",
    "SessionRef": "._compat",
    "Stream": "._streaming",
    "StreamError": ".errors",
    "StreamEvent": "._streaming",
    "TimeoutError": ".errors",
    "UNSET": "._results",
    "Unset": "._results",
    "ValidationError": ".errors",
    "get_request_id": "._results",
    "or_none": "._results",
    "bundle_manifest": "._bundle",
    "hmac_signature": "._auth",
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
        """Import public names on first use, so ``import muxi`` stays cheap (the generated client
        packages load when a client class is first touched)."""
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
