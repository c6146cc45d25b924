"""What the route groups of :class:`~muxi.testing.FakeFormation` share: its state and who a request acts for.

:class:`FormationState` declares the attributes the route mixins (``_memory.py``, ``_scheduler.py``)
read and write — :class:`~muxi.testing.FakeFormation` defines them as dataclass fields — and the
request helpers every route uses: the caller's ``X-Muxi-User-ID``, the owner of the data it
touches (``"0"`` for everyone in a single-user formation), the JSON body, the runtime's internal
user numbers and its timestamps.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

import httpx

from .._core.json import is_object

__all__ = ["FormationState", "iso_now"]


def iso_now() -> str:
    """The runtime's creation stamp: UTC with microseconds and a ``Z``."""
    return datetime.now(timezone.utc).isoformat().replace("+00:00", "Z")


class FormationState:
    """Attributes and request helpers shared by FakeFormation's route groups (see the module docstring)."""

    client_key: str
    admin_key: str
    persistent_memory: bool
    sessions: dict[str, list[dict[str, Any]]]
    memories: dict[str, list[dict[str, Any]]]
    jobs: dict[str, dict[str, Any]]
    _owners: dict[str, str]
    _user_numbers: dict[str, int]

    def _user(self, request: httpx.Request) -> str | None:
        user: str | None = request.headers.get("x-muxi-user-id")
        return user

    def _owner(self, request: httpx.Request) -> str:
        """Whose data a request touches: its user id, or ``"0"`` for everyone in a single-user formation."""
        return (self._user(request) or "0") if self.persistent_memory else "0"

    def _body(self, request: httpx.Request) -> dict[str, Any] | None:
        try:
            body = json.loads(request.content or b"{}")
        except ValueError:
            return None
        return body if is_object(body) else None

    def _user_number(self, user: str) -> int:
        """The runtime's internal number of a user (``"0"`` is 1; others count up as they first appear)."""
        if not self._user_numbers:
            self._user_numbers["0"] = 1
        return self._user_numbers.setdefault(user, len(self._user_numbers) + 1)
