"""Honesty of muxi.testing: the same scenario against the real runtime and the fake gives the same results."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest
from parity import SNAPSHOT, harness_like_fake, observe

from muxi import FormationClient

if TYPE_CHECKING:
    from e2e.conftest import Harness

pytestmark = pytest.mark.e2e


def test_fake_formation_matches_the_real_runtime(harness: Harness) -> None:
    def real(**overrides: Any) -> FormationClient:
        keys: dict[str, Any] = {
            "url": harness.base_url,
            "admin_key": harness.admin_key,
            "client_key": harness.client_key,
        }
        return FormationClient(**{**keys, **overrides})

    fake = harness_like_fake()
    from_runtime = observe(real)
    from_fake = observe(fake.client)
    assert from_fake == from_runtime
    # The default (offline) suite compares the fake with this snapshot of the runtime's answers.
    assert json.loads(SNAPSHOT.read_text()) == json.loads(json.dumps(from_runtime)), (
        f"the runtime's answers changed: update {SNAPSHOT.name} from this run"
    )
