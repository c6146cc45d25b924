#!/usr/bin/env python3
"""Typed as installed: type-check user code against the built wheel in a clean virtualenv.

What a user type-checks is the wheel in their site-packages, not this checkout. So this script

1. builds the wheel (``python -m build --no-isolation --wheel`` with the project's Python);
2. creates a clean virtualenv in a temporary directory and installs the wheel plus the mypy and
   ``pyright[nodejs]`` versions of the project's dev dependencies (the versions installed in the
   project's virtualenv when it has them, else the ``pyproject.toml`` specifiers);
3. copies, into a temporary directory outside the checkout (so neither ``src/`` nor
   ``generated/`` can be imported from it):

   - ``tests/typing/*.py``: ``usage*.py`` (``assert_type`` on common expressions),
     ``reveal.py`` (``reveal_type`` lines that must reveal no ``Any``) and ``mistakes.py``
     (lines marked ``# expect-error``);
   - every ```` ```python ```` block of README.md and docs/guide.md, each as its own module;
   - ``examples/*.py``;

4. runs ``mypy --strict`` and pyright (``typeCheckingMode: strict``, Python 3.10) on all of it,
   and checks:

   - no error (pyright: no error or warning) anywhere, except on the marked lines of
     ``mistakes.py``;
   - every line of ``mistakes.py`` marked ``# expect-error`` gets an error from BOTH checkers;
   - every ``reveal_type`` line of ``reveal.py`` reveals a type, without ``Any`` (mypy) or
     ``Any``/``Unknown`` (pyright).

It prints one line per failure (``path:line: checker: what``, paths of the checkout) and a
summary, and exits 1 on any failure (2 when the wheel cannot be built or installed).

Usage: ``python scripts/typecheck_wheel.py [--wheel dist/x.whl] [--keep] [--verbose]``
(``make typecheck-wheel``). Standard library only; Python 3.10+.
"""

from __future__ import annotations

import argparse
import ast
import builtins
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TYPING_DIR = ROOT / "tests" / "typing"
DOCS = (ROOT / "README.md", ROOT / "docs" / "guide.md")
EXAMPLES = ROOT / "examples"
MARKER = "# expect-error"
MISTAKES = "mistakes.py"
REVEALS = "reveal.py"
SURFACE = "surface.py"
# Written by the installed package's Python: one reveal_type per public attribute of every public
# class and function of muxi, muxi.testing and muxi.webhook, so a name added later is covered too.
SURFACE_SCRIPT = r"""
import inspect, muxi, muxi.testing, muxi.webhook
KEEP = {"__iter__", "__aiter__", "__next__", "__anext__", "__enter__", "__aenter__", "__await__"}
SKIP = {"call", "args", "add_note", "with_traceback"}  # call() is dynamic by design; the rest is BaseException's
GENERIC = {"Stream": "[muxi.FormationEvent]", "AsyncStream": "[muxi.FormationEvent]", "StreamEvent": "[str, int]",
           "RawResponse": "[muxi.ChatResponse]"}
lines = ["import muxi", "import muxi.testing", "import muxi.webhook", ""]
for module in (muxi, muxi.testing, muxi.webhook):
    for name in module.__all__:
        obj = getattr(module, name)
        qualified = f"{module.__name__}.{name}"
        if inspect.isfunction(obj):
            lines.append(f"reveal_type({qualified})")
        elif inspect.isclass(obj) and (not issubclass(obj, BaseException) or obj is muxi.MuxiError):
            function = f"check_{module.__name__.replace('.', '_')}_{name}"
            lines.append(f"def {function}(x: {qualified}{GENERIC.get(name, '')}) -> None:")
            attributes = [a for a in sorted(dir(obj)) if (not a.startswith("_") or a in KEEP) and a not in SKIP]
            lines += [f"    reveal_type(x.{a})" for a in attributes] or ["    pass"]
print("\n".join(lines))
"""
# The public names that may be Any: the dynamic call() is excluded above; coroutine and generator
# send/yield slots are Any by the language's own types.
_WRAPPERS = re.compile(r"(typing\.)?(Coroutine|CoroutineType|Generator)\[Any, (Any|None), ")
PYTHON_VERSION = "3.10"
FENCE = re.compile(r"^```(\S*)(.*)$")  # the fence syntax of tests/test_docs.py
MYPY_LINE = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+):(?:\d+:)? (?P<severity>error|note|warning): (?P<message>.*)$")
MYPY_REVEAL = re.compile(r'^Revealed type is "(?P<type>.*)"$')
PYRIGHT_REVEAL = re.compile(r'^Type of "(?P<expr>.*)" is "(?P<type>.*)"$', re.DOTALL)
ANY_MYPY = re.compile(r"\bAny\b")
ANY_PYRIGHT = re.compile(r"\b(Any|Unknown)\b")

# Doc snippets are written to be read one at a time, so each block is checked as its own module.
# A block that uses one of these names without ever binding it continues an earlier block that
# created the client: it gets this typed preamble prepended, and nothing else is ever added.
# (Every block of README.md and docs/guide.md is self-contained today.)
PREAMBLES: dict[str, tuple[str, ...]] = {
    "formation": ("from muxi import FormationClient", 'formation = FormationClient(url="http://localhost:8001")'),
    "server": ("from muxi import ServerClient", 'server = ServerClient(url="http://localhost:7890")'),
    "fake": ("from muxi.testing import FakeFormation", "fake = FakeFormation()"),
}


# ---------------------------------------------------------------------------------------- model


@dataclass(frozen=True)
class Source:
    """Where a checked file comes from: its path in the checkout and the line offset into it."""

    display: str  # path relative to the checkout (README.md, tests/typing/usage.py...)
    offset: int = 0  # checkout line = checked line + offset
    preamble: int = 0  # lines prepended to a doc snippet
    group: str = ""

    def where(self, line: int) -> str:
        if line <= self.preamble:
            return f"{self.display}:{self.offset + self.preamble + 1} (preamble line {line})"
        return f"{self.display}:{line + self.offset}"


@dataclass(frozen=True)
class Diagnostic:
    checker: str  # mypy | pyright
    file: str  # relative to the workspace
    line: int  # 1-based
    severity: str  # error | warning | note | information
    message: str
    code: str = ""


@dataclass
class Workspace:
    root: Path
    sources: dict[str, Source] = field(default_factory=dict[str, Source])  # workspace-relative path -> source

    def add(self, relative: str, text: str, source: Source) -> None:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        self.sources[relative] = source


@dataclass(frozen=True)
class Failure:
    where: str
    checker: str
    what: str
    group: str

    def sort_key(self) -> tuple[str, int, str]:
        path, _, rest = self.where.partition(":")
        number = re.match(r"\d+", rest)
        return (path, int(number.group()) if number else 0, self.checker)


# ---------------------------------------------------------------------------------------- helpers


def say(message: str) -> None:
    print(message, flush=True)


def run(
    command: Sequence[str | Path],
    *,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    check: bool = True,
    what: str = "",
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )
    if check and result.returncode != 0:
        say(f"typecheck-wheel: {what or command[0]} failed (exit {result.returncode}):")
        say((result.stdout + result.stderr).strip())
        raise SystemExit(2)
    return result


def clean_env() -> dict[str, str]:
    """The environment for the tools: nothing that could put the checkout on a search path."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "MYPYPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env["PYRIGHT_PYTHON_IGNORE_WARNINGS"] = "1"  # no "a newer pyright exists" check over the network
    env["NO_COLOR"] = "1"
    return env


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def venv_script(venv: Path, name: str) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin") / (name + (".exe" if os.name == "nt" else ""))


def dev_requirement(name: str) -> str:
    """The dev-dependency requirement string for ``name`` in pyproject.toml (``mypy>=1.10``...)."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    block = re.search(r"^dev\s*=\s*\[(.*?)^\]", text, re.MULTILINE | re.DOTALL)
    if block:
        for match in re.finditer(r'"([^"]+)"', block.group(1)):
            if re.match(rf"{re.escape(name)}\b(?![-_.])", match.group(1)):
                return match.group(1)
    raise SystemExit(f"typecheck-wheel: no {name!r} in the dev dependencies of pyproject.toml")


def tool_requirements(project_python: Path) -> list[str]:
    """mypy and pyright[nodejs] as the project's dev dependencies have them installed, else as specified,
    and opentelemetry-sdk, which examples/otel_tracing.py and the guide's tracing snippet import."""
    requirements: list[str] = []
    for name in ("mypy", "pyright", "opentelemetry-sdk"):
        spec = dev_requirement(name)
        probe = run(
            [project_python, "-c", f"import importlib.metadata as m; print(m.version({name!r}))"],
            check=False,
            env=clean_env(),
        )
        version = probe.stdout.strip() if probe.returncode == 0 else ""
        extras = re.match(rf"{re.escape(name)}(\[[^\]]*\])?", spec)
        requirements.append(f"{name}{extras.group(1) or ''}=={version}" if version and extras else spec)
    return requirements


# ---------------------------------------------------------------------------------------- inputs


def python_blocks(path: Path) -> Iterable[tuple[int, str]]:
    """(line of the opening fence, code) of each ```python block, as tests/test_docs.py reads them."""
    lines = path.read_text(encoding="utf-8").splitlines()
    index = 0
    while index < len(lines):
        match = FENCE.match(lines[index])
        if match and match.group(1):
            start, body = index, list[str]()
            index += 1
            while index < len(lines) and lines[index].strip() != "```":
                body.append(lines[index])
                index += 1
            if match.group(1) == "python":
                yield start + 1, "\n".join(body) + "\n"
        index += 1


def free_names(code: str) -> set[str]:
    """Names a block reads but never binds (approximate, and only used to pick PREAMBLES)."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return set()  # the checkers report it
    bound: set[str] = set()
    loaded: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            (loaded if isinstance(node.ctx, ast.Load) else bound).add(node.id)
        elif isinstance(node, ast.alias):
            bound.add((node.asname or node.name).split(".")[0])
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bound.add(node.name)
    return loaded - bound - set(dir(builtins))


def snippet_module(doc: Path, fence_line: int, code: str) -> tuple[str, Source]:
    needed = sorted(name for name in free_names(code) if name in PREAMBLES)
    preamble = [line for name in needed for line in PREAMBLES[name]]
    display = doc.relative_to(ROOT).as_posix()
    source = Source(display, offset=fence_line - len(preamble), preamble=len(preamble), group="docs")
    return "".join(line + "\n" for line in preamble) + code, source


def prepare(workspace: Workspace) -> dict[str, int]:
    counts: dict[str, int] = {}
    for path in sorted(TYPING_DIR.glob("*.py")):
        display = path.relative_to(ROOT).as_posix()
        workspace.add(path.name, path.read_text(encoding="utf-8"), Source(display, group=path.stem))
        counts["typing"] = counts.get("typing", 0) + 1
    for doc in DOCS:
        stem = re.sub(r"\W", "_", doc.stem.lower())
        for fence_line, code in python_blocks(doc):
            text, source = snippet_module(doc, fence_line, code)
            workspace.add(f"snippets/{stem}_L{fence_line}.py", text, source)
            counts[source.display] = counts.get(source.display, 0) + 1
    for path in sorted(EXAMPLES.glob("*.py")):
        display = path.relative_to(ROOT).as_posix()
        workspace.add(f"examples/{path.name}", path.read_text(encoding="utf-8"), Source(display, group="examples"))
        if not path.name.startswith("_"):
            counts["examples"] = counts.get("examples", 0) + 1
    return counts


# ---------------------------------------------------------------------------------------- checkers


def run_mypy(workspace: Workspace, venv: Path, cache: Path) -> tuple[list[Diagnostic], str]:
    config = workspace.root / "mypy.ini"
    config.write_text(f"[mypy]\nstrict = True\npython_version = {PYTHON_VERSION}\n", encoding="utf-8")
    python = venv_python(venv)
    command: list[str | Path] = [
        python,
        "-m",
        "mypy",
        "--strict",
        "--config-file",
        config,
        "--python-version",
        PYTHON_VERSION,
        "--python-executable",
        python,
        "--cache-dir",
        cache,
        "--show-error-codes",
        "--no-color-output",
        "--no-error-summary",
        "--hide-error-context",
        "--no-pretty",
        *sorted(workspace.sources),
    ]
    result = run(command, cwd=workspace.root, env=clean_env(), check=False)
    diagnostics: list[Diagnostic] = []
    stray: list[str] = []
    for line in result.stdout.splitlines():
        match = MYPY_LINE.match(line)
        if not match:
            stray.append(line)
            continue
        message, code = match["message"], ""
        coded = re.match(r"^(.*?)\s+\[([\w-]+)\]$", message)
        if coded:
            message, code = coded.group(1), coded.group(2)
        file = Path(match["file"]).as_posix()
        diagnostics.append(Diagnostic("mypy", file, int(match["line"]), match["severity"], message, code))
    problem = ""
    if result.returncode not in (0, 1) or (result.returncode == 1 and not diagnostics):
        problem = f"mypy exited {result.returncode}: " + " / ".join([*stray, result.stderr.strip()]).strip(" /")
    return diagnostics, problem


def run_pyright(workspace: Workspace, venv: Path) -> tuple[list[Diagnostic], str]:
    config = {
        "typeCheckingMode": "strict",
        "pythonVersion": PYTHON_VERSION,
        "venvPath": str(venv.parent),
        "venv": venv.name,
        "include": sorted(workspace.sources),
    }
    (workspace.root / "pyrightconfig.json").write_text(json.dumps(config, indent=2), encoding="utf-8")
    command: list[str | Path] = [
        venv_script(venv, "pyright"),
        "--outputjson",
        "--project",
        workspace.root / "pyrightconfig.json",
    ]
    result = run(command, cwd=workspace.root, env=clean_env(), check=False)
    try:
        report = json.loads(result.stdout)
    except ValueError:
        output = (result.stdout + result.stderr)[-2000:]
        return [], f"pyright exited {result.returncode} without a JSON report: {output}"
    diagnostics: list[Diagnostic] = []
    for item in report.get("generalDiagnostics", []):
        file = Path(item.get("file", "?"))
        try:
            relative = file.resolve().relative_to(workspace.root.resolve()).as_posix()
        except ValueError:
            relative = file.as_posix()
        message = "; ".join(part.strip() for part in str(item.get("message", "")).splitlines() if part.strip())
        line = int(item.get("range", {}).get("start", {}).get("line", 0)) + 1
        diagnostics.append(
            Diagnostic("pyright", relative, line, item.get("severity", "error"), message, item.get("rule", ""))
        )
    problem = ""
    if result.returncode not in (0, 1):
        problem = f"pyright exited {result.returncode}: {result.stderr.strip()[-2000:]}"
    return diagnostics, problem


# ---------------------------------------------------------------------------------------- rules


def is_error(diagnostic: Diagnostic) -> bool:
    return diagnostic.severity in ("error", "warning")


def describe(diagnostic: Diagnostic, limit: int = 400) -> str:
    message = diagnostic.message if len(diagnostic.message) <= limit else diagnostic.message[: limit - 1] + "…"
    return f"{message}  [{diagnostic.code}]" if diagnostic.code else message


def evaluate(workspace: Workspace, diagnostics: list[Diagnostic]) -> list[Failure]:
    failures: list[Failure] = []
    by_file: dict[str, list[Diagnostic]] = {}
    for diagnostic in diagnostics:
        by_file.setdefault(diagnostic.file, []).append(diagnostic)

    for relative, source in workspace.sources.items():
        found = by_file.pop(relative, [])
        lines = (workspace.root / relative).read_text(encoding="utf-8").splitlines()
        marked = {number for number, text in enumerate(lines, 1) if text.rstrip().endswith(MARKER)}
        if relative != MISTAKES:
            marked = set[int]()
        for diagnostic in found:
            if is_error(diagnostic) and diagnostic.line not in marked:
                what = describe(diagnostic)
                failures.append(Failure(source.where(diagnostic.line), diagnostic.checker, what, source.group))
        for checker in ("mypy", "pyright"):
            for number in sorted(marked):
                if not any(d.checker == checker and d.line == number and is_error(d) for d in found):
                    snippet = lines[number - 1].split(MARKER)[0].strip()
                    what = f"no error on a line marked expect-error: {snippet}"
                    failures.append(Failure(source.where(number), checker, what, source.group))
        if relative in (REVEALS, SURFACE):
            failures.extend(check_reveals(source, lines, found, returns_only=relative == SURFACE))

    for relative, stray in by_file.items():  # diagnostics for files we did not write (should not happen)
        for diagnostic in stray:
            if is_error(diagnostic):
                failures.append(Failure(f"{relative}:{diagnostic.line}", diagnostic.checker, describe(diagnostic), "?"))
    return failures


def check_reveals(
    source: Source, lines: list[str], found: list[Diagnostic], *, returns_only: bool = False
) -> list[Failure]:
    """Every ``reveal_type`` line reveals a type without Any; with ``returns_only`` (the generated
    surface) only what a call returns counts (parameters may take any JSON), unwrapped from its
    coroutine."""
    failures: list[Failure] = []
    reveal_lines = [number for number, text in enumerate(lines, 1) if text.strip().startswith("reveal_type(")]
    for checker, pattern, any_pattern in (("mypy", MYPY_REVEAL, ANY_MYPY), ("pyright", PYRIGHT_REVEAL, ANY_PYRIGHT)):
        revealed: dict[int, str] = {}
        for diagnostic in found:
            if diagnostic.checker == checker and diagnostic.severity in ("note", "information"):
                match = pattern.match(diagnostic.message)
                if match:
                    revealed[diagnostic.line] = match["type"]
        for number in reveal_lines:
            expression = lines[number - 1].strip()
            if number not in revealed:
                failures.append(Failure(source.where(number), checker, f"nothing revealed for {expression}", "reveal"))
            elif any_pattern.search(_returned(revealed[number]) if returns_only else revealed[number]):
                what = f'reveals "{revealed[number]}" for {expression}'
                failures.append(Failure(source.where(number), checker, what, "reveal"))
    return failures


def _returned(revealed: str) -> str:
    """What a revealed callable returns (the type itself when it is not callable)."""
    result = revealed.rsplit("->", 1)[-1] if "->" in revealed else revealed
    return _WRAPPERS.sub("", result)


# ---------------------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--project-python",
        type=Path,
        default=Path(sys.executable),
        help="the project's Python (has `build` and the dev tools); default: this one",
    )
    parser.add_argument(
        "--python",
        type=Path,
        default=Path(sys.executable),
        help="the interpreter the clean virtualenv is created from; default: this one",
    )
    parser.add_argument("--wheel", type=Path, help="check this wheel instead of building one")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory and print its path")
    parser.add_argument("--verbose", action="store_true", help="also print every diagnostic of both checkers")
    args = parser.parse_args(argv)

    started = time.monotonic()
    temp = Path(tempfile.mkdtemp(prefix="muxi-typecheck-wheel-"))
    if temp.resolve().is_relative_to(ROOT):
        raise SystemExit(f"typecheck-wheel: the temporary directory {temp} is inside the checkout")
    try:
        return check(args, temp, started)
    finally:
        if args.keep:
            say(f"kept {temp}")
        else:
            shutil.rmtree(temp, ignore_errors=True)


def check(args: argparse.Namespace, temp: Path, started: float) -> int:
    if args.wheel:
        wheel = args.wheel.resolve()
    else:
        say(f"==> building the wheel ({args.project_python} -m build --no-isolation --wheel)")
        dist = temp / "dist"
        run(
            [args.project_python, "-m", "build", "--no-isolation", "--wheel", "--outdir", dist, ROOT],
            cwd=ROOT,
            env=clean_env(),
            what="building the wheel",
        )
        wheels = sorted(dist.glob("*.whl"))
        if len(wheels) != 1:
            raise SystemExit(f"typecheck-wheel: expected one wheel in {dist}, found {[w.name for w in wheels]}")
        wheel = wheels[0]
    say(f"    {wheel.name}")

    venv = temp / "venv"
    requirements = tool_requirements(args.project_python)
    say(f"==> clean virtualenv {venv} from {args.python}: {wheel.name} {' '.join(requirements)}")
    run([args.python, "-m", "venv", venv], env=clean_env(), what="creating the virtualenv")
    run(
        [venv_python(venv), "-m", "pip", "install", "--quiet", wheel, *requirements],
        env=clean_env(),
        what="installing the wheel and the checkers",
    )

    workspace = Workspace(temp / "check")
    workspace.root.mkdir()
    probe = "import muxi, muxi_generated; print(muxi.__file__, muxi_generated.__file__)"
    located = run([venv_python(venv), "-c", probe], cwd=workspace.root, env=clean_env(), what="importing muxi")
    for module_file in located.stdout.split():
        if not Path(module_file).resolve().is_relative_to(venv.resolve()):
            raise SystemExit(f"typecheck-wheel: {module_file} is not from the clean virtualenv")
    say(f"    muxi imported from {located.stdout.split()[0]}")

    counts = prepare(workspace)
    surface = run(
        [venv_python(venv), "-c", SURFACE_SCRIPT], cwd=workspace.root, env=clean_env(), what="listing the surface"
    )
    workspace.add(SURFACE, surface.stdout, Source("(public surface, generated)", group="surface"))
    counts["surface reveals"] = surface.stdout.count("reveal_type(")
    say("==> checking " + ", ".join(f"{name}: {count}" for name, count in counts.items()) + f" (in {workspace.root})")

    clock = time.monotonic()
    mypy, mypy_problem = run_mypy(workspace, venv, temp / ".mypy_cache")
    say(f"==> mypy --strict: {sum(is_error(d) for d in mypy)} errors ({time.monotonic() - clock:.1f} s)")
    clock = time.monotonic()
    pyright, pyright_problem = run_pyright(workspace, venv)
    say(f"==> pyright (strict): {sum(is_error(d) for d in pyright)} errors/warnings ({time.monotonic() - clock:.1f} s)")

    if args.verbose:
        say("\n--- all diagnostics")
        for d in sorted([*mypy, *pyright], key=lambda d: (d.file, d.line, d.checker)):
            source = workspace.sources.get(d.file)
            say(f"{source.where(d.line) if source else d.file}: {d.checker} {d.severity}: {describe(d)}")

    failures = evaluate(workspace, [*mypy, *pyright])
    for checker, problem in (("mypy", mypy_problem), ("pyright", pyright_problem)):
        if problem:
            failures.append(Failure("(run)", checker, problem, "run"))

    if failures:
        say(f"\nFAILURES ({len(failures)}):")
        for failure in sorted(failures, key=Failure.sort_key):
            say(f"{failure.where}: {failure.checker}: {failure.what}")
        tally: dict[tuple[str, str], int] = {}
        for failure in failures:
            key = (failure.group, failure.checker)
            tally[key] = tally.get(key, 0) + 1
        say("\nby group: " + ", ".join(f"{group}/{checker} {n}" for (group, checker), n in sorted(tally.items())))
        say(f"typecheck-wheel: FAILED, {len(failures)} problem(s) ({time.monotonic() - started:.0f} s)")
        return 1
    say(f"typecheck-wheel: passed ({time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
