"""The committed generated clients: importable, complete, and lossless on real payloads."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType
from typing import Any

import httpx
import muxi_generated
import pytest
import respx
from muxi_generated import formation as gen_formation
from muxi_generated import server as gen_server
from spec_tools import Spec


def operation_modules(package: ModuleType) -> dict[str, ModuleType]:
    """operationId -> generated endpoint module, found by walking ``<package>.api``."""
    api = importlib.import_module(f"{package.__name__}.api")
    found: dict[str, ModuleType] = {}
    for info in pkgutil.walk_packages(api.__path__, prefix=f"{api.__name__}."):
        module = importlib.import_module(info.name)
        if hasattr(module, "_get_kwargs"):
            found[info.name.rsplit(".", 1)[1]] = module
    return found


FORMATION_MODULES = operation_modules(gen_formation)
SERVER_MODULES = operation_modules(gen_server)


def test_generated_package_records_its_inputs() -> None:
    assert muxi_generated.GENERATOR == "openapi-python-client 0.28.3"
    assert set(muxi_generated.SPEC_SHA256) == {"formation", "server"}


def test_every_formation_operation_is_generated(formation_spec: Spec) -> None:
    assert {op.operation_id for op in formation_spec.operations} == set(FORMATION_MODULES)
    for module in FORMATION_MODULES.values():
        for name in ("sync_detailed", "asyncio_detailed", "_parse_response"):
            assert callable(getattr(module, name)), (module.__name__, name)


def test_every_server_operation_is_generated(server_spec: Spec) -> None:
    assert {op.operation_id for op in server_spec.operations} == set(SERVER_MODULES)


def test_request_kwargs_match_the_spec(formation_spec: Spec) -> None:
    """Method and URL template of every generated operation are the spec's."""
    for op in formation_spec.operations:
        module = FORMATION_MODULES[op.operation_id]
        kwargs = _call_get_kwargs(module)
        assert kwargs["method"].lower() == op.method
        expected = op.path
        for segment in expected.split("/"):
            if segment.startswith("{"):
                expected = expected.replace(segment, "x")
        assert kwargs["url"] == expected, op.operation_id


class _AnyBody:
    """Stands in for any request body: JSON models (``to_dict``) and binary ``File``s (``payload``)."""

    payload = b""

    def to_dict(self) -> dict[str, Any]:
        return {}


def _call_get_kwargs(module: ModuleType) -> dict[str, Any]:
    """Call ``_get_kwargs`` with placeholder values for its required arguments."""
    import inspect

    values = {
        name: _AnyBody() if name == "body" else "x"
        for name, param in inspect.signature(module._get_kwargs).parameters.items()
        if param.default is inspect.Parameter.empty
    }
    return dict(module._get_kwargs(**values))


def _parse(module: ModuleType, status: int, body: Any) -> Any:
    client = gen_formation.Client(base_url="http://formation.test/v1")
    return module._parse_response(client=client, response=httpx.Response(status, json=body))


def test_models_parse_and_round_trip_every_recorded_body(
    formation_spec: Spec, runtime_samples: list[dict[str, Any]]
) -> None:
    checked = 0
    for sample in runtime_samples:
        response = sample["response"]
        path = sample["request"]["path"]
        if "json" not in response or not path.startswith("/v1"):
            continue
        op = formation_spec.match(sample["request"]["method"], path[3:] or "/")
        if op is None:
            continue
        parsed = _parse(FORMATION_MODULES[op.operation_id], response["status"], response["json"])
        assert parsed is not None, (op.operation_id, response["status"])
        assert hasattr(parsed, "to_dict"), (op.operation_id, type(parsed))
        assert parsed.to_dict() == response["json"], op.operation_id
        checked += 1
    assert checked >= 65


def test_unknown_fields_are_kept() -> None:
    body = {
        "object": "agent",
        "timestamp": 1,
        "type": "agent.retrieved",
        "request": {"id": "req_1", "idempotency_key": None, "trace": "t-1"},
        "success": True,
        "error": None,
        "data": {"id": "a", "name": "A", "brand_new_field": {"nested": [1, 2.5, None]}},
        "envelope_extension": True,
    }
    parsed = _parse(FORMATION_MODULES["get_agent"], 200, body)
    assert parsed.to_dict() == body
    assert parsed.data.additional_properties["brand_new_field"] == {"nested": [1, 2.5, None]}


@respx.mock
def test_unregistered_status_code_does_not_crash() -> None:
    """Cloudflare-style 520 is not in http.HTTPStatus; the generated client keeps it as an int."""
    error = {
        "object": "error",
        "timestamp": 1,
        "type": "error.internal",
        "request": {"id": "req_1", "idempotency_key": None},
        "success": False,
        "error": {"code": "ORIGIN_ERROR", "message": "unknown", "data": None},
        "data": {},
    }
    respx.get("http://formation.test/v1/agents").mock(return_value=httpx.Response(520, json=error))
    client = gen_formation.Client(base_url="http://formation.test/v1", timeout=httpx.Timeout(5.0))
    result = FORMATION_MODULES["get_agents"].sync_detailed(client=client)
    assert result.status_code == 520
    assert type(result.status_code) is int
    assert result.parsed is not None and result.parsed.to_dict() == error


@respx.mock
@pytest.mark.parametrize("status", [200, 503])
def test_registered_status_codes_are_http_status(status: int) -> None:
    from http import HTTPStatus

    health = {"status": "healthy", "version": "1.0.0", "uptime_seconds": 4}
    respx.get("http://formation.test/v1/health").mock(return_value=httpx.Response(status, json=health))
    client = gen_formation.Client(base_url="http://formation.test/v1", timeout=httpx.Timeout(5.0))
    result = FORMATION_MODULES["health"].sync_detailed(client=client)
    assert result.status_code == HTTPStatus(status)
    assert isinstance(result.status_code, HTTPStatus)
