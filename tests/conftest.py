"""Shared fixtures: the project's specs and recorded samples, loaded once per session."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from spec_tools import Spec

import muxi._core.shells as shells

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def formation_spec() -> Spec:
    return Spec.load(ROOT / "openapi" / "formation.yaml")


@pytest.fixture(scope="session")
def server_spec() -> Spec:
    return Spec.load(ROOT / "openapi" / "server.yaml")


@pytest.fixture(scope="session")
def runtime_samples() -> list[dict[str, Any]]:
    samples: list[dict[str, Any]] = json.loads((FIXTURES / "runtime_samples.json").read_text(encoding="utf-8"))
    return samples


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the retry waits of both shells instead of waiting."""
    waited: list[float] = []

    async def fake_async(seconds: float) -> None:
        waited.append(seconds)

    monkeypatch.setattr(shells, "sleep_sync", waited.append)
    monkeypatch.setattr(shells, "sleep_async", fake_async)
    return waited


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    """The async library of an async test (anyio's pytest plugin): each runs under asyncio and trio."""
    backend: str = request.param
    return backend
