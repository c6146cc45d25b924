"""Authentication: MUXI Server HMAC signatures.

Server (``/rpc/*``): one header, ``Authorization: MUXI-HMAC key=<key_id>, timestamp=<unix
seconds>, signature=<base64>``, where the signature is HMAC-SHA256 keyed with the secret over
``"{timestamp};{METHOD};{path}"`` — the percent-decoded request path, without the query string;
the body is not signed; standard base64 with padding. The server accepts timestamps within
±300 s of its clock. :class:`HmacAuth` is an :class:`httpx.Auth`, so it signs each request when
it is sent: a retried request is signed again with a fresh timestamp.

(The formation's ``X-Muxi-Client-Key`` / ``X-Muxi-Admin-Key`` are chosen per operation by
:func:`muxi._formation.policy.formation_key_headers`.)
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Callable, Generator

import httpx

from ..errors import ConfigurationError
from .inputs import check_header_value
from .secret import Secret

__all__ = ["HmacAuth", "hmac_signature"]


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
