"""Authentication: MUXI Server HMAC signatures and formation API keys.

Server (``/rpc/*``): one header, ``Authorization: MUXI-HMAC key=<key_id>, timestamp=<unix
seconds>, signature=<base64>``, where the signature is HMAC-SHA256 keyed with the secret over
``"{timestamp};{METHOD};{path}"`` — the percent-decoded request path, without the query string;
the body is not signed; standard base64 with padding. The server accepts timestamps within
±300 s of its clock. :class:`HmacAuth` is an :class:`httpx.Auth`, so it signs each request when
it is sent: a retried request is signed again with a fresh timestamp.

Formation: ``X-Muxi-Client-Key`` or ``X-Muxi-Admin-Key``, chosen per operation from the
spec's security requirements by :func:`formation_key_headers`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Callable, Generator, Sequence

import httpx

from ._inputs import check_header_value
from ._secret import Secret
from .errors import ConfigurationError

__all__ = ["HmacAuth", "formation_key_headers", "hmac_signature"]

CLIENT_KEY_HEADER = "X-Muxi-Client-Key"
ADMIN_KEY_HEADER = "X-Muxi-Admin-Key"
_SCHEME_HEADERS = {"clientKey": CLIENT_KEY_HEADER, "adminKey": ADMIN_KEY_HEADER}
_SCHEME_SOURCES = {
    "clientKey": ("client_key", "MUXI_CLIENT_KEY"),
    "adminKey": ("admin_key", "MUXI_ADMIN_KEY"),
}


def hmac_signature(secret_key: str, timestamp: int, method: str, path: str) -> str:
    """Base64 HMAC-SHA256 of ``"{timestamp};{METHOD};{path}"`` keyed with ``secret_key``."""
    message = f"{timestamp};{method.upper()};{path}".encode()
    digest = hmac.new(secret_key.encode(), message, hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


class HmacAuth(httpx.Auth):
    """Signs MUXI Server requests at send time (``Authorization: MUXI-HMAC ...``).

    Args:
        key_id: the server's key id (``MUXI_...``).
        secret_key: the server's secret (``sk_...``); never logged or shown in ``repr``.
        clock: returns the current Unix time in seconds; injectable for tests.
    """

    def __init__(self, key_id: str, secret_key: str, *, clock: Callable[[], float] = time.time) -> None:
        if not key_id or not secret_key:
            raise ConfigurationError("HmacAuth needs both key_id and secret_key")
        # Checked here, not at the first request: a key read from a file with its trailing newline
        # would otherwise fail later as an unreadable network error. Never echoed: they are secrets.
        self._key_id = check_header_value(key_id, "key_id")
        self._secret_key = Secret(check_header_value(secret_key, "secret_key", ascii_only=False))
        self._clock = clock

    def __repr__(self) -> str:
        return f"HmacAuth(key_id={self._key_id!r}, secret_key='***')"

    def authorization(self, method: str, path: str) -> str:
        """The ``Authorization`` value for ``method`` on ``path`` (percent-decoded, no query string)."""
        timestamp = int(self._clock())
        signature = hmac_signature(self._secret_key, timestamp, method, path)
        return f"MUXI-HMAC key={self._key_id}, timestamp={timestamp}, signature={signature}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Set the ``Authorization`` header of ``request`` as it is sent (httpx calls this on every attempt)."""
        # url.path is the percent-decoded path without the query: what the server's r.URL.Path is.
        request.headers["Authorization"] = self.authorization(request.method, request.url.path)
        yield request


def formation_key_headers(
    security: Sequence[Sequence[str]],
    *,
    client_key: str | None,
    admin_key: str | None,
    operation: str,
    requires: str | None = None,
) -> dict[str, str]:
    """The key header for an operation, from its spec security alternatives.

    Admin-only routes get the admin key, client-only routes the client key (the runtime answers
    401 to the other one), routes that accept either get the client key when configured, else
    the admin key. ``requires`` (``x-muxi-requires``) narrows a route whose handler is stricter
    than its declared security. Raises :class:`ConfigurationError` before any I/O when the
    needed key was not configured, naming the argument and the environment variable.
    """
    if not security:
        return {}
    keys = {"clientKey": client_key, "adminKey": admin_key}
    alternatives = [list(requirement) for requirement in security]
    if requires:
        alternatives = [alt for alt in alternatives if requires in alt] or [[requires]]
    for alternative in alternatives:  # spec order: the client key first where either works
        if all(keys.get(scheme) for scheme in alternative):
            return {_SCHEME_HEADERS[scheme]: keys[scheme] or "" for scheme in alternative}  # keeps Secret keys
    wanted = [scheme for alternative in alternatives for scheme in alternative]
    hints = " or ".join(
        f"{_SCHEME_SOURCES[s][0]}= (env {_SCHEME_SOURCES[s][1]})" for s in dict.fromkeys(wanted) if s in _SCHEME_SOURCES
    )
    raise ConfigurationError(f"{operation} needs {hints or 'a key'}, but none was configured")
