"""Configuration: explicit arguments first, then environment variables, then defaults.

Environment variables: ``MUXI_SERVER_URL``, ``MUXI_KEY_ID``, ``MUXI_SECRET_KEY`` (server);
``MUXI_FORMATION_URL``, ``MUXI_FORMATION_ID``, ``MUXI_ADMIN_KEY``, ``MUXI_CLIENT_KEY``
(formation); ``MUXI_DEBUG`` (both).
"""

from __future__ import annotations

import os
import platform
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Literal, TypedDict
from urllib.parse import quote, urlsplit

import httpx

from .._version import __version__
from ..errors import ConfigurationError
from .inputs import check_headers

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "CallOptions",
    "ClientOptions",
    "env",
    "formation_base_url",
    "sdk_headers",
    "server_base_url",
]

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 3
DEFAULT_MAX_REDIRECTS = 5
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024  # decoded bytes of one response body (streams are not limited)
_TRUE = {"1", "true", "yes", "on"}

TimeoutTypes = float | int | httpx.Timeout | None


class CallOptions(TypedDict, total=False):
    """Per-call options every operation accepts.

    ``timeout`` in seconds is the deadline of the whole call (every attempt, the waits between
    them and reading the body); an :class:`httpx.Timeout` keeps httpx's per-phase limits instead.
    ``max_response_bytes`` overrides the client's limit on a decoded response body.
    ``extra_headers`` and ``extra_query`` add headers and query parameters to this call.
    """

    idempotency_key: str | None
    timeout: float | httpx.Timeout | None
    max_retries: int | None
    max_response_bytes: int | None
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None


class OptionChanges(TypedDict, total=False):
    """What ``with_options()`` of every client changes (None keeps the current value)."""

    timeout: TimeoutTypes
    max_retries: int | None
    headers: Mapping[str, str] | None
    max_response_bytes: int | None


class ClientSettings(OptionChanges, total=False):
    """Constructor arguments every client takes (what ``muxi.testing`` fakes pass through)."""

    debug: bool | None
    follow_redirects: bool


class HttpSettings(ClientSettings, total=False):
    """:class:`ClientSettings` plus the caller's own httpx client (``http_client`` or ``async_http_client``)."""

    http_client: httpx.Client | None
    async_http_client: httpx.AsyncClient | None


class FormationClientSettings(ClientSettings, total=False):
    """:class:`ClientSettings` plus the formation's keys and default user."""

    client_key: str | None
    admin_key: str | None
    user_id: str | None


class ServerClientSettings(ClientSettings, total=False):
    """:class:`ClientSettings` plus the server's HMAC credentials and signing clock."""

    key_id: str | None
    secret_key: str | None
    clock: Callable[[], float] | None


def env(name: str) -> str | None:
    """The environment variable's value, or None when unset or blank."""
    value = os.environ.get(name, "").strip()
    return value or None


def env_flag(name: str) -> bool:
    return (env(name) or "").lower() in _TRUE


def as_deadline(timeout: TimeoutTypes) -> float | None:
    """The deadline of a whole call: a number of seconds bounds it, an :class:`httpx.Timeout` does not."""
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        return None
    return float(as_timeout(timeout).read or DEFAULT_TIMEOUT)


def as_timeout(timeout: TimeoutTypes) -> httpx.Timeout:
    """An explicit :class:`httpx.Timeout` (never the generated client's "no timeout" default)."""
    if timeout is None:
        return httpx.Timeout(DEFAULT_TIMEOUT)
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:  # pyright: ignore[reportUnnecessaryIsInstance]
        raise ConfigurationError(f"timeout must be a positive number of seconds or an httpx.Timeout, got {timeout!r}")
    return httpx.Timeout(float(timeout))


def stream_timeout(timeout: httpx.Timeout) -> httpx.Timeout:
    """Streams keep the connect (and write/pool) limits but wait for events as long as it takes."""
    return httpx.Timeout(connect=timeout.connect, read=None, write=timeout.write, pool=timeout.pool)


@dataclass(frozen=True)
class ClientOptions:
    """Per-client settings that ``with_options()`` changes without a new pool.

    ``deadline`` bounds a whole non-streaming call (seconds); it is None when the timeout was
    given as an :class:`httpx.Timeout` (httpx's per-phase limits only).
    """

    timeout: httpx.Timeout = field(default_factory=lambda: httpx.Timeout(DEFAULT_TIMEOUT))
    max_retries: int = DEFAULT_MAX_RETRIES
    headers: Mapping[str, str] = field(default_factory=dict[str, str])
    follow_redirects: bool = False
    max_redirects: int = DEFAULT_MAX_REDIRECTS
    deadline: float | None = DEFAULT_TIMEOUT
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES

    @classmethod
    def create(cls, settings: ClientSettings) -> ClientOptions:
        """The options of a new client from its constructor's settings (a missing or None value: the default)."""
        timeout = settings.get("timeout")
        max_retries = settings.get("max_retries")
        max_response_bytes = settings.get("max_response_bytes")
        follow_redirects = settings.get("follow_redirects", False)
        if not isinstance(follow_redirects, bool):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise ConfigurationError(f"follow_redirects must be True or False, got {follow_redirects!r}")
        return cls(
            timeout=as_timeout(timeout),
            max_retries=check_retries(DEFAULT_MAX_RETRIES if max_retries is None else max_retries),
            headers=check_headers(settings.get("headers"), "headers"),
            follow_redirects=follow_redirects,
            deadline=as_deadline(timeout),
            max_response_bytes=check_max_bytes(
                DEFAULT_MAX_RESPONSE_BYTES if max_response_bytes is None else max_response_bytes
            ),
        )

    def merge(self, changes: OptionChanges) -> ClientOptions:
        """A copy with the given settings changed (None keeps one; headers are added to the existing ones)."""
        timeout, max_retries = changes.get("timeout"), changes.get("max_retries")
        headers, max_response_bytes = changes.get("headers"), changes.get("max_response_bytes")
        return replace(
            self,
            timeout=self.timeout if timeout is None else as_timeout(timeout),
            max_retries=self.max_retries if max_retries is None else check_retries(max_retries),
            headers={**self.headers, **check_headers(headers, "headers")} if headers else self.headers,
            deadline=self.deadline if timeout is None else as_deadline(timeout),
            max_response_bytes=(
                self.max_response_bytes if max_response_bytes is None else check_max_bytes(max_response_bytes)
            ),
        )


def check_max_bytes(max_response_bytes: int) -> int:
    if (
        isinstance(max_response_bytes, bool)
        or not isinstance(max_response_bytes, int)  # pyright: ignore[reportUnnecessaryIsInstance]
        or max_response_bytes < 1
    ):
        raise ConfigurationError(f"max_response_bytes must be a positive number of bytes, got {max_response_bytes!r}")
    return max_response_bytes


def check_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:  # pyright: ignore[reportUnnecessaryIsInstance]
        raise ConfigurationError(f"max_retries must be an integer >= 0, got {max_retries!r}")
    return max_retries


def sdk_headers() -> dict[str, str]:
    """Headers sent on every request: SDK name/version, platform, and a User-Agent."""
    system = platform.system().lower() or "unknown"
    machine = platform.machine().lower() or "unknown"
    python = platform.python_version()
    return {
        "X-Muxi-SDK": f"python/{__version__}",
        "X-Muxi-Client": f"{system}-{machine}/py{python}",
        "User-Agent": f"muxi-client-python/{__version__} python/{python} httpx/{httpx.__version__}",
    }


def check_url(url: str, argument: str) -> str:
    """``url`` without trailing slashes, or :class:`ConfigurationError` naming the argument."""
    if not isinstance(url, str) or not url.strip():  # pyright: ignore[reportUnnecessaryIsInstance]
        raise ConfigurationError(f"{argument} must be a non-empty http(s) URL")
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigurationError(
            f"{argument}={url!r} is not an absolute http(s) URL (expected e.g. 'http://localhost:8001')"
        )
    if parts.query or parts.fragment:
        raise ConfigurationError(f"{argument}={url!r} must not have a query string or fragment")
    return url.rstrip("/")


def formation_base_url(
    *,
    url: str | None,
    server_url: str | None,
    formation_id: str | None,
    base_url: str | None,
    mode: Literal["live", "draft"],
) -> str:
    """The Formation API base URL (ending in ``/v1``) from the supported URL modes.

    ``base_url`` is used verbatim; ``url`` is the formation itself (``/v1`` appended once);
    ``server_url`` + ``formation_id`` go through the MUXI Server's proxy (``/api/{id}/v1``, or
    ``/draft/{id}/v1`` with ``mode="draft"``). Environment: ``MUXI_FORMATION_URL``, then
    ``MUXI_SERVER_URL`` + ``MUXI_FORMATION_ID``.
    """
    if mode not in ("live", "draft"):
        raise ConfigurationError(f"mode must be 'live' or 'draft', got {mode!r}")
    given = [name for name, value in (("url", url), ("server_url", server_url), ("base_url", base_url)) if value]
    if len(given) > 1:
        raise ConfigurationError(f"pass only one of url=, server_url= or base_url= (got {', '.join(given)})")
    if base_url:
        return check_url(base_url, "base_url")
    if not url and not server_url:
        url = env("MUXI_FORMATION_URL")
        if not url:
            server_url = env("MUXI_SERVER_URL")
    if url:
        root = check_url(url, "url")
        return root if root.endswith("/v1") else root + "/v1"
    if server_url:
        if formation_id == "":
            raise ConfigurationError("formation_id= is empty; pass the formation's id")
        formation_id = formation_id or env("MUXI_FORMATION_ID")
        if not formation_id:
            raise ConfigurationError(
                "server_url= needs formation_id= (or env MUXI_FORMATION_ID) to reach a formation through the server"
            )
        if formation_id in (".", "..") or any(c in formation_id for c in "/\\?#%") or not formation_id.isprintable():
            raise ConfigurationError(
                f"formation_id={formation_id!r} cannot be a formation id: it would change the proxy URL's path"
            )
        prefix = "draft" if mode == "draft" else "api"
        return f"{check_url(server_url, 'server_url')}/{prefix}/{quote(formation_id, safe='')}/v1"
    raise ConfigurationError(
        "no formation URL: pass url= (the formation, e.g. 'http://localhost:8001'), "
        "server_url= with formation_id=, or base_url=; or set MUXI_FORMATION_URL "
        "(or MUXI_SERVER_URL and MUXI_FORMATION_ID)"
    )


def server_base_url(url: str | None) -> str:
    """The MUXI Server URL from ``url=`` or ``MUXI_SERVER_URL``."""
    url = url or env("MUXI_SERVER_URL")
    if not url:
        raise ConfigurationError("no server URL: pass url= (e.g. 'http://localhost:7890') or set MUXI_SERVER_URL")
    return check_url(url, "url")
