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

from . import webhook
from ._auth import HmacAuth, hmac_signature
from ._chat import AsyncChatStream, ChatEvent, ChatResponse, ChatStream
from ._compat import AsyncFormation, Formation, SessionHistory, SessionMessage, SessionRef
from ._formation import AsyncFormationClient, FormationClient
from ._results import get_request_id
from ._retry import RetryPolicy
from ._server import AsyncServerClient, ServerClient
from ._streaming import AsyncStream, Stream, StreamEvent
from ._version import __version__
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
    "webhook",
]
