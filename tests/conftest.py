"""Shared fixtures: the project's specs and recorded samples, loaded once per session."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from spec_tools import Spec

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
    return json.loads((FIXTURES / "runtime_samples.json").read_text(encoding="utf-8"))
