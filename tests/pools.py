"""White-box access to the connection pool behind an httpx client, for leak and close checks."""

from __future__ import annotations

import httpcore
import httpx


def connection_pool(http: httpx.Client | httpx.AsyncClient) -> httpcore.ConnectionPool | httpcore.AsyncConnectionPool:
    """The httpcore pool of ``http``'s default transport (the SDK never installs another one)."""
    transport = http._transport  # pyright: ignore[reportPrivateUsage]
    assert isinstance(transport, (httpx.HTTPTransport, httpx.AsyncHTTPTransport))
    return transport._pool  # pyright: ignore[reportPrivateUsage]
