"""Typed errors raised by the MUXI SDK.

Every error is a :class:`MuxiError`. HTTP failures map to a subclass by status code
(:class:`AuthenticationError` for 401, :class:`NotFoundError` for 404, ...); network failures
are :class:`ConnectionError` or :class:`TimeoutError`; failures a formation reports in-band
(a ``success: false`` envelope on HTTP 200, an SSE ``error`` frame) are :class:`FormationError`;
a 2xx body that does not fit the API schema is :class:`ResponseValidationError`.

Both servers' error formats are understood: the formation envelope
``{"success": false, "error": {"code", "message", "data"}, "request": {"id"}}`` and the MUXI
Server's ``{"error", "message", "code"}``. Non-JSON bodies keep their text as the message.
"""

from __future__ import annotations

import builtins
import json
import time
from collections.abc import Mapping, Sequence
from typing import Any, cast

import httpx

from ._core.json import is_mapping, is_object

__all__ = [
    "APIStatusError",
    "AuthenticationError",
    "AuthorizationError",
    "ConfigurationError",
    "ConflictError",
    "ConnectionError",
    "FormationError",
    "MuxiError",
    "NotFoundError",
    "RateLimitError",
    "ResponseValidationError",
    "ServerError",
    "StreamError",
    "TimeoutError",
    "ValidationError",
    "error_from_response",
    "field_errors",
    "parse_retry_after",
]

_MAX_MESSAGE = 500
_MAX_FIELDS = 5
_USER_ID_REQUIRED = "x-muxi-user-id header is required"


class MuxiError(Exception):
    """Base class of every error the SDK raises.

    Attributes:
        message: what went wrong, in the server's words when it said something.
        code: the machine-readable code (``"AGENT_NOT_FOUND"``, ``"Unauthorized"``...), if any.
        status_code: the HTTP status, when the error came from an HTTP response.
        details: extra structured data the server sent (validation errors, reasons...), as a
            mapping: the formation's ``error.data`` (a value that is not an object comes as
            ``{"data": value}``), the MUXI Server's extra fields, or a stream's error frame.
        request_id: the formation's request id (``request.id`` of the envelope), if any.
        headers: the response headers, when there was a response.
        response: the :class:`httpx.Response`, when there was one.
        retries_taken: how many times the call was retried before this error (0 when none).
    """

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        status_code: int | None = None,
        details: Mapping[str, object] | None = None,
        request_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        response: httpx.Response | None = None,
        retries_taken: int = 0,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.status_code = status_code
        self.details: Mapping[str, object] | None = details
        self.request_id = request_id
        self.headers: Mapping[str, str] = headers if headers is not None else {}
        self.response = response
        self.retries_taken = retries_taken

    def _explanation(self) -> str:
        """The message as ``str()`` shows it (subclasses add what names the culprit)."""
        return self.message

    def __str__(self) -> str:
        parts: list[str] = []
        if self.status_code is not None:
            parts.append(str(self.status_code))
        if self.code and self.code != str(self.status_code):
            parts.append(self.code)
        head = " ".join(parts)
        message = " ".join(self._explanation().split())  # always one line
        text = f"{head}: {message}" if head else message
        if self.request_id:
            text += f" (request_id={self.request_id})"
        return text

    def __repr__(self) -> str:
        fields = [f"message={self.message!r}"]
        for name in ("code", "status_code", "request_id"):
            value = getattr(self, name)
            if value is not None:
                fields.append(f"{name}={value!r}")
        return f"{type(self).__name__}({', '.join(fields)})"


class ConfigurationError(MuxiError, ValueError):
    """The client was configured or called in a way that cannot work (raised before any I/O)."""


class APIStatusError(MuxiError):
    """An HTTP response with an error status (4xx/5xx) that has no more specific class."""


class ValidationError(APIStatusError):
    """400 or 422: the request was rejected as invalid; ``details`` holds the server's reasons.

    ``str(error)`` names the failing fields (``422 INVALID_PARAMS: Validation failed: 1 error(s):
    message: Field required``) and, when the formation wants an end-user id, how to pass one.
    """

    def _explanation(self) -> str:
        text = self.message
        fields = field_errors(self.details)
        if fields:
            shown = fields[:_MAX_FIELDS]
            more = f" (+{len(fields) - _MAX_FIELDS} more)" if len(fields) > _MAX_FIELDS else ""
            text = f"{text.rstrip(' .:')}: {'; '.join(shown)}{more}"
        if _USER_ID_REQUIRED in text.lower():
            text += (
                "; pass user_id=... to the call, or set a default with FormationClient(user_id=...) "
                "or client.with_options(user_id=...)"
            )
        return text


class AuthenticationError(APIStatusError):
    """401: the key or HMAC signature is missing, wrong, or expired."""


class AuthorizationError(APIStatusError):
    """403: the credentials are valid but not allowed to do this."""


class NotFoundError(APIStatusError):
    """404: the route or the resource does not exist."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state (already exists, in use, running...)."""


class RateLimitError(APIStatusError):
    """429: too many requests. ``retry_after`` is the server's requested wait in seconds, if given."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerError(APIStatusError):
    """5xx: the server failed."""


class ConnectionError(MuxiError, builtins.ConnectionError):
    """The server could not be reached or the connection broke (DNS, refused, reset...)."""


class TimeoutError(ConnectionError, builtins.TimeoutError):
    """The request did not complete within its timeout."""


class FormationError(MuxiError):
    """A failure the formation reported in-band: ``success: false`` on HTTP 200, or an SSE ``error`` frame."""


class StreamError(MuxiError):
    """An event stream was malformed (for example a line longer than the decoder accepts)."""


class ResponseValidationError(MuxiError):
    """A response body that cannot be decoded, or a 2xx body that does not fit the API schema.

    Undecodable: a broken ``Content-Encoding``, JSON nested too deeply or not UTF-8. ``body``
    keeps the raw bytes.
    """

    def __init__(self, message: str, *, body: bytes = b"", **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.body = body


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: ValidationError,
    401: AuthenticationError,
    403: AuthorizationError,
    404: NotFoundError,
    409: ConflictError,
    422: ValidationError,
    429: RateLimitError,
}


def parse_retry_after(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """Seconds to wait from ``Retry-After`` (delta-seconds or an HTTP date), or None when absent/invalid."""
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        import email.utils

        try:
            when = email.utils.parsedate_to_datetime(value)
            if when is None:  # pyright: ignore[reportUnnecessaryComparison]
                return None
            seconds = when.timestamp() - (time.time() if now is None else now)
        except (TypeError, ValueError, LookupError, ArithmeticError, OSError):
            return None
    if seconds != seconds or seconds in (float("inf"), float("-inf")):  # NaN / inf
        return None
    return max(0.0, seconds)


def _details(value: object) -> Mapping[str, object] | None:
    if value is None or is_mapping(value):
        return value
    return {"data": value}


def _field_name(entry: Mapping[str, object]) -> str | None:
    field = entry.get("field", entry.get("loc"))
    if isinstance(field, list | tuple):
        parts = [str(part) for part in cast("Sequence[object]", field) if part != "body"]
        return ".".join(parts) or None
    return str(field) if field is not None else None


def field_errors(details: Mapping[str, object] | None) -> list[str]:
    """``"field: reason"`` for each validation error in ``details``.

    ``details`` is the formation's ``validation_errors``, or a FastAPI-style ``detail`` list.
    """
    if not details:
        return []
    entries = details.get("validation_errors", details.get("detail"))
    if not isinstance(entries, list):
        return []
    described: list[str] = []
    for entry in cast("list[object]", entries):
        if not is_mapping(entry):
            continue
        name = _field_name(entry)
        reason = entry.get("msg", entry.get("message", entry.get("error")))
        text = " ".join(str(reason).split()) if reason is not None else "invalid"
        described.append(f"{name}: {text}" if name else text)
    return described


def _describe(body: Any) -> tuple[str | None, str | None, Mapping[str, object] | None, str | None]:
    """(code, message, details, request_id) from either server's error body."""
    if not is_object(body):
        return None, None, None, None
    request = body.get("request")
    request_id = request.get("id") if is_object(request) else None
    error = body.get("error")
    if is_object(error):  # formation envelope
        code = error.get("code")
        message = error.get("message")
        details = _details(error.get("data"))
    else:  # MUXI Server {"error": "Not Found", "message": ..., "code": 404} or dev {"error": msg}
        code = error if isinstance(error, str) else None
        message = body.get("message")
        if message is None and isinstance(error, str):
            message = error
        details = {k: v for k, v in body.items() if k not in {"error", "message", "code"}} or None
    detail = body.get("detail")
    if message is None and isinstance(detail, str):
        message = detail
    elif message is None and isinstance(detail, list):  # FastAPI's request validation errors
        message = "Validation failed"
    return (
        str(code) if code is not None else None,
        str(message) if message is not None else None,
        details,
        str(request_id) if request_id is not None else None,
    )


def _text(content: bytes) -> str:
    text = content.decode("utf-8", errors="replace").strip()
    return text if len(text) <= _MAX_MESSAGE else text[:_MAX_MESSAGE] + "..."


def error_from_response(response: httpx.Response) -> APIStatusError:
    """Build the typed error for an HTTP error response (its body must already be read)."""
    status = response.status_code
    content = response.content
    try:
        body = json.loads(content) if content else None
    except (ValueError, RecursionError):  # not JSON, not UTF-8, or nested too deeply
        body = None
    code, message, details, request_id = _describe(body)
    if message is None:
        message = _text(content) if content and body is None else (response.reason_phrase or "HTTP error")
    kwargs: dict[str, Any] = {
        "code": code,
        "status_code": status,
        "details": details,
        "request_id": request_id,
        "headers": response.headers,
        "response": response,
    }
    if status == 429:
        return RateLimitError(message, retry_after=parse_retry_after(response.headers), **kwargs)
    cls = _STATUS_CLASSES.get(status) or (ServerError if status >= 500 else APIStatusError)
    return cls(message, **kwargs)


def formation_error_from_envelope(body: Mapping[str, Any], response: httpx.Response | None = None) -> FormationError:
    """A :class:`FormationError` for an envelope that says ``success: false``."""
    code, message, details, request_id = _describe(dict(body))
    return FormationError(
        message or "the formation reported a failure",
        code=code,
        status_code=response.status_code if response is not None else None,
        details=details,
        request_id=request_id,
        headers=response.headers if response is not None else None,
        response=response,
    )
