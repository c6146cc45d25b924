"""``make bench``: client CPU, import time and memory of muxi-client against raw httpx and the official SDK.

Each workload runs in a fresh process against a loopback server in another process that answers
instantly (``benchmarks/server.py``), so only client work is measured. The official ``muxi``
package is installed into its own virtualenv (``.venv-bench-official``) on first use. The table
is printed and written into README.md between the ``bench`` markers, with the machine and date.
"""

from __future__ import annotations

import datetime
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
OFFICIAL_VENV = ROOT / ".venv-bench-official"
OFFICIAL_PIN = "muxi==1.20260713.0"
TARGETS = {"request": 1.10, "stream": 1.15, "memory": 1.20}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(events: int, gap: float) -> tuple[subprocess.Popen[str], str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, str(HERE / "server.py"), str(port), str(events), str(gap)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    return process, f"http://127.0.0.1:{port}"


def official_python() -> str | None:
    python = OFFICIAL_VENV / "bin" / "python"
    if not python.exists():
        print(f"installing {OFFICIAL_PIN} into {OFFICIAL_VENV.name} ...", flush=True)
        made = subprocess.run([sys.executable, "-m", "venv", str(OFFICIAL_VENV)], check=False)
        installed = (
            made.returncode == 0
            and subprocess.run([str(python), "-m", "pip", "install", "--quiet", OFFICIAL_PIN], check=False).returncode
            == 0
        )
        if not installed:
            print("could not install the official SDK; its column stays empty", flush=True)
            return None
    return str(python)


def workload(python: str, variant: str, name: str, base: str) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": ""}  # the official venv must not see this checkout
    done = subprocess.run(
        [python, str(HERE / "workloads.py"), variant, name, base], capture_output=True, text=True, env=env, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{variant}/{name} failed:\n{done.stderr[-2000:]}")
    return dict(json.loads(done.stdout))


def import_time(python: str, statement: str, runs: int = 15) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    samples = [
        float(subprocess.run([python, "-c", code], capture_output=True, text=True, check=True).stdout)
        for _ in range(runs)
    ]
    return statistics.median(samples)


def main() -> int:
    official = official_python()
    results: dict[str, dict[str, Any]] = {"raw": {}, "muxi": {}, "official": {}}
    fast, fast_url = start_server(events=20000, gap=0.0)
    slow, slow_url = start_server(events=5, gap=0.2)
    try:
        for variant, python in (("raw", sys.executable), ("muxi", sys.executable), ("official", official)):
            if python is None:
                continue
            print(f"measuring {variant} ...", flush=True)
            results[variant]["request"] = workload(python, variant, "request", fast_url)["seconds_per_request"]
            results[variant]["stream"] = workload(python, variant, "stream", fast_url)["seconds_per_event"]
            results[variant]["memory"] = workload(python, variant, "memory", slow_url)["peak_bytes"]
    finally:
        for process in (fast, slow):
            process.terminate()
            process.wait(timeout=10)
    # Installed wheels carry compiled bytecode; give the checkout the same, so imports compare fairly.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src"), str(ROOT / "generated")], check=True)
    results["raw"]["import"] = import_time(sys.executable, "import httpx")
    results["muxi"]["import"] = import_time(sys.executable, "import muxi")
    results["raw"]["client"] = results["raw"]["import"]
    results["muxi"]["client"] = import_time(sys.executable, "from muxi import FormationClient")
    if official:
        results["official"]["import"] = import_time(official, "import muxi")
        results["official"]["client"] = import_time(official, "from muxi import FormationClient")
    table = render(results)
    print(table)
    write_readme(table)
    return 0


def render(results: dict[str, dict[str, Any]]) -> str:
    raw, ours, official = results["raw"], results["muxi"], results["official"]

    def fmt(value: Any, unit: str) -> str:
        if value is None:
            return "n/a"
        if unit == "us":
            return f"{value * 1e6:.1f} µs"
        if unit == "ms":
            return f"{value * 1e3:.1f} ms"
        return f"{value / 1e6:.1f} MB"

    rows = [
        ("Client CPU per request (GET, typed parse)", "request", "us", "≤ 1.10×"),
        ("Client CPU per streamed chat event", "stream", "us", "≤ 1.15×"),
        ("Peak memory, 1,000 concurrent async streams", "memory", "mb", "≤ 1.20×"),
    ]
    lines = [
        "| Measure | raw httpx | muxi-client | ratio | target | official `muxi` |",
        "|---|---|---|---|---|---|",
    ]
    for title, key, unit, target in rows:
        ratio = ours[key] / raw[key]
        mark = "met" if ratio <= TARGETS[key] else "missed"
        lines.append(
            f"| {title} | {fmt(raw[key], unit)} | {fmt(ours[key], unit)} | {ratio:.2f}× | {target} ({mark}) "
            f"| {fmt(official.get(key), unit)} |"
        )
    for title, key in (
        ("`import muxi` (vs `import httpx`)", "import"),
        ("`from muxi import FormationClient`", "client"),
    ):
        delta = ours[key] - raw["import"]
        mark = "met" if delta <= 0.025 else "missed"
        lines.append(
            f"| {title} | {fmt(raw['import'], 'ms')} | {fmt(ours[key], 'ms')} | {delta * 1e3:+.1f} ms "
            f"| ≤ +25 ms ({mark}) | {fmt(official.get(key), 'ms')} |"
        )
    machine = f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d")
    lines += ["", f"Measured {stamp} on {machine} with `make bench`; lower is better."]
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
    code = main()
    print(f"({time.monotonic() - started:.0f} s)")
    sys.exit(code)
