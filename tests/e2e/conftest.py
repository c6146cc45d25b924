"""End-to-end tests against the real formation server (muxi-runtime) from ../shared/harness.

Run with ``make e2e``: it starts the harness and exports MUXI_BASE_URL, MUXI_ADMIN_KEY and
MUXI_CLIENT_KEY. Without those variables every test here is skipped.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import httpx
import pytest


@dataclass(frozen=True)
class Harness:
    base_url: str
    admin_key: str
    client_key: str


@pytest.fixture(scope="session")
def harness() -> Harness:
    base_url = os.environ.get("MUXI_BASE_URL")
    if not base_url or not os.environ.get("MUXI_E2E"):
        pytest.skip("needs the formation harness: run `make e2e`")
    try:
        httpx.get(f"{base_url.rstrip('/')}/v1/health", timeout=5).raise_for_status()
    except httpx.HTTPError as exc:
        pytest.skip(f"the formation harness at {base_url} is not answering ({exc}); see its log")
    return Harness(base_url.rstrip("/"), os.environ["MUXI_ADMIN_KEY"], os.environ["MUXI_CLIENT_KEY"])
