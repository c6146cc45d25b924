"""Every end-to-end test states the harness mode(s) it needs (``@pytest.mark.mode(...)``, see tests/e2e/conftest.py)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

E2E = Path(__file__).resolve().parent / "e2e"
MODES = {"single", "pg"}


def _modes(decorators: list[ast.expr]) -> set[str] | None:
    """The modes named by a ``mode(...)`` marker among ``decorators`` (or a pytestmark value), if any."""
    for node in decorators:
        for call in ast.walk(node):
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "mode":
                return {arg.value for arg in call.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str)}
    return None


def _module_level(tree: ast.Module) -> tuple[set[str] | None, dict[str, set[str] | None]]:
    """The modes of the module's ``pytestmark`` and of each module-level marker alias (``PG = ...mode("pg")``)."""
    marked: set[str] | None = None
    aliases: dict[str, set[str] | None] = {}
    for statement in tree.body:
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target = statement.targets[0]
            if isinstance(target, ast.Name):
                modes = _modes([statement.value])
                if target.id == "pytestmark":
                    marked = modes
                elif modes is not None:
                    aliases[target.id] = modes
    return marked, aliases


@pytest.mark.parametrize("path", sorted(E2E.glob("test_*.py")), ids=lambda p: p.name)
def test_each_e2e_test_states_its_mode(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    module_modes, aliases = _module_level(tree)
    tests = [node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")]
    assert tests
    for test in tests:
        modes = _modes(test.decorator_list) or next(
            (aliases[d.id] for d in test.decorator_list if isinstance(d, ast.Name) and d.id in aliases), module_modes
        )
        assert modes, f"{path.name}::{test.name} does not state its harness mode (@pytest.mark.mode(...))"
        assert modes <= MODES, f"{path.name}::{test.name}: unknown mode(s) {modes - MODES}"
