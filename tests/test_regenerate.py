"""scripts/regenerate.py: drift detection and readable spec errors, on a temporary copy."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("project")
    for name in ("openapi", "scripts", "generated"):
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def regenerate(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(project / "scripts" / "regenerate.py"), "--root", str(project), *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_committed_output_is_what_the_specs_produce(project: Path) -> None:
    """Same input gives byte-identical output: a fresh generation equals the committed tree."""
    done = regenerate(project, "--check")
    assert done.returncode == 0, done.stderr
    assert "generated/ is up to date" in done.stdout


def test_check_fails_on_a_hand_edit(project: Path) -> None:
    target = project / "generated" / "muxi_generated" / "formation" / "client.py"
    original = target.read_text()
    target.write_text(original.replace("class Client:", "class Client:  # patched by hand", 1))
    try:
        done = regenerate(project, "--check")
    finally:
        target.write_text(original)
    assert done.returncode == 1
    assert "changed:   generated/muxi_generated/formation/client.py" in done.stderr
    assert "patched by hand" in done.stderr  # the diff shows the offending line


def test_check_fails_on_a_stray_file(project: Path) -> None:
    stray = project / "generated" / "muxi_generated" / "formation" / "models" / "stale_model.py"
    stray.write_text("x = 1\n")
    try:
        done = regenerate(project, "--check")
    finally:
        stray.unlink()
    assert done.returncode == 1
    assert "extra:     generated/muxi_generated/formation/models/stale_model.py" in done.stderr


def test_check_fails_on_a_spec_change_without_regeneration(project: Path) -> None:
    spec = project / "openapi" / "server.yaml"
    original = spec.read_text()
    spec.write_text(original.replace("operationId: ping", "operationId: ping_server", 1))
    try:
        done = regenerate(project, "--check")
        assert done.returncode == 1
        assert "ping_server.py" in done.stderr
        # Regenerating brings generated/ back in line with the spec.
        assert regenerate(project).returncode == 0
        assert regenerate(project, "--check").returncode == 0
    finally:
        spec.write_text(original)
        assert regenerate(project).returncode == 0


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            lambda s: s.replace("operationId: ping", "operationId: Ping", 1),
            "/paths/~1ping/get/operationId: 'Ping' is not snake_case",
        ),
        (
            lambda s: s + "\n  broken: [unclosed\n",
            "server.yaml:",  # file:line:column of the YAML error
        ),
    ],
    ids=["not-snake-case", "yaml-syntax"],
)
def test_invalid_spec_gives_file_pointer_and_reason(project: Path, edit, expected: str) -> None:  # type: ignore[no-untyped-def]
    spec = project / "openapi" / "server.yaml"
    original = spec.read_text()
    spec.write_text(edit(original))
    try:
        done = regenerate(project, "--check")
    finally:
        spec.write_text(original)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert expected in done.stderr
    assert str(spec) in done.stderr


def test_schema_error_points_into_components(project: Path) -> None:
    spec = project / "openapi" / "formation.yaml"
    original = spec.read_text()
    anchor = "\n  schemas:\n"
    at = original.index(anchor, original.index("\ncomponents:")) + len(anchor)
    broken = original[:at] + "    Broken:\n      type: strnig\n" + original[at:]
    assert broken != original
    spec.write_text(broken)
    try:
        done = regenerate(project, "--check")
    finally:
        spec.write_text(original)
    assert done.returncode == 2
    assert "/components/schemas/Broken/type" in done.stderr
    assert "Traceback" not in done.stderr
