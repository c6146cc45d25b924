#!/usr/bin/env python3
"""Check the built documentation site and the Markdown around it (``make check-docs``).

Usage::

    mkdocs build --strict                 # builds site/ (broken links and references fail)
    python scripts/check_docs.py          # then: the checks below on site/
    python scripts/check_docs.py --site DIR

Fails when

- a public name is missing from the site's ``objects.inv`` (the inventory mkdocstrings writes of
  every documented object): every name of ``muxi.__all__``, ``muxi.errors.__all__``,
  ``muxi.webhook.__all__`` and ``muxi.testing.__all__``, and every public method and property of
  those classes (on the class, or on a documented base class it inherits the member from
  unchanged). The site leaves out members without a docstring, so a missing docstring is
  reported here too;
- a backticked reference in ``README.md`` or the Markdown pages of ``docs/`` does not resolve: a
  dotted ``muxi.`` name (```muxi.FormationClient.chat```, ```muxi.testing.FakeFormation(...)```)
  or ``Class.member`` where ``Class`` is a public class (```FormationClient.chat_stream```).
  Lowercase ``muxi.`` names outside the public ones (```muxi.request_id```) are telemetry
  attribute names, not checked.
  The site checks its own links; these code spans are not links, and README.md is not on the site.

Only the standard library is used (plus the ``muxi`` package being documented).
"""

from __future__ import annotations

import argparse
import builtins
import importlib
import inspect
import re
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"
SUBMODULES = ("errors", "webhook", "testing")


def import_muxi() -> ModuleType:
    """The ``muxi`` package of this checkout (``src/`` and ``generated/`` first on the path)."""
    for folder in (ROOT / "generated", ROOT / "src"):
        if str(folder) not in sys.path:
            sys.path.insert(0, str(folder))
    return importlib.import_module("muxi")


def doc_files() -> tuple[Path, ...]:
    """README.md and every Markdown page of docs/."""
    return (ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md")))


# --------------------------------------------------------------------------- the inventory


def read_inventory(path: Path) -> set[str]:
    """The object names of a Sphinx ``objects.inv`` (version 2: four header lines, then zlib)."""
    data = path.read_bytes()
    lines = data.split(b"\n", 4)
    if len(lines) < 5 or lines[0].strip() != b"# Sphinx inventory version 2":
        raise ValueError(f"{path}: not a Sphinx inventory (version 2)")
    names: set[str] = set()
    for line in zlib.decompress(lines[4]).decode("utf-8").splitlines():
        # name domain:role priority uri display-name; names may contain spaces only for labels
        match = re.match(r"^(.+?)\s+(\S+:\S+)\s+(-?\d+)\s+(\S*)\s+(.*)$", line)
        if match and match.group(2).startswith("py:"):
            names.add(match.group(1))
    return names


def public_names(muxi: ModuleType) -> dict[str, object]:
    """Every public name the site must document: {dotted name: object}."""
    names: dict[str, object] = {}
    for name in muxi.__all__:
        names[f"muxi.{name}"] = getattr(muxi, name)
    for module_name in SUBMODULES:
        module = importlib.import_module(f"muxi.{module_name}")
        names[f"muxi.{module_name}"] = module
        for name in module.__all__:
            names[f"muxi.{module_name}.{name}"] = getattr(module, name)
    return names


def _ours(cls: type) -> bool:
    return cls.__module__.split(".")[0] in ("muxi", "muxi_generated")


def public_members(cls: type) -> list[str]:
    """The public methods and properties of ``cls`` written in ``muxi`` code (inherited ones too)."""
    found: list[str] = []
    for klass in cls.__mro__:
        if not _ours(klass):
            continue
        for name, value in vars(klass).items():
            if name.startswith("_") or name in found:
                continue
            if isinstance(value, (property, classmethod, staticmethod)) or inspect.isfunction(value):
                found.append(name)
    return found


def check_inventory(muxi: ModuleType, site: Path) -> list[str]:
    """Public names and members missing from the site's inventory."""
    inventory_file = site / "objects.inv"
    if not inventory_file.is_file():
        return [f"{inventory_file}: missing; build the site first (mkdocs build --strict)"]
    inventory = read_inventory(inventory_file)
    names = public_names(muxi)
    # Where each public class is documented: "muxi.FormationClient", "muxi.errors.MuxiError"...
    documented: dict[type, list[str]] = {}
    for qualname, obj in names.items():
        if inspect.isclass(obj) and qualname in inventory:
            documented.setdefault(obj, []).append(qualname)
    problems: list[str] = []
    for qualname, obj in names.items():
        if qualname not in inventory:
            problems.append(f"{qualname}: not documented on the site (not in objects.inv)")
            continue
        if not inspect.isclass(obj):
            continue
        for member in public_members(obj):
            # Documented on this class, or on a documented class it inherits the member from
            # unchanged (``Formation.get_agents`` is ``FormationClient.get_agents``).
            owner = next(klass for klass in obj.__mro__ if member in vars(klass))
            homes = [home for base in obj.__mro__ if issubclass(base, owner) for home in documented.get(base, [])]
            if not any(f"{home}.{member}" in inventory for home in homes):
                problems.append(
                    f"{qualname}.{member}: not documented on the site (a public member without a docstring?)"
                )
    return problems


# --------------------------------------------------------------------------- Markdown references


def _instance_attribute(cls: type, name: str) -> bool:
    """``name`` is an attribute instances of ``cls`` have (annotated, a slot, or set in code)."""
    for klass in cls.__mro__:
        if name in getattr(klass, "__annotations__", {}) or name in getattr(klass, "__slots__", ()):
            return True
        try:
            source = inspect.getsource(klass)
        except (OSError, TypeError):
            continue
        if re.search(rf"\bself\.{re.escape(name)}\s*[:=]", source):
            return True
    return False


def _walk(scope: object, parts: list[str]) -> bool:
    obj = scope
    for index, part in enumerate(parts):
        if not part.isidentifier():
            return False
        try:
            obj = getattr(obj, part)
            continue
        except AttributeError:
            pass
        except Exception:  # a lazy attribute that fails to load is not there
            return False
        if inspect.ismodule(obj):
            try:
                obj = importlib.import_module(f"{obj.__name__}.{part}")
                continue
            except ImportError:
                return False
        if inspect.isclass(obj) and index == len(parts) - 1:
            return _instance_attribute(obj, part)
        return False
    return True


def resolves(target: str, muxi: ModuleType) -> bool:
    """Whether a dotted name names a real object: in ``muxi``, the builtins, or as an absolute path."""
    parts = target.removesuffix("()").split(".")
    if any(_walk(scope, parts) for scope in (muxi, builtins)):
        return True
    for cut in range(len(parts), 0, -1):
        try:
            found = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        except Exception:
            return False
        return _walk(found, parts[cut:])
    return False


def code_spans(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, content) of the inline code spans of a Markdown file, outside fenced blocks."""
    fenced = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if fenced:
            continue
        for match in re.finditer(r"(?<!`)`([^`\n]+)`(?!`)", line):
            yield number, match.group(1)


def _python_name(dotted: str, public: set[str]) -> bool:
    """Whether a backticked ``muxi.x`` names Python: a capitalised name (``muxi.FormationClient``,
    checked even when misspelt) or one under a public lowercase name (``muxi.get_request_id``,
    ``muxi.testing.FakeFormation``). Other lowercase dotted names are telemetry attribute and
    event names (``muxi.request_id``, ``muxi.retry``), which the guide writes the same way."""
    parts = dotted.split(".")
    return parts[1][:1].isupper() or f"muxi.{parts[1]}" in public


def check_markdown(muxi: ModuleType, files: tuple[Path, ...]) -> list[str]:
    """Backticked ``muxi.`` names and ``PublicClass.member`` references that do not resolve."""
    classes: dict[str, str] = {}
    public = set(public_names(muxi))
    for qualname, obj in public_names(muxi).items():
        if inspect.isclass(obj):
            classes.setdefault(qualname.rsplit(".", 1)[1], qualname)
    problems: list[str] = []
    for path in files:
        shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        if not path.is_file():
            problems.append(f"{shown}: missing")
            continue
        for number, span in code_spans(path):
            dotted = re.match(r"^(muxi(?:\.\w+)+)(?=$|[(\[ ])", span)
            if dotted and not _python_name(dotted.group(1), public):
                continue  # `muxi.request_id`, `muxi.retry.wait_s`: telemetry attribute names, not Python
            if dotted:
                target = dotted.group(1)
            else:
                member = re.match(r"^([A-Z]\w*)((?:\.\w+)+)(?=$|\()", span)
                if not member or member.group(1) not in classes:
                    continue
                target = classes[member.group(1)] + member.group(2)
            if not resolves(target, muxi):
                problems.append(f"{shown}:{number}: `{span}` does not resolve ({target})")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--site", type=Path, default=SITE, help="the built site (default: site/)")
    args = parser.parse_args(argv)
    muxi = import_muxi()
    problems = check_inventory(muxi, args.site) + check_markdown(muxi, doc_files())
    for problem in problems:
        print(f"check_docs: {problem}", file=sys.stderr)
    if problems:
        print(f"check_docs: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    count = len(public_names(muxi))
    print(f"check_docs: the site documents all {count} public names and their members; references resolve")
    return 0


if __name__ == "__main__":
    sys.exit(main())
