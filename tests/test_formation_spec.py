"""openapi/formation.yaml against what the real runtime (muxi-runtime 1.20260928.0) serves.

The route list (runtime_routes.tsv) and the recorded exchanges (runtime_samples.json) are
copies of ../shared/reference, kept in the project so the tests run without it.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from spec_tools import Spec

FIXTURES = Path(__file__).resolve().parent / "fixtures"

with (FIXTURES / "runtime_routes.tsv").open(encoding="utf-8") as fh:
    ROUTES = list(csv.DictReader(fh, delimiter="\t"))

SECURITY_BY_AUTH: dict[str, list[dict[str, list[str]]]] = {
    "admin": [{"adminKey": []}],
    "client": [{"clientKey": []}],
    "client-or-admin": [{"clientKey": []}, {"adminKey": []}],
    "none": [],
}
IDEMPOTENT_BY_KEY = {"chat", "fire_trigger", "create_scheduler_job"}


def spec_path(runtime_path: str) -> str:
    """Runtime routes live under /v1; the spec's paths are relative to its /v1 server URL."""
    assert runtime_path.startswith("/v1")
    return runtime_path[len("/v1") :] or "/"


def test_route_list_fixture_is_complete() -> None:
    assert len(ROUTES) == 105


def test_spec_has_exactly_the_runtime_routes(formation_spec: Spec) -> None:
    runtime = {(spec_path(r["path"]), r["method"].lower()) for r in ROUTES}
    spec = {(op.path, op.method) for op in formation_spec.operations}
    assert sorted(runtime - spec) == [], "runtime routes missing from the spec"
    assert sorted(spec - runtime) == [], "spec operations the runtime does not serve"
    assert len(formation_spec.operations) == 105


def test_server_url_ends_in_v1(formation_spec: Spec) -> None:
    assert formation_spec.document["servers"][0]["url"].endswith("/v1")


@pytest.mark.parametrize("route", ROUTES, ids=lambda r: f"{r['method']} {r['path']}")
def test_operation_security_tag_and_id(formation_spec: Spec, route: dict[str, str]) -> None:
    op = formation_spec.match(route["method"], spec_path(route["path"]))
    assert op is not None and op.path == spec_path(route["path"])
    assert op.node["security"] == SECURITY_BY_AUTH[route["auth"]]
    assert op.node["tags"] == [route["tag"]]
    assert op.operation_id.islower() and " " not in op.operation_id


def test_security_schemes_are_the_runtime_headers(formation_spec: Spec) -> None:
    schemes = formation_spec.document["components"]["securitySchemes"]
    assert schemes["clientKey"] == {**schemes["clientKey"], "type": "apiKey", "in": "header"}
    assert schemes["clientKey"]["name"].lower() == "x-muxi-client-key"
    assert schemes["adminKey"]["name"].lower() == "x-muxi-admin-key"


def test_operation_ids_are_unique_and_canonical(formation_spec: Spec) -> None:
    ids = [op.operation_id for op in formation_spec.operations]
    assert len(ids) == len(set(ids))
    canonical = {
        "health", "get_status", "get_config", "get_formation_info", "get_agents", "get_agent",
        "get_secrets", "delete_secret", "get_mcp_servers", "get_mcp_server", "get_mcp_tools",
        "get_memory_config", "get_memories", "add_memory", "delete_memory", "get_user_buffer",
        "clear_user_buffer", "clear_session_buffer", "get_scheduler_config", "get_scheduler_jobs",
        "get_scheduler_job", "create_scheduler_job", "update_scheduler_job", "pause_scheduler_job",
        "resume_scheduler_job", "delete_scheduler_job", "get_sessions", "get_session",
        "get_session_messages", "restore_session", "get_requests", "get_request_status",
        "cancel_request", "stream_request", "get_user_identifiers", "resolve_user",
        "link_user_identifier", "unlink_user_identifier", "list_credentials", "get_credential",
        "create_credential", "delete_credential", "get_triggers", "get_trigger", "fire_trigger",
        "get_sops", "get_sop", "stream_events", "stream_logs", "get_overlord_config",
        "get_overlord_soul", "get_llm_settings", "get_audit_log", "clear_audit_log", "chat",
        "audio_chat",
    }  # fmt: skip
    assert canonical - set(ids) == set()


def test_idempotent_operations_are_marked(formation_spec: Spec) -> None:
    marked = {op.operation_id for op in formation_spec.operations if op.node.get("x-muxi-idempotent")}
    assert marked == IDEMPOTENT_BY_KEY


def test_user_id_header_where_handlers_read_it(formation_spec: Spec) -> None:
    def has_user_header(op_id: str) -> bool:
        params = [formation_spec.resolve(p) for p in formation_spec.operation(op_id).node.get("parameters", [])]
        return any(p["in"] == "header" and p["name"].lower() == "x-muxi-user-id" for p in params)

    for op_id in ("get_sessions", "get_session", "get_session_messages", "restore_session", "get_memories",
                  "list_credentials", "stream_events", "get_requests", "create_scheduler_job"):  # fmt: skip
        assert has_user_header(op_id), op_id
    assert not has_user_header("get_agents")


def test_streaming_operations_declare_event_stream(formation_spec: Spec) -> None:
    for op_id in ("chat", "audio_chat", "stream_events", "stream_session_events", "stream_logs"):
        op = formation_spec.operation(op_id)
        assert op.node.get("x-muxi-streaming") is True, op_id
        media = formation_spec.at(formation_spec.media_pointer(op, 200, "text/event-stream") or "#/missing")
        assert media.get("x-muxi-sse-events"), op_id
    chat = formation_spec.operation("chat")
    assert formation_spec.media_pointer(chat, 200, "application/json") is not None


def test_no_response_enums(formation_spec: Spec) -> None:
    """Server-side string sets stay open: a new status or event type must never break parsing."""
    request_only: set[str] = set()
    for op in formation_spec.operations:
        body = op.node.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
        if "$ref" in body:
            request_only.add(body["$ref"].rsplit("/", 1)[1])
    for name, schema in formation_spec.document["components"]["schemas"].items():
        if name in request_only:
            continue
        # the keyword, not a property named `enum` (McpToolParameter.enum is a field of the runtime's answers)
        assert "'enum': [" not in repr(schema), f"{name} uses enum; use x-muxi-known-values instead"


# --------------------------------------------------------------------------- recorded exchanges


def _sample_id(sample: dict[str, Any]) -> str:
    return f"{sample['request']['method']} {sample['request']['path']} -> {sample['response']['status']}"


def test_every_sample_is_used(formation_spec: Spec, runtime_samples: list[dict[str, Any]]) -> None:
    assert len(runtime_samples) >= 70

    def operation(sample: dict[str, Any]) -> object:
        path = sample["request"]["path"]
        return path.startswith("/v1") and formation_spec.match(sample["request"]["method"], spec_path(path))

    matched = [s for s in runtime_samples if operation(s)]
    # Only the two deliberate 404 probes (/health at the root and /v1/nope) have no operation.
    assert len(runtime_samples) - len(matched) == 2


def test_recorded_json_bodies_validate(formation_spec: Spec, runtime_samples: list[dict[str, Any]]) -> None:
    failures: list[str] = []
    checked = 0
    for sample in runtime_samples:
        response = sample["response"]
        if "json" not in response:
            continue
        path = sample["request"]["path"]
        op = formation_spec.match(sample["request"]["method"], spec_path(path)) if path.startswith("/v1") else None
        if op is None:
            # Unknown routes answer the shared error envelope.
            pointer = "#/components/schemas/ErrorEnvelope"
        else:
            pointer_or_none = formation_spec.media_pointer(op, response["status"], "application/json")
            if pointer_or_none is None:
                failures.append(f"{_sample_id(sample)}: status not declared by {op.operation_id}")
                continue
            pointer = pointer_or_none + "/schema"
        problems = formation_spec.errors(pointer, response["json"])
        failures += [f"{_sample_id(sample)}: {p}" for p in problems]
        checked += 1
    assert failures == []
    assert checked >= 65


def test_recorded_sse_frames_validate(formation_spec: Spec, runtime_samples: list[dict[str, Any]]) -> None:
    failures: list[str] = []
    frames_checked = 0
    for sample in runtime_samples:
        response = sample["response"]
        if "sse" not in response:
            continue
        op = formation_spec.match(sample["request"]["method"], spec_path(sample["request"]["path"]))
        assert op is not None
        media_pointer = formation_spec.media_pointer(op, response["status"], "text/event-stream")
        assert media_pointer is not None, _sample_id(sample)
        events = formation_spec.at(media_pointer)["x-muxi-sse-events"]
        for frame in response["sse"]:
            name = frame["event"] or "message"
            if name not in events:
                failures.append(f"{_sample_id(sample)}: undeclared event {name!r}")
                continue
            ref = events[name]["$ref"]
            failures += [f"{_sample_id(sample)} [{name}]: {p}" for p in formation_spec.errors(ref, frame["data"])]
            frames_checked += 1
    assert failures == []
    assert frames_checked >= 25


def test_error_envelope_shape(formation_spec: Spec) -> None:
    body: dict[str, Any] = {
        "object": "error",
        "timestamp": 1,
        "type": "error.validation",
        "request": {"id": "req_1", "idempotency_key": None},
        "success": False,
        "error": {"code": "INVALID_PARAMS", "message": "bad", "data": {"validation_errors": []}},
        "data": {},
        "an_unknown_future_field": [1, 2],
    }
    assert formation_spec.errors("#/components/schemas/ErrorEnvelope", body) == []
    assert formation_spec.errors("#/components/schemas/ErrorEnvelope", {"success": False}) != []
