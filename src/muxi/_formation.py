"""FormationClient and AsyncFormationClient: the Formation API of one formation."""

from __future__ import annotations

import inspect
from collections.abc import Mapping
from typing import Any, ClassVar, Literal

import httpx

from ._auth import formation_key_headers
from ._base_client import AsyncClient, BaseClient, SyncClient
from ._config import ClientOptions, TimeoutTypes, env, env_flag, formation_base_url
from .errors import formation_error_from_envelope

__all__ = ["AsyncFormationClient", "FormationClient"]

USER_ID_HEADER = "X-Muxi-User-ID"


def _formation_operations() -> Mapping[str, Mapping[str, Any]]:
    from muxi_generated.operations import FORMATION

    return FORMATION


class _FormationCore(BaseClient[Any]):
    """Formation-specific configuration, credentials and envelope handling (no I/O)."""

    _client_key: str | None
    _admin_key: str | None
    _user_id: str | None
    _operations: ClassVar[Mapping[str, Mapping[str, Any]]] = _formation_operations()
    _models: ClassVar[str] = "muxi_generated.formation.models"

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
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
        debug: bool | None = None,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        follow_redirects: bool = False,
    ) -> None:
        self._client_key = client_key or env("MUXI_CLIENT_KEY")
        self._admin_key = admin_key or env("MUXI_ADMIN_KEY")
        self._user_id = user_id
        self._setup(
            base_url=formation_base_url(
                url=url, server_url=server_url, formation_id=formation_id, base_url=base_url, mode=mode
            ),
            options=ClientOptions.create(
                timeout=timeout, max_retries=max_retries, headers=headers, follow_redirects=follow_redirects
            ),
            debug=env_flag("MUXI_DEBUG") if debug is None else debug,
            http_client=http_client,
            async_http_client=async_http_client,
        )

    @property
    def user_id(self) -> str | None:
        """The default ``X-Muxi-User-ID`` of this client's calls."""
        return self._user_id

    def __repr__(self) -> str:
        keys = [name for name, value in (("client_key", self._client_key), ("admin_key", self._admin_key)) if value]
        return f"{type(self).__name__}(base_url={self._base_url!r}, keys={keys}, user_id={self._user_id!r})"

    def _credentials(self, operation_id: str, info: Mapping[str, Any]) -> tuple[dict[str, str], httpx.Auth | None]:
        headers = formation_key_headers(
            info["security"],
            client_key=self._client_key,
            admin_key=self._admin_key,
            operation=operation_id,
            requires=info.get("requires"),
        )
        return headers, None

    def _adapt(self, params: dict[str, Any], accepted: Mapping[str, inspect.Parameter]) -> dict[str, str]:
        # ``user_id=`` is the caller's X-Muxi-User-ID, unless the operation has a ``user_id``
        # parameter of its own (a path parameter): then the header gets the client default.
        user_id = params.pop("user_id", None) if "user_id" not in accepted else None
        user_id = user_id or params.get("x_muxi_user_id") or self._user_id
        if user_id is None:
            return {}
        if "x_muxi_user_id" in accepted:
            params["x_muxi_user_id"] = user_id
        return {USER_ID_HEADER: str(user_id)}

    def _check(self, body: Any, response: httpx.Response) -> None:
        if isinstance(body, dict) and body.get("success") is False:
            raise formation_error_from_envelope(body, response)

    def _request_id(self, body: Any) -> str | None:
        request = body.get("request") if isinstance(body, dict) else None
        request_id = request.get("id") if isinstance(request, dict) else None
        return str(request_id) if request_id is not None else None


class FormationClient(_FormationCore, SyncClient):
    """Blocking client for one formation's API.

    Args:
        url: the formation itself, e.g. ``"http://localhost:8001"`` (``/v1`` is appended once).
        server_url: a MUXI Server; with ``formation_id`` requests go through its proxy
            (``/api/{formation_id}/v1``, or ``/draft/{formation_id}/v1`` with ``mode="draft"``).
        formation_id: the formation behind ``server_url`` (env ``MUXI_FORMATION_ID``).
        base_url: the full API base URL, used verbatim.
        mode: ``"live"`` (default) or ``"draft"`` for formations started by ``muxi dev``.
        client_key: the formation's client key (env ``MUXI_CLIENT_KEY``).
        admin_key: the formation's admin key (env ``MUXI_ADMIN_KEY``).
        user_id: default ``X-Muxi-User-ID`` for calls that do not pass one.
        timeout: seconds or an :class:`httpx.Timeout` (default 30 s; streams have no read timeout).
        max_retries: retries of a failed call (default 3; 0 disables).
        headers: extra headers for every request.
        debug: log requests and retry decisions on the ``muxi`` logger (env ``MUXI_DEBUG``).
        http_client: your own :class:`httpx.Client` (proxies, TLS...); used as is, never closed by the SDK.
        follow_redirects: follow 3xx responses (credentials are dropped on cross-origin hops).

    Without ``url``/``server_url``/``base_url`` the URL comes from ``MUXI_FORMATION_URL``, or
    ``MUXI_SERVER_URL`` with ``MUXI_FORMATION_ID``. A missing or malformed URL raises
    :class:`~muxi.ConfigurationError` here, not at the first call.
    """


class AsyncFormationClient(_FormationCore, AsyncClient):
    """Asynchronous client for one formation's API.

    The same arguments as :class:`FormationClient`, with ``async_http_client`` (your own
    :class:`httpx.AsyncClient`) instead of ``http_client``; every method is awaitable.
    """
