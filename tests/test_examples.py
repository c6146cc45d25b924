"""The examples run in CI, so they never rot."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run_example(name: str, *args: str) -> list[str]:
    """Run examples/<name>.py with no server configured (so it uses muxi.testing) and return its lines."""
    configured = ("MUXI_FORMATION_URL", "MUXI_BASE_URL", "MUXI_SERVER_URL", "MUXI_CLIENT_KEY", "MUXI_ADMIN_KEY")
    env = {k: v for k, v in os.environ.items() if k not in configured}
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / f"{name}.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("(no MUXI_"), lines  # it announced the fake
    return lines[1:]


def test_quickstart_streams_an_answer_against_the_fake() -> None:
    lines = run_example("quickstart")
    assert lines[0] == "http://fake-formation.test/v1: healthy (formation version 1.0.0)"
    assert lines[1] == "chat: Hello! I am a fake formation running inside this process."
    assert lines[3].startswith("stream: MUXI formations stream their answers")
    assert lines[4].startswith("final (166 characters): MUXI formations")


def test_chat() -> None:
    lines = run_example("chat")
    assert lines[0] == "assistant: echo: What can you do?"
    assert lines[2] == "assistant: echo: Tell me more."


def test_streaming() -> None:
    lines = run_example("streaming")
    assert lines[:2] == ["[progress: One second...]", "[planning: Determining the best agent...]"]
    assert lines[2] == "echo: Explain server-sent events in one paragraph."
    assert lines[3].startswith("answer: 50 characters in session sess_")
    assert lines[4] == "events: completed=1, done=1, planning=1, progress=1, text=2"


def test_sessions() -> None:
    lines = run_example("sessions")
    assert lines[0].endswith(": 4 messages")
    assert [line.strip() for line in lines[1:5]] == [
        "user: My favourite colour is green.",
        "assistant: echo: My favourite colour is green.",
        "user: And my favourite tea is sencha.",
        "assistant: echo: And my favourite tea is sencha.",
    ]


def test_multi_user() -> None:
    lines = run_example("multi_user")
    alice, bob = lines[0].split(": ", 1)[1], lines[1].split(": ", 1)[1].strip()
    assert alice != bob and alice.count("sess_") == 1 and bob.count("sess_") == 1
    assert lines[2] == "bob cannot read alice's session: RESOURCE_NOT_FOUND"
    assert lines[3] == "alice again: echo: What is my project?"


def test_memory() -> None:
    lines = run_example("memory")
    assert lines[0].endswith(": Prefers green tea in the afternoon")
    assert lines[1:4] == ["2 memories:", "  - Works on the Orion project", "  - Prefers green tea in the afternoon"]
    assert lines[4] == "after forgetting one: ['Works on the Orion project']"


def test_triggers_and_webhooks() -> None:
    lines = run_example("triggers_and_webhooks")
    assert lines[:5] == [
        "triggers: ['github-issue']",
        "template uses: ['number', 'title']",
        "fired (sync): completed: echo: Triage GitHub issue #42: Login page is slow",
        "fired (async): processing",
        lines[4],
    ]
    assert lines[4].startswith("async chat: processing -> http://127.0.0.1:")
    assert lines[5].startswith("webhook verified: completed for request req_")
    assert lines[5].endswith(": echo: Summarise today's incidents")


def test_scheduler() -> None:
    lines = run_example("scheduler")
    assert lines[0].endswith(": '0 9 * * 1-5' (ACTIVE)")
    assert lines[2:5] == ["paused: PAUSED", "resumed: ACTIVE", "updated: 'Stand-up' at '30 9 * * 1-5'"]
    assert lines[5] == "2 jobs: ['Stand-up', 'Remind me to review PR 7']"
    assert lines[6] == "after cleanup: 0 jobs"


def test_async_concurrency() -> None:
    lines = run_example("async_concurrency", "20")
    assert lines[0] == "user-0: 1 deltas -> 'echo: Hello from user-0'"
    assert lines[3].startswith("20 concurrent streams in ")


def test_deploy() -> None:
    lines = run_example("deploy")
    assert lines[1:6] == [
        "  extracting: extracting...",
        "  resolving_runtime: resolving_runtime...",
        "  spawning: spawning...",
        "  health_check: waiting (attempt 1)",
        "  health_check: waiting (attempt 2)",
    ]
    assert lines[6] == "  deployed hello-formation on port 8000: http://localhost:7890/api/hello-formation"
    assert lines[7] == "hello-formation: running, version 1.0.0"
    assert lines[-2:] == ["rolled back: now version 3 (was 2)", "deleted: Formation deleted successfully"]


def test_log_tail() -> None:
    lines = run_example("log_tail")
    assert lines[:4] == ["last 3 stdout lines of log-demo:", "  booting", "  ready", "  GET /v1/health 200"]
    assert lines[5:] == ["  > booting", "  > ready", "  > GET /v1/health 200", "followed 3 lines"]


def test_errors_and_retries() -> None:
    lines = run_example("errors_and_retries")
    assert lines[0] == "get_agents succeeded after 3 attempts with one idempotency key: True"
    assert lines[2] == "gave up after 2 attempts: RateLimitError 429, retry_after=0.1"
    assert lines[3].startswith("NotFoundError: status=404 code=RESOURCE_NOT_FOUND request=req_")
    assert lines[4].startswith("AuthenticationError: 401 UNAUTHORIZED: Invalid admin API key.")


def test_otel_tracing() -> None:
    lines = run_example("otel_tracing")
    assert lines[:2] == ["chat: echo: What can you do?", "error: NotFoundError"]
    assert lines[2:7] == [
        "GET /v1/agents [CLIENT, UNSET] status_code=200",
        "  muxi.operation=get_agents",
        "  http.request.resend_count=1",
        "  muxi.request_id=req_...",
        "  events: muxi.attempt, muxi.retry(HTTP 503), muxi.attempt",
    ]
    assert "  gen_ai.server.time_to_first_token: recorded" in lines
    assert "GET /v1/agents/{agent_id} [CLIENT, ERROR] status_code=404" in lines
    assert lines[-1] == "traceparent sent: True"


def test_every_example_has_a_test() -> None:
    tested = {name[len("test_") :] for name in globals() if name.startswith("test_")}
    examples = {path.stem for path in EXAMPLES.glob("*.py") if not path.stem.startswith("_")}
    assert examples <= tested | {"quickstart"}, sorted(examples - tested)


def test_raw_responses() -> None:
    lines = run_example("raw_responses")
    assert lines[0] == "GET /agents -> 200 application/json, request True"
    assert lines[1] == "agents: assistant"
    assert lines[2] == "chat -> 200, retries 0: echo: Hello!"
    assert lines[4] == "chat_stream -> 200 text/event-stream"
    assert lines[5] == "streamed: echo: Stream this, please."


def test_trio_chat() -> None:
    lines = run_example("trio_chat")
    assert lines[:3] == ["chat: echo: Hello from trio", "stream: echo: Count to three", "models: assistant"]
    assert lines[3] == "ran on trio"
