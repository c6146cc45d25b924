"""What the MUXI Server API adds to every call: its HMAC signature, and nothing else (no I/O).

:class:`ServerPolicy` is the :class:`~muxi._core.base_client.ApiPolicy` of
:class:`~muxi.ServerClient`: operations with a security requirement are signed by
:class:`~muxi.HmacAuth` when sent (every attempt, with a fresh timestamp), the others go
unsigned; the server's bodies carry no envelope to check and no request id.
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from .._core.auth import HmacAuth
from ..errors import ConfigurationError

__all__ = ["ServerPolicy"]


@dataclass(frozen=True)
class ServerPolicy:
    """The HMAC credentials of one :class:`~muxi.ServerClient` (None: only unsigned routes work)."""

    auth: HmacAuth | None
    # No per-call arguments besides the common options, and no headers of its own.
    call_arguments: tuple[str, ...] = field(default=(), init=False, repr=False, compare=False)
    header_arguments: Mapping[str, str] = field(default_factory=dict[str, str], init=False, repr=False, compare=False)

    def credentials(self, operation_id: str, info: Mapping[str, Any]) -> tuple[dict[str, str], httpx.Auth | None]:
        """:class:`HmacAuth` for a signed route; :class:`ConfigurationError` when the keys are missing."""
        if not info["security"]:
            return {}, None
        if self.auth is None:
            raise ConfigurationError(
                f"{operation_id} needs HMAC credentials: pass key_id= and secret_key= "
                "(or set MUXI_KEY_ID and MUXI_SECRET_KEY)"
            )
        return {}, self.auth

    def adapt(self, params: dict[str, Any], accepted: Mapping[str, inspect.Parameter]) -> dict[str, str]:
        """Nothing to adapt."""
        return {}

    def admit(
        self, operation_id: str, info: Mapping[str, Any], headers: Mapping[str, str], credentials: Mapping[str, str]
    ) -> None:
        """Every call is admitted."""

    def check(self, body: object, response: httpx.Response) -> str | None:
        """The server reports failures by status code only; no request id."""
        return None
