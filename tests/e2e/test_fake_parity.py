"""Honesty of muxi.testing: the same scenario against the real runtime and the fake gives the same results.

Single-user mode (../shared/harness): ``FakeFormation(persistent_memory=False)`` against the
runtime without PostgreSQL, snapshot ``fixtures/parity-single.json``. Multi-user mode
(../shared/harness-pg): ``FakeFormation(persistent_memory=True)`` against the runtime with
PostgreSQL, on the same scenario plus the per-user one of ``parity_pg.py``, snapshot
``fixtures/parity-pg.json``. The default (offline) suite compares the fake with both snapshots
(``tests/test_fake_snapshots.py``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from e2e.parity_pg import SNAPSHOT_PG, observe_multi_user, pg_like_fake
from parity import SNAPSHOT, harness_like_fake, observe

from muxi import FormationClient

if TYPE_CHECKING:
    from e2e.conftest import Harness

pytestmark = pytest.mark.e2e


def _real(harness: Harness) -> Any:
    def connect(**overrides: Any) -> FormationClient:
        keys: dict[str, Any] = {
            "url": harness.base_url,
            "admin_key": harness.admin_key,
            "client_key": harness.client_key,
        }
        return FormationClient(**{**keys, **overrides})

    return connect


def _matches_snapshot(snapshot: Path, observed: dict[str, Any]) -> None:
    # The default (offline) suite compares the fake with this snapshot of the runtime's answers.
    assert json.loads(snapshot.read_text()) == json.loads(json.dumps(observed)), (
        f"the runtime's answers changed: update {snapshot.name} from this run"
    )


@pytest.mark.mode("single")
def test_fake_formation_matches_the_single_user_runtime(harness: Harness) -> None:
    from_runtime = observe(_real(harness))
    from_fake = observe(harness_like_fake().client)
    assert from_fake == from_runtime
    _matches_snapshot(SNAPSHOT, from_runtime)


@pytest.mark.mode("pg")
def test_fake_formation_matches_the_multi_user_runtime(harness: Harness) -> None:
    real = _real(harness)
    from_runtime = {"common": observe(real), "multi_user": observe_multi_user(real)}
    fake = pg_like_fake()
    from_fake = {"common": observe(fake.client), "multi_user": observe_multi_user(fake.client)}
    assert from_fake == from_runtime
    _matches_snapshot(SNAPSHOT_PG, from_runtime)
