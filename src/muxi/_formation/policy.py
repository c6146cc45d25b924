"""What the Formation API adds to every call: its keys, the end user's id, and its envelopes (no I/O).

:class:`FormationPolicy` is the :class:`~muxi._core.base_client.ApiPolicy` of
:class:`~muxi.FormationClient`: it picks ``X-Muxi-Client-Key`` or ``X-Muxi-Admin-Key`` per
operation from the spec's security requirements (:func:`formation_key_headers`), sends the
caller's ``X-Muxi-User-ID``, refuses before any I/O a call whose route needs a user id it lacks
(``x-muxi-user-id`` in the spec), and reads the ``{"success": false, ...}`` envelope of a
failure and the ``request.id`` of every answer.
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from .._core.inputs import check_user_id
from .._core.json import is_object
from ..errors import ConfigurationError, formation_error_from_envelope

__all__ = ["ADMIN_KEY_HEADER", "CLIENT_KEY_HEADER", "USER_ID_HEADER", "FormationPolicy", "formation_key_headers"]

CLIENT_KEY_HEADER = "X-Muxi-Client-Key"
ADMIN_KEY_HEADER = "X-Muxi-Admin-Key"
USER_ID_HEADER = "X-Muxi-User-ID"
_SCHEME_HEADERS = {"clientKey": CLIENT_KEY_HEADER, "adminKey": ADMIN_KEY_HEADER}
_SCHEME_SOURCES = {
    "clientKey": ("client_key", "MUXI_CLIENT_KEY"),
    "adminKey": ("admin_key", "MUXI_ADMIN_KEY"),
}
_USER_ID_HEADER_LOWER = USER_ID_HEADER.lower()


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


@dataclass(frozen=True)
class FormationPolicy:
    """The keys and default end user of one :class:`~muxi.FormationClient` (and its copies).

    Attributes:
        client_key: the formation's client key (a :class:`~muxi._core.secret.Secret`), if any.
        admin_key: the formation's admin key, if any.
        user_id: the default ``X-Muxi-User-ID`` of calls that pass no ``user_id=``.
        owner: the client's class name, for error messages.
    """

    client_key: str | None
    admin_key: str | None
    user_id: str | None
    owner: str = "FormationClient"
    # Per call: the ``user_id`` (the X-Muxi-User-ID), which is the header this policy adds.
    call_arguments: tuple[str, ...] = field(default=("user_id",), init=False, repr=False, compare=False)
    header_arguments: Mapping[str, str] = field(
        default_factory=lambda: {USER_ID_HEADER: "user_id"}, init=False, repr=False
    )

    def __repr__(self) -> str:
        keys = [name for name, value in (("client_key", self.client_key), ("admin_key", self.admin_key)) if value]
        return f"FormationPolicy(keys={keys}, user_id={self.user_id!r})"

    def credentials(self, operation_id: str, info: Mapping[str, Any]) -> tuple[dict[str, str], httpx.Auth | None]:
        """The key header of the operation (``security`` and ``requires`` of its spec entry)."""
        headers = formation_key_headers(
            info["security"],
            client_key=self.client_key,
            admin_key=self.admin_key,
            operation=operation_id,
            requires=info.get("requires"),
        )
        return headers, None

    def adapt(self, params: dict[str, Any], accepted: Mapping[str, inspect.Parameter]) -> dict[str, str]:
        """The X-Muxi-User-ID header of the call: its ``user_id=``, else the client's default.

        ``user_id=`` is the caller's X-Muxi-User-ID, unless the operation has a ``user_id``
        parameter of its own (a path or query parameter): then the header gets the client default.
        """
        own = "user_id" in accepted
        user_id = None if own else params.pop("user_id", None)
        if user_id is not None:
            check_user_id(user_id)
        user_id = user_id or params.get("x_muxi_user_id") or self.user_id
        if not user_id:
            return {}
        if "x_muxi_user_id" in accepted:
            params["x_muxi_user_id"] = user_id
        return {USER_ID_HEADER: str(user_id)}

    def admit(
        self, operation_id: str, info: Mapping[str, Any], headers: Mapping[str, str], credentials: Mapping[str, str]
    ) -> None:
        """Raise :class:`ConfigurationError` when ``x-muxi-user-id`` says the call needs a user id it lacks."""
        marker = info.get("user_id")
        if not marker or any(name.lower() == _USER_ID_HEADER_LOWER for name in headers):
            return
        when = ""
        if marker == "required-with-client-key":
            if CLIENT_KEY_HEADER not in credentials:
                return  # the admin key acts for every user
            when = " with the client key"
        raise ConfigurationError(
            f"{operation_id} needs an end-user id (X-Muxi-User-ID){when}: pass user_id=... to the call "
            f"or {self.owner}(user_id=...) (env MUXI_USER_ID)"
        )

    def check(self, body: object, response: httpx.Response) -> str | None:
        """Raise :class:`~muxi.FormationError` for a ``"success": false`` envelope; return its ``request.id``."""
        if not is_object(body):
            return None
        if body.get("success") is False:
            raise formation_error_from_envelope(body, response)
        request = body.get("request")
        request_id = request.get("id") if is_object(request) else None
        return str(request_id) if request_id is not None else None
