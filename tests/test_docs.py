"""The documentation stays true: references resolve, the site checks work, the guide's snippets run.

The site itself is built by ``make check-docs`` (``mkdocs build --strict``, then
``scripts/check_docs.py``), not here: these tests stay offline and fast. They check what the build
relies on — every Sphinx role in a ``muxi`` docstring resolves (``scripts/griffe_roles.py`` turns
them into links), the inventory check finds what is missing, backticked names in README.md and
docs/ resolve — and run the code of the Markdown pages.

Convention for docs/*.md: a code block fenced as ```` ```python runnable ```` must run offline as
it is — it uses the in-process fakes of ``muxi.testing`` (or nothing that does I/O) and may only
reach 127.0.0.1 (``FakeFormation.serve``). Each one runs here in a fresh namespace, with the
``MUXI_*`` environment variables cleared. Every other ```` ```python ```` block must compile.
"""

from __future__ import annotations

import inspect
import os
import re
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import griffe
import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import check_docs  # noqa: E402
import griffe_roles  # noqa: E402

PAGES = sorted((ROOT / "docs").rglob("*.md"))
FENCE = re.compile(r"^```(\S*)(.*)$")


@dataclass(frozen=True)
class Block:
    page: str
    line: int  # of the opening fence
    runnable: bool
    code: str

    @property
    def where(self) -> str:
        return f"{self.page}:{self.line}"


def python_blocks(path: Path) -> Iterator[Block]:
    lines = path.read_text(encoding="utf-8").splitlines()
    page = path.relative_to(ROOT).as_posix()
    index = 0
    while index < len(lines):
        match = FENCE.match(lines[index])
        if match and match.group(1):
            start = index
            body: list[str] = []
            index += 1
            while index < len(lines) and lines[index].strip() != "```":
                body.append(lines[index])
                index += 1
            if match.group(1) == "python":
                yield Block(page, start + 1, "runnable" in match.group(2).split(), "\n".join(body) + "\n")
        index += 1


BLOCKS = [block for page in PAGES for block in python_blocks(page)]
RUNNABLE = [block for block in BLOCKS if block.runnable]


# --------------------------------------------------------------------------- docstring references


@dataclass(frozen=True)
class Loaded:
    muxi: griffe.Module
    roles: griffe_roles.SphinxRoles


@pytest.fixture(scope="module")
def loaded() -> Loaded:
    """Both packages as the site build loads them, through the griffe extension of mkdocs.yml."""
    extension = griffe_roles.SphinxRoles()
    loader = griffe.GriffeLoader(
        search_paths=[str(ROOT / "src"), str(ROOT / "generated")],
        extensions=griffe.load_extensions(extension),
    )
    loader.load("muxi_generated")
    muxi = loader.load("muxi")
    loader.resolve_aliases(external=False, implicit=False)
    assert isinstance(muxi, griffe.Module)
    return Loaded(muxi, extension)


def test_every_docstring_reference_resolves(loaded: Loaded) -> None:
    """A role naming nothing (``:meth:`FormationClient.chatt```) would be a broken link on the site."""
    assert loaded.roles.broken == []


def test_roles_become_links_or_code(loaded: Loaded) -> None:
    muxi = loaded.muxi
    errors = muxi["errors"]
    formation = muxi["FormationClient"]
    broken: list[str] = []
    text = griffe_roles.convert(
        ":class:`~muxi.StreamError` :exc:`NotFoundError` :meth:`FormationClient.chat` "
        ":class:`httpx.Timeout` :class:`TypeError` :func:`time.time` :meth:`nope`",
        errors,
        broken,
    )
    assert text == (
        "[`StreamError`][muxi.StreamError] [`NotFoundError`][muxi.errors.NotFoundError] "
        "[`FormationClient.chat()`][muxi.FormationClient.chat] "
        "`httpx.Timeout` `TypeError` `time.time()` [`nope()`][nope]"
    )
    assert broken == ["muxi.errors: :meth:`nope`"]
    # Seen from a class, a bare name is its member, inherited (generated) operations included; a
    # private path gives way to where the member is defined, which the site also knows it by.
    text = griffe_roles.convert(":meth:`with_options` :meth:`get_agents`", formation.final_target, broken)
    first, second = text.split(" ")
    assert re.fullmatch(r"\[`with_options\(\)`\]\[muxi\.[\w.]+\.with_options\]", first), text
    assert re.fullmatch(r"\[`get_agents\(\)`\]\[muxi_generated\.[\w.]+\.get_agents\]", second), text
    assert len(broken) == 1


def test_literal_blocks_become_fenced_code(loaded: Loaded) -> None:
    muxi = loaded.muxi
    text = "Use it like this::\n\n    x = 1\n    y = 2\n\nThen more."
    assert griffe_roles.convert(text, muxi) == "Use it like this:\n\n```python\nx = 1\ny = 2\n```\n\nThen more."


# --------------------------------------------------------------------------- the site's inventory


def _inventory(path: Path, names: list[str]) -> Path:
    """A Sphinx inventory (version 2) listing ``names``, as mkdocstrings writes it."""
    body = "".join(f"{name} py:class 1 reference/x/#$ -\n" for name in names)
    header = "# Sphinx inventory version 2\n# Project: muxi-client\n# Version: 0.0.0\n"
    header += "# The remainder of this file is compressed using zlib.\n"
    path.mkdir(parents=True, exist_ok=True)
    (path / "objects.inv").write_bytes(header.encode() + zlib.compress(body.encode()))
    return path


def _everything(muxi: Any) -> list[str]:
    names = list(check_docs.public_names(muxi))
    for qualname, obj in check_docs.public_names(muxi).items():
        if inspect.isclass(obj):
            names += [f"{qualname}.{member}" for member in check_docs.public_members(obj)]
    return names


def test_the_inventory_check_passes_on_a_complete_inventory(tmp_path: Path) -> None:
    muxi = check_docs.import_muxi()
    site = _inventory(tmp_path, _everything(muxi))
    assert check_docs.read_inventory(site / "objects.inv") >= {"muxi.FormationClient", "muxi.webhook.sign"}
    assert check_docs.check_inventory(muxi, site) == []


def test_the_inventory_check_reports_what_the_site_lacks(tmp_path: Path) -> None:
    muxi = check_docs.import_muxi()
    missing = {"muxi.ChatStream", "muxi.webhook.ReplayGuard", "muxi.FormationClient.chat", "muxi.testing.FakeServer"}
    names = [name for name in _everything(muxi) if name not in missing]
    # A member inherited unchanged from a documented class is documented there (the site renders
    # Formation's own members only); one the subclass overrides must be documented on it.
    assert "get_agents" not in vars(muxi.Formation) and "chat_stream" in vars(muxi.Formation)
    names = [name for name in names if name not in ("muxi.Formation.get_agents", "muxi.Formation.chat_stream")]
    problems = check_docs.check_inventory(muxi, _inventory(tmp_path, names))
    assert sorted(p.split(":", 1)[0] for p in problems) == [
        "muxi.ChatStream",
        "muxi.Formation.chat_stream",
        "muxi.FormationClient.chat",
        "muxi.testing.FakeServer",
        "muxi.webhook.ReplayGuard",
    ]
    assert check_docs.check_inventory(muxi, tmp_path / "nowhere")[0].endswith(
        "missing; build the site first (mkdocs build --strict)"
    )


# --------------------------------------------------------------------------- Markdown references


def test_markdown_references_resolve() -> None:
    """Backticked ``muxi.`` names and ``PublicClass.member`` in README.md and docs/*.md exist."""
    problems = check_docs.check_markdown(check_docs.import_muxi(), check_docs.doc_files())
    assert problems == []


def test_the_checker_reports_broken_references(tmp_path: Path) -> None:
    muxi = check_docs.import_muxi()
    page = tmp_path / "page.md"
    page.write_text(
        "`muxi.FormationClient.chat` `FormationClient.chat_stream` `muxi.testing.FakeFormation(...)` "
        "`MuxiError.request_id` `fake.anything`\n"
        "`muxi.FormationClient.chatt` `ChatStream.nope` `muxi.Formationclient` `muxi.testing.FakeFormatio`\n"
        "`muxi.request_id` `muxi.retry.wait_s` (span attributes, not Python)\n"
        "```python\n`muxi.NotChecked`\n```\n",
        encoding="utf-8",
    )
    problems = check_docs.check_markdown(muxi, (page,))
    assert [p.split(": ", 1)[1] for p in problems] == [
        "`muxi.FormationClient.chatt` does not resolve (muxi.FormationClient.chatt)",
        "`ChatStream.nope` does not resolve (muxi.ChatStream.nope)",
        "`muxi.Formationclient` does not resolve (muxi.Formationclient)",
        "`muxi.testing.FakeFormatio` does not resolve (muxi.testing.FakeFormatio)",
    ]
    assert check_docs.resolves("muxi.errors.NotFoundError", muxi)
    assert check_docs.resolves("httpx.Timeout", muxi)
    assert not check_docs.resolves("muxi.Nope", muxi)


# --------------------------------------------------------------------------- the code of the pages


def test_the_pages_have_runnable_blocks() -> None:
    assert len(BLOCKS) > len(RUNNABLE) >= 11
    assert any(block.page == "docs/index.md" for block in RUNNABLE)  # the home page's quick start


@pytest.mark.parametrize("block", BLOCKS, ids=lambda b: b.where)
def test_python_blocks_compile(block: Block) -> None:
    compile(block.code, block.where, "exec")


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """No MUXI_* configuration from the environment, and no network beyond 127.0.0.1."""
    for name in [n for n in os.environ if n.startswith("MUXI_")]:
        monkeypatch.delenv(name)

    def guard(original: Any) -> Any:
        def handle(self: Any, request: httpx.Request) -> Any:
            if request.url.host != "127.0.0.1":
                raise AssertionError(f"a runnable block tried to reach {request.url}")
            return original(self, request)

        return handle

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", guard(httpx.HTTPTransport.handle_request))
    monkeypatch.setattr(
        httpx.AsyncHTTPTransport, "handle_async_request", guard(httpx.AsyncHTTPTransport.handle_async_request)
    )


@pytest.mark.usefixtures("offline")
@pytest.mark.parametrize("block", RUNNABLE, ids=lambda b: b.where)
def test_runnable_blocks_run(block: Block) -> None:
    namespace: dict[str, Any] = {"__name__": "__guide__"}
    exec(compile(block.code, block.where, "exec"), namespace)  # noqa: S102
