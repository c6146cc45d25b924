"""The documentation stays true: docs/api.md is current, references resolve, guide snippets run.

Convention for docs/guide.md: a code block fenced as ```` ```python runnable ```` must run offline
as it is — it uses the in-process fakes of ``muxi.testing`` (or nothing that does I/O) and may
only reach 127.0.0.1 (``FakeFormation.serve``). Each one runs here in a fresh namespace, with the
``MUXI_*`` environment variables cleared. Every other ```` ```python ```` block must compile.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "guide.md"
FENCE = re.compile(r"^```(\S*)(.*)$")


def _load_apiref() -> ModuleType:
    spec = importlib.util.spec_from_file_location("apiref", ROOT / "scripts" / "apiref.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["apiref"] = module  # dataclasses look their module up while the file executes
    spec.loader.exec_module(module)
    return module


apiref = _load_apiref()


@dataclass(frozen=True)
class Block:
    line: int  # of the opening fence
    runnable: bool
    code: str


def python_blocks(path: Path) -> Iterator[Block]:
    lines = path.read_text(encoding="utf-8").splitlines()
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
                yield Block(start + 1, "runnable" in match.group(2).split(), "\n".join(body) + "\n")
        index += 1


BLOCKS = list(python_blocks(GUIDE))
RUNNABLE = [block for block in BLOCKS if block.runnable]


def test_apiref_check_passes() -> None:
    """What `make check-docs` checks: api.md is current, docstrings exist, references resolve."""
    problems = apiref.check()
    assert not problems, "scripts/apiref.py --check found:\n" + "\n".join(problems)


def test_the_checker_reports_broken_references(tmp_path: Path) -> None:
    muxi = apiref._import_muxi()
    page = tmp_path / "page.md"
    page.write_text(
        "`muxi.FormationClient.chat` `FormationClient.chat_stream` `muxi.testing.FakeFormation(...)` "
        "`MuxiError.request_id` `fake.anything`\n"
        "`muxi.FormationClient.chatt` `ChatStream.nope`\n"
        "```python\n`muxi.NotChecked`\n```\n",
        encoding="utf-8",
    )
    problems = apiref.check_markdown(muxi, (str(page),))
    assert [p.split(": ", 1)[1] for p in problems] == [
        "`muxi.FormationClient.chatt` does not resolve (muxi.FormationClient.chatt)",
        "`ChatStream.nope` does not resolve (muxi.ChatStream.nope)",
    ]
    formation = muxi.FormationClient
    assert apiref.resolves("chat", module=None, cls=formation, muxi=muxi)
    assert apiref.resolves("~muxi.errors.NotFoundError", module=None, cls=None, muxi=muxi)
    assert apiref.resolves("httpx.Timeout", module=None, cls=None, muxi=muxi)
    assert not apiref.resolves("chatt", module=None, cls=formation, muxi=muxi)
    assert not apiref.resolves("muxi.Nope", module=None, cls=None, muxi=muxi)


def test_the_guide_has_runnable_blocks() -> None:
    assert len(BLOCKS) > len(RUNNABLE) >= 10


@pytest.mark.parametrize("block", BLOCKS, ids=lambda b: f"guide.md:{b.line}")
def test_guide_python_blocks_compile(block: Block) -> None:
    compile(block.code, f"docs/guide.md:{block.line}", "exec")


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """No MUXI_* configuration from the environment, and no network beyond 127.0.0.1."""
    for name in [n for n in os.environ if n.startswith("MUXI_")]:
        monkeypatch.delenv(name)

    def guard(original: Any) -> Any:
        def handle(self: Any, request: httpx.Request) -> Any:
            if request.url.host != "127.0.0.1":
                raise AssertionError(f"a runnable guide block tried to reach {request.url}")
            return original(self, request)

        return handle

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", guard(httpx.HTTPTransport.handle_request))
    monkeypatch.setattr(
        httpx.AsyncHTTPTransport, "handle_async_request", guard(httpx.AsyncHTTPTransport.handle_async_request)
    )


@pytest.mark.usefixtures("offline")
@pytest.mark.parametrize("block", RUNNABLE, ids=lambda b: f"guide.md:{b.line}")
def test_runnable_guide_blocks_run(block: Block) -> None:
    namespace: dict[str, Any] = {"__name__": "__guide__"}
    exec(compile(block.code, f"docs/guide.md:{block.line}", "exec"), namespace)  # noqa: S102
