"""scripts/fidelity.py, the standing check of live responses against openapi/formation.yaml, on synthetic records."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import fidelity  # noqa: E402

CHECK = fidelity.Fidelity()


def _envelope(data: Any, **overrides: Any) -> str:
    body = {"object": "x", "timestamp": 1, "type": "x", "request": {"id": "req_1", "idempotency_key": None},
            "success": True, "error": None, "data": data, **overrides}  # fmt: skip
    return json.dumps(body)


def _record(method: str, path: str, status: int, body: str, content_type: str = "application/json") -> dict[str, Any]:
    return {"mode": "t", "test": "t", "method": method, "path": path, "status": status,
            "content_type": content_type, "body": body, "body_b64": None, "truncated": False}  # fmt: skip


def _check(record: dict[str, Any]) -> list[str]:
    return CHECK.check(record, fidelity.Report())


MEMORY: dict[str, Any] = {
    "id": "m1", "content": "tea", "created_at": "2026-01-01T00:00:00Z", "metadata": {}, "scope": "user", "scope_id": "3"
}  # fmt: skip


def test_a_fitting_response_passes_and_counts_its_schemas() -> None:
    report = fidelity.Report()
    body = _envelope({"memories": [MEMORY], "count": 1})
    assert CHECK.check(_record("GET", "/v1/memories", 200, body), report) == []
    assert report.operations == {"get_memories"}
    assert {"MemoryListResponse", "MemoryList", "Envelope", "EnvelopeRequest"} <= report.schemas
    assert len(CHECK.response_schemas) == 214


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        (_record("GET", "/v1/memories", 201, _envelope({"memories": [], "count": 0})), "status 201 is not declared"),
        (_record("GET", "/v1/memories", 200, "<p>hi</p>", "text/html"), "content type text/html is not declared"),
        (_record("GET", "/v1/memories", 200, _envelope({"memories": [], "count": "0"})), "is not of type 'integer'"),
        (
            _record("GET", "/v1/memories", 200, _envelope({"memories": [{**MEMORY, "colour": "red"}], "count": 1})),
            "/data/memories/0: field 'colour' is not named by the schema",
        ),
        (
            _record("GET", "/v1/memories", 200, _envelope({"memories": [], "count": 0}, extra=1)),
            "<root>: field 'extra' is not named by the schema",
        ),
        (_record("GET", "/v2/agents", 200, "{}"), "matches no operation must answer 404 or 405"),
        (_record("GET", "/v1/memories", 200, "{not json"), "body is not JSON"),
    ],
    ids=["status", "content-type", "schema", "nested-field", "envelope-field", "unrouted", "not-json"],
)
def test_violations_are_named(record: dict[str, Any], problem: str) -> None:
    found = _check(record)
    assert any(problem in line for line in found), found


def test_open_objects_and_error_data_fields() -> None:
    job = {"processing_id": "p", "status": "completed", "counts": {"projected": 1}, "items": [{"any": "thing"}]}
    assert _check(_record("GET", "/v1/memories/distilled/p", 200, _envelope(job))) == []
    error: dict[str, Any] = {
        "code": "VALIDATION_ERROR",
        "message": "m",
        "data": {"field": "schedule", "value": "x", "expected": "y"},
    }
    body = _envelope({}, success=False, error=error, object="error")
    assert _check(_record("POST", "/v1/scheduler/jobs", 422, body)) == []
    error["data"] = {"field": "schedule", "surprise": 1}
    body = _envelope({}, success=False, error=error, object="error")
    assert any("'surprise' is not named" in p for p in _check(_record("POST", "/v1/scheduler/jobs", 422, body)))
    unrouted = _envelope({}, success=False, error={"code": "NOT_FOUND", "message": "m", "data": None}, object="error")
    assert _check(_record("GET", "/v2/agents", 404, unrouted)) == []


def test_sse_frames_are_checked_per_event() -> None:
    token = {"request_id": "req_1", "user_id": "0", "session_id": "sess_1", "type": "progress", "content": "On it...",
             "timestamp": 1.5, "stage": "init", "skip_rephrase": True}  # fmt: skip
    good = f": keepalive\n\ndata: {json.dumps({'token': token})}\n\n"
    assert _check(_record("POST", "/v1/chat", 200, good, "text/event-stream")) == []
    wrong = f"data: {json.dumps({'token': {**token, 'timestamp': 'soon'}})}\n\n"
    assert any("frame 0 (message)" in p for p in _check(_record("POST", "/v1/chat", 200, wrong, "text/event-stream")))
    bad = "event: surprise\ndata: {}\n\n"
    found = _check(_record("POST", "/v1/chat", 200, bad, "text/event-stream"))
    assert any("event 'surprise' is not declared" in p for p in found)


def test_the_script_exits_non_zero_on_a_violation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = tmp_path / "exchanges.jsonl"
    records.write_text(json.dumps(_record("GET", "/v1/memories", 201, _envelope({}))) + "\n")
    assert fidelity.main([str(records), "--quiet"]) == 1
    assert "status 201 is not declared" in capsys.readouterr().out
    records.write_text(json.dumps(_record("GET", "/v1/memories", 200, _envelope({"memories": [], "count": 0}))) + "\n")
    assert fidelity.main([str(records), "--quiet"]) == 0
    assert "/214 response schemas exercised" in capsys.readouterr().out
    assert fidelity.main([str(tmp_path / "missing.jsonl")]) == 2
