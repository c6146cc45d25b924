"""The layers CONTRIBUTING.md's map promises, checked on the source: what may import what, and module size.

``_core`` knows neither API; the two facades do not import each other; ``testing`` builds on
the facades and no other module imports it (``muxi/__init__.py`` only exposes it, lazily);
no hand-written module is over 600 lines. Imports are read with :mod:`ast`, so a lazy import
inside a function counts as much as one at the top.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "muxi"
MODULES = sorted(PACKAGE.rglob("*.py"))


def _name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """The absolute names of the ``muxi`` modules (and names) that ``path`` imports."""
    module = _name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module or ""
            found.update(f"{prefix}.{alias.name}" for alias in node.names)
            found.add(prefix)
    return {name for name in found if name == "muxi" or name.startswith("muxi.")}


def _layer(name: str) -> str:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_the_source_tree_is_read() -> None:
    names = {_name(path) for path in MODULES}
    assert {"muxi._core.transport", "muxi._core.shells", "muxi._formation.client", "muxi._server.surface"} <= names
    assert _imports(PACKAGE / "_core" / "clients.py") >= {"muxi._core.base_client.BaseClient"}


@pytest.mark.parametrize("path", [p for p in MODULES if _layer(_name(p)) == "_core"], ids=_name)
def test_the_core_knows_neither_api(path: Path) -> None:
    wrong = {name for name in _imports(path) if _layer(name) in ("_formation", "_server", "_helpers", "testing")}
    assert not wrong, f"{_name(path)} imports {sorted(wrong)}"


@pytest.mark.parametrize(("layer", "other"), [("_formation", "_server"), ("_server", "_formation")])
def test_the_facades_do_not_import_each_other(layer: str, other: str) -> None:
    for path in MODULES:
        if _layer(_name(path)) == layer:
            wrong = {name for name in _imports(path) if _layer(name) == other}
            assert not wrong, f"{_name(path)} imports {sorted(wrong)}"


def test_only_the_package_root_exposes_testing() -> None:
    for path in MODULES:
        name = _name(path)
        if _layer(name) == "testing" or name == "muxi":
            continue
        wrong = {imported for imported in _imports(path) if _layer(imported) == "testing"}
        assert not wrong, f"{name} imports {sorted(wrong)}"


def test_no_hand_written_module_is_over_600_lines() -> None:
    sizes = {_name(path): len(path.read_text(encoding="utf-8").splitlines()) for path in MODULES}
    assert max(sizes.values()) > 300  # the files were read
    assert {name: size for name, size in sizes.items() if size > 600} == {}
