"""The examples run in CI, so they never rot."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_quickstart_streams_an_answer_against_the_fake() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("MUXI_FORMATION_URL", "MUXI_BASE_URL")}
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "quickstart.py")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[1] == "http://fake-formation.test/v1: healthy (formation version 1.0.0)"
    assert lines[2] == "chat: Hello! I am a fake formation running inside this process."
    assert lines[4].startswith("stream: MUXI formations stream their answers")
    assert lines[5].startswith("final (166 characters): MUXI formations")
