"""``make bench``: what the client costs its users, against raw httpx and the official SDK, in one run.

Every workload runs in a fresh process against a loopback server in another process that answers
at once (``benchmarks/server.py``), so only client work is measured. The variants run in clean
virtualenvs with nothing but their runtime dependencies, as a user installs them: this checkout
(``src/muxi`` and ``generated/muxi_generated`` copied into ``.venv-bench`` beside the same httpx,
attrs and python-dateutil versions as the dev environment, whose extra packages — rich and click
among them — would make ``import httpx`` twice as slow) and raw httpx run in ``.venv-bench``; the
official ``muxi`` package in ``.venv-bench-official``. Both are made on first use.

Variants alternate round by round (the order rotates; raw httpx and this SDK run interleaved in
one process for the CPU rows), each row is the median over its rounds and the ratio the median of
the per-round ratios (paired runs see the same machine load), with the spread of those ratios
(min to max). The table is printed and written into README.md between the
``bench`` markers. Benchmarks measure; no test asserts a timing.

``python benchmarks/run.py [GROUP ...]`` measures only the groups named (cold, stall, request,
stream, memory, latency, imports, otel) and leaves the README alone; ``MUXI_BENCH_QUICK=1`` runs two
rounds of everything (a smoke test of the bench itself).
"""

from __future__ import annotations

import datetime
import importlib.metadata
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
LOCAL_VENV = ROOT / ".venv-bench"
OFFICIAL_VENV = ROOT / ".venv-bench-official"
OTEL_VENV = ROOT / ".venv-bench-otel"  # .venv-bench plus the `otel` extra (opentelemetry-api), no provider set
OFFICIAL_PIN = "muxi==1.20260713.0"
# The runtime dependencies of this SDK (and theirs), pinned to what the dev environment runs.
RUNTIME_PACKAGES = ("httpx", "httpcore", "anyio", "h11", "certifi", "idna", "attrs", "python-dateutil", "six")

QUICK = bool(os.environ.get("MUXI_BENCH_QUICK"))  # a smoke run of the bench itself: 2 rounds of everything
COLD_ROUNDS = 2 if QUICK else 25  # fresh processes per variant: import + first call
STALL_ROUNDS = 2 if QUICK else 11
STREAM_ROUNDS = 2 if QUICK else 5
REQUEST_ROUNDS = 2 if QUICK else 3
MEMORY_ROUNDS = 1 if QUICK else 2  # about a minute per process: httpcore's pool work is quadratic in its connections
LATENCY_ROUNDS = 2 if QUICK else 3


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(events: int, gap: float, barrier: int = 0) -> tuple[subprocess.Popen[str], str]:
    port = free_port()
    command = [sys.executable, str(HERE / "server.py"), str(port), str(events), str(gap), str(barrier)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    return process, f"http://127.0.0.1:{port}"


def _make_venv(venv: Path, requirements: Sequence[str]) -> str | None:
    python = venv / "bin" / "python"
    if python.exists():
        return str(python)
    print(f"installing {' '.join(requirements)} into {venv.name} ...", flush=True)
    made = subprocess.run([sys.executable, "-m", "venv", str(venv)], check=False)
    installed = (
        made.returncode == 0
        and subprocess.run([str(python), "-m", "pip", "install", "--quiet", *requirements], check=False).returncode == 0
    )
    if not installed:
        shutil.rmtree(venv, ignore_errors=True)
        return None
    return str(python)


def official_python() -> str | None:
    python = _make_venv(OFFICIAL_VENV, [OFFICIAL_PIN])
    if python is None:
        print("could not install the official SDK; its column stays empty", flush=True)
    return python


def local_python(venv: Path = LOCAL_VENV, extra: Sequence[str] = ()) -> str:
    """``venv`` with this checkout installed as a wheel would install it (compiled bytecode), and ``extra``."""
    pins: list[str] = list(extra)
    for name in RUNTIME_PACKAGES:
        try:
            pins.append(f"{name}=={importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            pins.append(name)
    python = _make_venv(venv, pins)
    if python is None:
        raise SystemExit(f"could not create {venv.name} (pip install {' '.join(pins)})")
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    for source in (ROOT / "src" / "muxi", ROOT / "generated" / "muxi_generated"):
        target = Path(site) / source.name
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        subprocess.run([python, "-m", "compileall", "-q", str(target)], check=True)
    return python


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    return {**env, "MUXI_SDK_VERSION_NOTIFICATION": "0"}  # the official SDK's update check stays off


def workload(python: str, script: str, *args: str) -> dict[str, Any]:
    done = subprocess.run([python, str(HERE / script), *args], capture_output=True, text=True, env=_env(), check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{script} {' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def process_cost(python: str, *args: str) -> tuple[float, float, float]:
    """CPU seconds (user + system), wall seconds and peak RSS (bytes) of one whole process."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [python, str(HERE / "firstcall.py"), *args], env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read().decode() if process.stderr is not None else ""
    if process.returncode != 0:
        raise RuntimeError(f"firstcall.py {' '.join(args)} failed:\n{stderr[-2000:]}")
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss * 1024.0


def rounds(count: int, pythons: dict[str, str | None], measure: Callable[[str, str], Any]) -> dict[str, list[Any]]:
    """``measure(python, variant)`` for every variant, ``count`` times, the order rotating each round."""
    names = [name for name, python in pythons.items() if python is not None]
    samples: dict[str, list[Any]] = {name: [] for name in pythons}
    for index in range(count):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            python = pythons[name]
            assert python is not None
            samples[name].append(measure(python, name))
    return samples


def cpu_rounds(
    count: int, name: str, variants: list[str], local: str, official: str | None, base: str
) -> dict[str, list[float]]:
    """Client CPU per unit of a ``request`` or ``stream`` workload, ``count`` rounds.

    Raw httpx and this SDK run in the same process each round, their runs interleaved (see
    ``workloads.paired``), so that both see the same machine; the official SDK, in its own
    virtualenv, runs in a process of its own right after.
    """
    found: dict[str, list[float]] = {variant: [] for variant in [*variants, "official"]}
    for _ in range(count):
        paired = workload(local, "workloads.py", "paired", name, base, *variants)
        for variant in variants:
            found[variant].append(float(paired[variant]))
        if official is not None:
            alone = workload(official, "workloads.py", "official", name, base)
            found["official"].append(float(alone["seconds_per_request" if name == "request" else "seconds_per_event"]))
    return found


def import_time(python: str, statement: str) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    done = subprocess.run([python, "-c", code], capture_output=True, text=True, check=True, env=_env())
    return float(done.stdout)


class Row:
    """One line of the table: a measure of raw httpx, this SDK and the official SDK, with its target."""

    def __init__(
        self,
        title: str,
        unit: str,
        raw: Sequence[float],
        ours: Sequence[float],
        official: Sequence[float],
        *,
        ratio_limit: float | None = None,
        delta_limit: float | None = None,
        note: str = "",
    ) -> None:
        self.title, self.unit, self.note = title, unit, note
        self.raw, self.ours = statistics.median(raw), statistics.median(ours)
        self.official = statistics.median(official) if official else None
        self.ratio_limit, self.delta_limit = ratio_limit, delta_limit
        pairs = list(zip(ours, raw, strict=False))
        if delta_limit is not None:
            self.deltas = sorted(a - b for a, b in pairs)
            self.value = statistics.median(self.deltas)
        else:
            self.deltas = sorted(a / b for a, b in pairs if b)
            self.value = statistics.median(self.deltas)
        limit = ratio_limit if ratio_limit is not None else delta_limit
        self.met = None if limit is None else self.value <= limit

    def fmt(self, value: float | None) -> str:
        if value is None:
            return "n/a"
        if self.unit == "us":
            return f"{value * 1e6:.1f} µs"
        if self.unit == "ms":
            return f"{value * 1e3:.1f} ms"
        return f"{value / 2**20:.1f} MiB"

    def line(self) -> str:
        if self.delta_limit is not None:
            scale, suffix = (1e3, " ms") if self.unit == "ms" else (1e6, " µs")
            low, high = self.deltas[0] * scale, self.deltas[-1] * scale
            compared = f"{self.value * scale:+.1f}{suffix} ({low:+.1f} … {high:+.1f})"
            target = f"≤ +{self.delta_limit * scale:g}{suffix}"
        else:
            compared = f"{self.value:.2f}× ({self.deltas[0]:.2f}–{self.deltas[-1]:.2f})"
            target = f"≤ {self.ratio_limit:.2f}×" if self.ratio_limit is not None else "—"
        if self.met is not None:
            target += " (met)" if self.met else " (**missed**)"
        official = self.fmt(self.official)
        if self.official is not None and self.delta_limit is None and self.raw:
            official += f" ({self.official / self.raw:.2f}×)"
        elif self.official is not None and self.delta_limit is not None:
            scale, suffix = (1e3, " ms") if self.unit == "ms" else (1e6, " µs")
            official += f" ({(self.official - self.raw) * scale:+.1f}{suffix})"
        title = f"{self.title}{self.note}"
        return f"| {title} | {self.fmt(self.raw)} | {self.fmt(self.ours)} | {compared} | {target} | {official} |"


def percentile(samples: Sequence[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


GROUPS = ("cold", "stall", "request", "stream", "memory", "latency", "imports", "otel")


def main(groups: Sequence[str]) -> int:
    """Measure ``groups`` (all of them by default; only a full run rewrites the README table)."""
    unknown = sorted(set(groups) - set(GROUPS))
    if unknown:
        raise SystemExit(f"unknown group(s) {', '.join(unknown)}; choose from {', '.join(GROUPS)}")
    chosen = groups or GROUPS
    official = official_python()
    local = local_python()
    three = {"raw": local, "muxi": local, "official": official}
    four = {"raw": local, "json": local, "muxi": local, "official": official}
    rows: list[Row] = []
    fast, fast_url = start_server(events=20000, gap=0.0)
    slow, slow_url = start_server(events=5, gap=0.2, barrier=1000)  # all 1,000 streams open at once
    stamped, stamped_url = start_server(events=400, gap=0.002)
    try:
        if "cold" in chosen:
            print("import + first call ...", flush=True)
            cold = rounds(COLD_ROUNDS, four, lambda python, variant: process_cost(python, "cold", variant, fast_url))
            cpu = {name: [sample[0] for sample in samples] for name, samples in cold.items()}
            wall = {name: [sample[1] for sample in samples] for name, samples in cold.items()}
            rss = {name: [sample[2] for sample in samples] for name, samples in cold.items()}
            rows.append(Row("Import + first call, whole-process CPU", "ms", cpu["raw"], cpu["muxi"], cpu["official"],
                            ratio_limit=1.15))  # fmt: skip
            rows.append(Row("Import + first call, wall", "ms", wall["raw"], wall["muxi"], wall["official"]))
            rows.append(Row("Import + first call, CPU vs untyped httpx (`.json()` only)", "ms", cpu["json"],
                            cpu["muxi"], cpu["official"]))  # fmt: skip
            rows.append(Row("Peak RSS of a one-call script", "mb", rss["raw"], rss["muxi"], rss["official"]))
        if "stall" in chosen:
            print("event-loop stall of a fresh async client's first call ...", flush=True)
            warm = {"raw": local, "muxi": local, "muxi-warm": local if _has_warm(local) else None, "official": official}
            stall = rounds(
                STALL_ROUNDS, warm, lambda python, variant: workload(python, "firstcall.py", "stall", variant, fast_url)
            )
            gaps = {name: [sample["stall"] for sample in samples] for name, samples in stall.items()}
            rows.append(Row("Longest event-loop stall, fresh async client's first call", "ms", gaps["raw"],
                            gaps["muxi"], gaps["official"], delta_limit=0.015))  # fmt: skip
            if gaps["muxi-warm"]:
                rows.append(Row("… after `await client.warm(\"get_agents\")` at start-up", "ms", gaps["raw"],
                                gaps["muxi-warm"], gaps["official"], delta_limit=0.015))  # fmt: skip
        if "request" in chosen:
            print("CPU per request ...", flush=True)
            request = cpu_rounds(REQUEST_ROUNDS, "request", ["raw", "muxi"], local, official, fast_url)
            rows.append(Row("Client CPU per request (GET, typed parse)", "us", request["raw"], request["muxi"],
                            request["official"], ratio_limit=1.05))  # fmt: skip
        if "stream" in chosen:
            print("CPU per streamed event ...", flush=True)
            stream = cpu_rounds(STREAM_ROUNDS, "stream", ["raw", "json", "muxi"], local, official, fast_url)
            rows.append(Row("Client CPU per streamed chat event (typed)", "us", stream["raw"], stream["muxi"],
                            stream["official"], ratio_limit=1.10))  # fmt: skip
            rows.append(Row("… vs untyped httpx (`json.loads` only)", "us", stream["json"], stream["muxi"],
                            stream["official"]))  # fmt: skip
        if "memory" in chosen:
            print("memory of 1,000 concurrent async streams ...", flush=True)
            memory = rounds(MEMORY_ROUNDS, three, lambda p, v: workload(p, "workloads.py", v, "memory", slow_url))
            peak = {name: [float(s["peak_bytes"]) for s in samples] for name, samples in memory.items()}
            rows.append(Row("Peak memory, 1,000 concurrent async streams", "mb", peak["raw"], peak["muxi"],
                            peak["official"], ratio_limit=1.20))  # fmt: skip
        if "latency" in chosen:
            print("event delivery latency ...", flush=True)
            latency = rounds(LATENCY_ROUNDS, three, lambda p, v: workload(p, "workloads.py", v, "latency", stamped_url))
            for title, fraction, limit in (("p50", 0.5, 40e-6), ("p99", 0.99, None)):
                per_round = {
                    name: [percentile(s["samples"], fraction) for s in samples] for name, samples in latency.items()
                }
                rows.append(Row(f"Event delivery latency {title} (server-stamped)", "us", per_round["raw"],
                                per_round["muxi"], per_round["official"], delta_limit=limit))  # fmt: skip
        if "otel" in chosen:
            # The `otel` extra installed but no tracer provider set (what most installs of the extra look like
            # before the application configures tracing): import + first call must cost what it costs without it.
            print("import + first call with the otel extra installed, no provider ...", flush=True)
            otel = local_python(OTEL_VENV, ["opentelemetry-api"])
            pair: dict[str, str | None] = {"without": local, "with": otel}
            cold = rounds(COLD_ROUNDS, pair, lambda python, _: process_cost(python, "cold", "muxi-otel", fast_url))
            cpu = {name: [sample[0] for sample in samples] for name, samples in cold.items()}
            title = "Import + first call CPU, `[otel]` extra installed, no provider (raw column: muxi without it)"
            rows.append(Row(title, "ms", cpu["without"], cpu["with"], [], ratio_limit=1.02))
    finally:
        for process in (fast, slow, stamped):
            process.terminate()
            process.wait(timeout=10)
    if "imports" in chosen:
        print("imports ...", flush=True)
        imports = rounds(
            COLD_ROUNDS,
            three,
            lambda python, variant: import_time(python, "import httpx" if variant == "raw" else "import muxi"),
        )
        client = "from muxi import FormationClient"
        clients = rounds(
            COLD_ROUNDS,
            three,
            lambda python, variant: import_time(python, "import httpx" if variant == "raw" else client),
        )
        rows.append(Row("`import muxi` (vs `import httpx`)", "ms", imports["raw"], imports["muxi"],
                        imports["official"], delta_limit=0.025))  # fmt: skip
        rows.append(Row("`from muxi import FormationClient` (vs `import httpx`)", "ms", clients["raw"],
                        clients["muxi"], clients["official"], delta_limit=0.025))  # fmt: skip
    table = render(rows)
    print(table)
    if not QUICK and not groups:
        write_readme(table)
    return 0


def _has_warm(python: str) -> bool:
    code = "import muxi, sys; sys.exit(0 if hasattr(muxi.AsyncFormationClient, 'warm') else 1)"
    return subprocess.run([python, "-c", code], env=_env(), check=False).returncode == 0


def render(rows: Sequence[Row]) -> str:
    lines = [
        "| Measure | raw httpx | muxi-client | muxi-client vs raw (spread) | target | official `muxi` (vs raw) |",
        "|---|---|---|---|---|---|",
        *(row.line() for row in rows),
    ]
    machine = f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines += [
        "",
        f"Measured {stamp} on {machine} (load average {load:.2f} at the end) with `make bench`; lower is better. "
        "Each value is the median over fresh processes (import + first call, stall: "
        f"{COLD_ROUNDS} and {STALL_ROUNDS} rounds; per request {REQUEST_ROUNDS}, per event {STREAM_ROUNDS}, "
        f"memory {MEMORY_ROUNDS}, latency {LATENCY_ROUNDS} rounds of 400 events), the comparison the median of "
        "the paired per-round ratios or differences, with their spread (min–max).",
    ]
    return "\n".join(lines)


def write_readme(table: str) -> None:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    start, end = "<!-- bench:start -->", "<!-- bench:end -->"
    if start not in text:
        return
    head, rest = text.split(start, 1)
    tail = rest.split(end, 1)[1]
    readme.write_text(f"{head}{start}\n{table}\n{end}{tail}", encoding="utf-8")


if __name__ == "__main__":
    started = time.monotonic()
    code = main(sys.argv[1:])
    print(f"({time.monotonic() - started:.0f} s)")
    sys.exit(code)
