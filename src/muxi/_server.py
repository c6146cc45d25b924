"""ServerClient and AsyncServerClient: the MUXI Server's management API (``/rpc``)."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any, ClassVar

import httpx
from muxi_generated.methods import AsyncServerMethods, ServerMethods

from ._auth import HmacAuth
from ._base_client import AsyncClient, BaseClient, SyncClient
from ._config import ClientOptions, TimeoutTypes, env, env_flag, server_base_url
from .errors import ConfigurationError

__all__ = ["AsyncServerClient", "ServerClient"]


def _server_operations() -> Mapping[str, Mapping[str, Any]]:
    from muxi_generated.operations import SERVER

    return SERVER


class _ServerCore(BaseClient[Any]):
    """Server-specific configuration, HMAC credentials and response handling (no I/O)."""

    _auth: HmacAuth | None
    _operations: ClassVar[Mapping[str, Mapping[str, Any]]] = _server_operations()
    _models: ClassVar[str] = "muxi_generated.server.models"

    def __init__(
        self,
        url: str | None = None,
        *,
        key_id: str | None = None,
        secret_key: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
        debug: bool | None = None,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        follow_redirects: bool = False,
        clock: Callable[[], float] | None = None,
    ) -> None:
        key_id = key_id or env("MUXI_KEY_ID")
        secret_key = secret_key or env("MUXI_SECRET_KEY")
        if bool(key_id) != bool(secret_key):
            missing = "secret_key= (env MUXI_SECRET_KEY)" if key_id else "key_id= (env MUXI_KEY_ID)"
            raise ConfigurationError(f"HMAC auth needs both key_id and secret_key; {missing} is missing")
        self._auth = None
        if key_id and secret_key:
            self._auth = HmacAuth(key_id, secret_key, clock=clock or time.time)
        self._setup(
            base_url=server_base_url(url),
            options=ClientOptions.create(
                timeout=timeout, max_retries=max_retries, headers=headers, follow_redirects=follow_redirects
            ),
            debug=env_flag("MUXI_DEBUG") if debug is None else debug,
            http_client=http_client,
            async_http_client=async_http_client,
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(url={self._base_url!r}, auth={self._auth!r})"

    def _credentials(self, operation_id: str, info: Mapping[str, Any]) -> tuple[dict[str, str], httpx.Auth | None]:
        if not info["security"]:
            return {}, None
        if self._auth is None:
            raise ConfigurationError(
                f"{operation_id} needs HMAC credentials: pass key_id= and secret_key= "
                "(or set MUXI_KEY_ID and MUXI_SECRET_KEY)"
            )
        return {}, self._auth


class ServerClient(_ServerCore, SyncClient, ServerMethods):
    """Blocking client for a MUXI Server (deploy, list, start/stop, logs, status...).

    Args:
        url: the server, e.g. ``"http://localhost:7890"`` (env ``MUXI_SERVER_URL``).
        key_id: HMAC key id, ``MUXI_...`` (env ``MUXI_KEY_ID``).
        secret_key: HMAC secret, ``sk_...`` (env ``MUXI_SECRET_KEY``); never logged or shown.
        timeout: seconds or an :class:`httpx.Timeout` (default 30 s; streams have no read timeout).
        max_retries: retries of a failed call (default 3; 0 disables).
        headers: extra headers for every request.
        debug: log requests and retry decisions on the ``muxi`` logger (env ``MUXI_DEBUG``).
        http_client: your own :class:`httpx.Client`; used as is, never closed by the SDK.
        follow_redirects: follow 3xx responses (credentials are dropped on cross-origin hops).
        clock: returns Unix time for signatures (tests); defaults to :func:`time.time`.
    """


class AsyncServerClient(_ServerCore, AsyncClient, AsyncServerMethods):
    """Asynchronous client for a MUXI Server.

    The same arguments as :class:`ServerClient`, with ``async_http_client`` (your own
    :class:`httpx.AsyncClient`) instead of ``http_client``; every method is awaitable.
    """
