"""muxi.testing stays honest offline: the parity scenarios on the fakes equal the runtime's recorded answers.

``make e2e`` runs the same scenarios against the real runtime in both of its modes and against the
fakes (``tests/e2e/test_fake_parity.py``) and checks the committed snapshots; these tests need no
runtime: they compare ``FakeFormation`` with those snapshots, so a change to the fake that a
user's code could observe fails here first.
"""

from __future__ import annotations

import json
from typing import Any

from e2e.parity_pg import SNAPSHOT_PG, observe_multi_user, pg_like_fake
from parity import SNAPSHOT, harness_like_fake, observe


def _differences(recorded: dict[str, Any], observed: dict[str, Any]) -> dict[str, Any]:
    """What differs, key by key (an empty dict when the fake answers as recorded)."""
    observed = json.loads(json.dumps(observed))
    keys = sorted(set(recorded) | set(observed))
    return {
        k: {"runtime": recorded.get(k), "fake": observed.get(k)} for k in keys if recorded.get(k) != observed.get(k)
    }


def test_single_user_fake_matches_the_recorded_runtime() -> None:
    """``FakeFormation(persistent_memory=False)`` answers like muxi-runtime without PostgreSQL."""
    assert _differences(json.loads(SNAPSHOT.read_text()), observe(harness_like_fake().client)) == {}


def test_multi_user_fake_matches_the_recorded_runtime(sleeps: list[float]) -> None:
    """``FakeFormation(persistent_memory=True)`` answers like muxi-runtime with PostgreSQL, bugs included.

    The runtime's 500 for a non-owner's job update is retried like any 500: ``sleeps`` skips the waits.
    """
    recorded = json.loads(SNAPSHOT_PG.read_text())
    fake = pg_like_fake()
    assert _differences(recorded["common"], observe(fake.client)) == {}
    assert _differences(recorded["multi_user"], observe_multi_user(fake.client)) == {}
