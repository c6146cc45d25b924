"""How every example gets its clients: a real formation or server when the environment names one,
otherwise the in-process fakes from ``muxi.testing`` — so each example runs on a fresh machine.

Formation: ``MUXI_FORMATION_URL`` (or ``MUXI_BASE_URL``, as the e2e harness exports it) with
``MUXI_CLIENT_KEY`` / ``MUXI_ADMIN_KEY``. Server: ``MUXI_SERVER_URL`` with ``MUXI_KEY_ID`` /
``MUXI_SECRET_KEY``.
"""

from __future__ import annotations

import os
from typing import Any

from muxi import AsyncFormationClient, FormationClient, ServerClient
from muxi.testing import FakeFormation, FakeServer

_fake: FakeFormation | None = None


def formation_url() -> str | None:
    return os.environ.get("MUXI_FORMATION_URL") or os.environ.get("MUXI_BASE_URL")


def fake_formation() -> FakeFormation:
    """The process-wide fake behind :func:`formation` (examples may script it), created on first use."""
    global _fake
    if _fake is None:
        _fake = FakeFormation(
            formation_id="examples",
            triggers={"github-issue": "Triage GitHub issue #${{ data.number }}: ${{ data.title }}"},
        )
        print("(no MUXI_FORMATION_URL set: using the in-process fake formation from muxi.testing)")
    return _fake


def formation(**kwargs: Any) -> FormationClient:
    """A FormationClient for the configured formation, else for the fake."""
    url = formation_url()
    if url:
        return FormationClient(url=url, **kwargs)
    return fake_formation().client(**kwargs)


def async_formation(**kwargs: Any) -> AsyncFormationClient:
    """An AsyncFormationClient for the configured formation, else for the fake."""
    url = formation_url()
    if url:
        return AsyncFormationClient(url=url, **kwargs)
    return fake_formation().async_client(**kwargs)


def server(**kwargs: Any) -> ServerClient:
    """A ServerClient for ``MUXI_SERVER_URL``, else for an in-process fake MUXI Server."""
    if os.environ.get("MUXI_SERVER_URL"):
        return ServerClient(**kwargs)
    print("(no MUXI_SERVER_URL set: using the in-process fake MUXI Server from muxi.testing)")
    return FakeServer().client(**kwargs)


def webhook_secret() -> str:
    """The key webhooks are signed with: ``MUXI_WEBHOOK_SECRET``, else the admin key (as the runtime does)."""
    secret = os.environ.get("MUXI_WEBHOOK_SECRET") or os.environ.get("MUXI_ADMIN_KEY")
    return secret or fake_formation().admin_key
