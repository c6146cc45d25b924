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
    from ._chat import AsyncChatStream, ChatEvent, ChatResponse, ChatStream
    from ._compat import AsyncFormation, Formation, SessionHistory, SessionMessage, SessionRef
    from ._completions import Completion, CompletionStream
    from ._formation import AsyncFormationClient, FormationClient
    from ._results import get_request_id
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
    "AsyncFormation": "._compat",
    "AsyncFormationClient": "._formation",
    "AsyncServerClient": "._server",
    "AsyncStream": "._streaming",
    "AuthenticationError": ".errors",
    "AuthorizationError": ".errors",
    "ChatEvent": "._chat",
    "ChatResponse": "._chat",
    "ChatStream": "._chat",
    "Completion": "._completions",
    "CompletionStream": "._completions",
    "ConfigurationError": ".errors",
    "ConflictError": ".errors",
    "ConnectionError": ".errors",
    "Formation": "._compat",
    "FormationClient": "._formation",
    "FormationError": ".errors",
    "HmacAuth": "._auth",
    "MuxiError": ".errors",
    "NotFoundError": ".errors",
    "RateLimitError": ".errors",
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
    "ValidationError": ".errors",
    "get_request_id": "._results",
    "hmac_signature": "._auth",
    "webhook": None,  # the submodule muxi.webhook
    "testing": None,  # the submodule muxi.testing
}

__all__ = [
    "APIStatusError",
    "AsyncChatStream",
    "AsyncFormation",
    "AsyncFormationClient",
    "AsyncServerClient",
    "AsyncStream",
    "AuthenticationError",
    "AuthorizationError",
    "ChatEvent",
    "ChatResponse",
    "ChatStream",
    "Completion",
    "CompletionStream",
    "ConfigurationError",
    "ConflictError",
    "ConnectionError",
    "Formation",
    "FormationClient",
    "FormationError",
    "HmacAuth",
    "MuxiError",
    "NotFoundError",
    "RateLimitError",
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
    "ValidationError",
    "__version__",
    "get_request_id",
    "hmac_signature",
    "testing",
    "webhook",
]


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
