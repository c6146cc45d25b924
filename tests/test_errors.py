"""Error parsing for both servers' formats, non-JSON bodies and Retry-After."""

from __future__ import annotations

import email.utils
import json

import httpx
import pytest

from muxi import errors
from muxi.errors import error_from_response, parse_retry_after


def _response(
    status: int, body: object = None, *, text: str | None = None, headers: dict[str, str] | None = None
) -> httpx.Response:
    content = text.encode() if text is not None else json.dumps(body).encode()
    return httpx.Response(status, content=content, headers=headers or {"content-type": "application/json"})


FORMATION_404 = {
    "object": "error",
    "timestamp": 1795379748560,
    "type": "error.not_found",
    "request": {"id": "req_G5ZkEIK4NFEdmeE3pq8Fn", "idempotency_key": None},
    "success": False,
    "error": {"code": "AGENT_NOT_FOUND", "message": "Agent 'nope' not found", "data": None},
    "data": {},
}


def test_formation_envelope_error() -> None:
    error = error_from_response(_response(404, FORMATION_404))
    assert isinstance(error, errors.NotFoundError)
    assert error.code == "AGENT_NOT_FOUND"
    assert error.message == "Agent 'nope' not found"
    assert error.request_id == "req_G5ZkEIK4NFEdmeE3pq8Fn"
    assert error.status_code == 404
    assert str(error) == "404 AGENT_NOT_FOUND: Agent 'nope' not found (request_id=req_G5ZkEIK4NFEdmeE3pq8Fn)"


def test_formation_validation_details() -> None:
    body = {**FORMATION_404, "error": {"code": "INVALID_PARAMS", "message": "Validation failed: 1 error(s)",
            "data": {"validation_errors": [{"field": "message", "msg": "Field required"}]}}}  # fmt: skip
    error = error_from_response(_response(422, body))
    assert isinstance(error, errors.ValidationError)
    assert error.details == {"validation_errors": [{"field": "message", "msg": "Field required"}]}


def test_server_error_format() -> None:
    body = {"error": "Unauthorized", "message": "Invalid signature", "code": 401}
    error = error_from_response(_response(401, body))
    assert isinstance(error, errors.AuthenticationError)
    assert (error.code, error.message, error.request_id) == ("Unauthorized", "Invalid signature", None)
    assert str(error) == "401 Unauthorized: Invalid signature"


def test_dev_run_error_format() -> None:
    body = {"success": False, "formation_id": "x", "port": 0, "status": "", "error": "draft already running"}
    error = error_from_response(_response(409, body))
    assert isinstance(error, errors.ConflictError)
    assert error.message == "draft already running"


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.ValidationError),
        (401, errors.AuthenticationError),
        (403, errors.AuthorizationError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (422, errors.ValidationError),
        (429, errors.RateLimitError),
        (500, errors.ServerError),
        (503, errors.ServerError),
        (520, errors.ServerError),
        (418, errors.APIStatusError),
    ],
)
def test_status_mapping(status: int, cls: type) -> None:
    error = error_from_response(_response(status, {"message": "m"}))
    assert type(error) is cls
    assert isinstance(error, errors.MuxiError)


def test_non_json_body_keeps_text() -> None:
    error = error_from_response(_response(502, text="<html>\n<b>Bad gateway</b>\n</html>", headers={}))
    assert isinstance(error, errors.ServerError)
    assert "Bad gateway" in error.message
    assert "\n" not in str(error)


def test_empty_body_uses_reason_phrase() -> None:
    error = error_from_response(httpx.Response(503, content=b""))
    assert error.message == "Service Unavailable"


def test_rate_limit_retry_after_seconds() -> None:
    error = error_from_response(_response(429, {"message": "slow down"}, headers={"retry-after": "7"}))
    assert isinstance(error, errors.RateLimitError)
    assert error.retry_after == 7.0


def test_retry_after_http_date() -> None:
    now = 1_800_000_000.0
    date = email.utils.formatdate(now + 12, usegmt=True)
    assert parse_retry_after({"retry-after": date}, now=now) == pytest.approx(12.0)
    assert parse_retry_after({"retry-after": email.utils.formatdate(now - 50, usegmt=True)}, now=now) == 0.0


@pytest.mark.parametrize("value", ["", "soon", "nan", "inf"])
def test_retry_after_invalid(value: str) -> None:
    assert parse_retry_after({"retry-after": value}) is None


def test_network_errors_are_builtin_compatible() -> None:
    assert issubclass(errors.ConnectionError, ConnectionError)
    assert issubclass(errors.TimeoutError, TimeoutError)
    assert issubclass(errors.TimeoutError, errors.ConnectionError)
    assert issubclass(errors.ConfigurationError, ValueError)


def test_repr_is_compact() -> None:
    error = error_from_response(_response(404, FORMATION_404))
    assert repr(error).startswith("NotFoundError(message=\"Agent 'nope' not found\", code='AGENT_NOT_FOUND'")
