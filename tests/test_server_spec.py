"""openapi/server.yaml against the MUXI Server as its source defines it (server-api.md).

No MUXI Server runs here, so the fixture server_examples.json holds bodies built from the
server's documented types for every operation, status and SSE frame; they must validate
against the spec and round-trip through the generated models.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from spec_tools import Spec, is_json_array, is_json_object

FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLES = json.loads((FIXTURES / "server_examples.json").read_text(encoding="utf-8"))

# server-api.md §3, minus the /api, /draft and /mcp proxy prefixes (the Formation API).
ROUTES = {
    ("get", "/health"): "health",
    ("get", "/ping"): "ping",
    ("get", "/docs"): "get_docs",
    ("post", "/rpc/formations"): "deploy_formation",
    ("get", "/rpc/formations"): "list_formations",
    ("get", "/rpc/formations/{formation_id}"): "get_formation",
    ("put", "/rpc/formations/{formation_id}"): "update_formation",
    ("delete", "/rpc/formations/{formation_id}"): "delete_formation",
    ("post", "/rpc/formations/{formation_id}/start"): "start_formation",
    ("post", "/rpc/formations/{formation_id}/stop"): "stop_formation",
    ("post", "/rpc/formations/{formation_id}/restart"): "restart_formation",
    ("post", "/rpc/formations/{formation_id}/rollback"): "rollback_formation",
    ("post", "/rpc/formations/{formation_id}/cancel-update"): "cancel_update",
    ("get", "/rpc/formations/{formation_id}/logs"): "get_formation_logs",
    ("get", "/rpc/formations/{formation_id}/download"): "download_formation",
    ("post", "/rpc/formations/{formation_id}/draft/files"): "draft_files",
    ("get", "/rpc/server/status"): "get_server_status",
    ("get", "/rpc/server/logs"): "get_server_logs",
    ("post", "/rpc/dev/run"): "dev_run",
    ("post", "/rpc/dev/stop"): "dev_stop",
}
HMAC_MESSAGES = (
    "Missing authorization header",
    "Invalid authorization header format",
    "Invalid key",
    "Request expired (timestamp too old or in future)",
    "Invalid signature",
)


def test_spec_has_exactly_the_server_routes(server_spec: Spec) -> None:
    assert {(op.method, op.path): op.operation_id for op in server_spec.operations} == ROUTES


def test_hmac_scheme_is_described_precisely(server_spec: Spec) -> None:
    scheme = server_spec.document["components"]["securitySchemes"]["muxiHmac"]
    assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "header", "Authorization")
    hmac = scheme["x-muxi-hmac"]
    assert hmac["message"] == "{timestamp};{method};{path}"
    assert hmac["header_format"] == "MUXI-HMAC key={key}, timestamp={timestamp}, signature={signature}"
    assert hmac["algorithm"] == "HMAC-SHA256"
    assert hmac["body_signed"] is False
    assert hmac["tolerance_seconds"] == 300


def test_rpc_routes_need_hmac_and_document_401(server_spec: Spec) -> None:
    for op in server_spec.operations:
        if op.path.startswith("/rpc/"):
            assert op.node["security"] == [{"muxiHmac": []}], op.operation_id
            response = server_spec.resolve(op.node["responses"]["401"])
            for message in HMAC_MESSAGES:
                assert message in response["description"], (op.operation_id, message)
        else:
            assert op.node["security"] == [], op.operation_id


def test_deploy_sends_a_gzip_bundle_with_formation_headers(server_spec: Spec) -> None:
    op = server_spec.operation("deploy_formation")
    body = server_spec.resolve(op.node["requestBody"])
    assert "application/gzip" in body["content"]
    params = {p["name"]: p for p in (server_spec.resolve(p) for p in op.node["parameters"])}
    assert params["X-Formation-ID"]["required"] is True
    assert params["X-Formation-Version"]["schema"]["default"] == "1.0.0"
    update = server_spec.operation("update_formation")
    assert "application/gzip" in server_spec.resolve(update.node["requestBody"])["content"]


@pytest.mark.parametrize(
    "operation_id",
    ["deploy_formation", "update_formation", "start_formation", "restart_formation", "rollback_formation"],
)
def test_progress_operations_offer_sse(server_spec: Spec, operation_id: str) -> None:
    op = server_spec.operation(operation_id)
    assert op.node.get("x-muxi-streaming") is True
    media = server_spec.at(server_spec.media_pointer(op, 200, "text/event-stream") or "#/missing")
    assert set(media["x-muxi-sse-events"]) == {"progress", "complete", "error"}


def test_log_follow_is_sse(server_spec: Spec) -> None:
    op = server_spec.operation("get_formation_logs")
    media = server_spec.at(server_spec.media_pointer(op, 200, "text/event-stream") or "#/missing")
    assert set(media["x-muxi-sse-events"]) == {"connected", "log"}
    names = {server_spec.resolve(p)["name"] for p in op.node["parameters"]}
    assert {"lines", "stream", "follow"} <= names and "limit" not in names


def test_examples_cover_every_operation() -> None:
    assert {e["operation_id"] for e in EXAMPLES} >= set(ROUTES.values()) - {"get_docs", "download_formation"}


@pytest.mark.parametrize(
    "example", EXAMPLES, ids=lambda e: f"{e['operation_id']}-{e['status']}-{e['event'] or e['media_type']}"
)
def test_example_validates_against_the_spec(server_spec: Spec, example: dict[str, Any]) -> None:
    op = server_spec.operation(example["operation_id"])
    pointer = server_spec.media_pointer(op, example["status"], example["media_type"])
    assert pointer is not None
    if example["event"]:
        pointer = server_spec.at(pointer)["x-muxi-sse-events"][example["event"]]["$ref"]
    else:
        pointer += "/schema"
    assert server_spec.errors(pointer, example["body"]) == []


def _module(operation_id: str) -> Any:
    from muxi_generated.operations import SERVER

    return importlib.import_module(SERVER[operation_id]["module"])


@pytest.mark.parametrize(
    "example",
    [e for e in EXAMPLES if e["media_type"] == "application/json"],
    ids=lambda e: f"{e['operation_id']}-{e['status']}",
)
def test_generated_models_round_trip(example: dict[str, Any]) -> None:
    from muxi_generated.server import Client

    response = httpx.Response(example["status"], json=example["body"])
    parsed = _module(example["operation_id"])._parse_response(
        client=Client(base_url="http://s.test"), response=response
    )
    assert parsed is not None and hasattr(parsed, "to_dict")
    assert parsed.to_dict() == _normalise_datetimes(example["body"])


def _normalise_datetimes(value: Any) -> Any:
    """What the generated models write back for RFC 3339 strings: dateutil's isoformat.

    Python datetimes hold microseconds, so Go's nanosecond timestamps come back truncated.
    """
    import re

    from dateutil.parser import isoparse

    if is_json_object(value):
        return {k: _normalise_datetimes(v) for k, v in value.items()}
    if is_json_array(value):
        return [_normalise_datetimes(v) for v in value]
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)", value):
        fraction = re.search(r"\.(\d+)", value)
        if fraction and len(fraction.group(1)) > 6:  # dateutil accepts at most 6 digits
            value = value.replace(fraction.group(0), "." + fraction.group(1)[:6])
        return isoparse(value).isoformat()
    return value
