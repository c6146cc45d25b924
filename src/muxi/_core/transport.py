"""Sending one logical call: a sans-I/O flow, driven by the thin sync and async shells of :mod:`muxi._core.shells`.

:func:`call_flow` is a generator that holds every decision of a call — retries and their
waits, the call's deadline, redirects, error mapping, logging — and performs no I/O. It yields
:class:`Send` (send this request, give me the response or the network error) and :class:`Sleep`
(wait this long), and returns the final successful :class:`httpx.Response` or raises a
:class:`~muxi.MuxiError` whose ``retries_taken`` says how many retries were made.
:func:`~muxi._core.shells.run_sync` and :func:`~muxi._core.shells.run_async` are the only places
that touch the network or wait, the way one ``httpx.Auth.auth_flow`` generator serves both httpx
clients.

**Deadline.** A call with ``deadline`` (a numeric ``timeout=``) must finish within that many
seconds: every attempt's httpx timeouts are capped at the time left, a retry whose wait would
end past the deadline is not made, and the shells stop reading a body (in chunks) once the
deadline has passed. Running out raises :class:`~muxi.TimeoutError` naming the deadline and the
attempts. The clock is :func:`monotonic` (tests replace it, as they replace the sleeps).

**Hostile bodies.** The shells count a body's decoded bytes while reading it (the wire bytes
are fed to the decoder in small slices, so a compression bomb never expands far) and stop at
``max_bytes``: the connection is closed, the bytes are dropped and the flow raises
:class:`~muxi.ResponseValidationError` without retrying. A response followed by bytes its
framing does not account for (past its ``Content-Length``) closes its connection, so those
bytes can never be served as the answer to the next request. A cross-origin redirect that
would re-send the request body is refused.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass
from typing import TypeVar, cast

import httpx

from ..errors import (
    APIStatusError,
    ConfigurationError,
    ConnectionError,
    MuxiError,
    ResponseValidationError,
    TimeoutError,
    error_from_response,
)
from .json import is_object
from .logging import SENSITIVE_HEADERS, logger
from .otel import NO_TRACE, CallTrace
from .response import keep
from .results import invalid_response
from .retry import RetryPolicy

__all__ = [
    "Call",
    "Flow",
    "Send",
    "Sleep",
    "TooLarge",
    "Undecodable",
    "call_flow",
    "monotonic",
]

_E = TypeVar("_E", bound=MuxiError)
MIN_TIMEOUT = 0.001  # httpx treats 0 as "do not wait at all"; the flow never sends with less time left


def monotonic() -> float:
    """The clock of deadlines and attempt timings (tests replace it, as they replace the sleeps)."""
    return time.monotonic()


# The flow's messages are plain slotted classes: a dataclass costs about 0.5 ms to create at import.
class Send:
    """Send ``request`` (signing it with ``auth`` at send time) and resume with the outcome.

    The shell reads the body before resuming unless ``stream`` is set and the status is 2xx.
    ``expires`` (on the :func:`monotonic` clock) is the call's deadline: the shell reads the body
    in chunks and stops with :class:`httpx.ReadTimeout` once it has passed.
    """

    __slots__ = ("auth", "expires", "max_bytes", "request", "stream")

    def __init__(
        self,
        request: httpx.Request,
        auth: httpx.Auth | None,
        stream: bool,
        expires: float | None = None,
        max_bytes: int | None = None,
    ) -> None:
        self.request, self.auth, self.stream, self.expires, self.max_bytes = request, auth, stream, expires, max_bytes


class Sleep:
    """Wait ``seconds`` before resuming."""

    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds


class Undecodable:
    """A response whose body could not be decoded (e.g. ``Content-Encoding: gzip`` on a plain body).

    ``response`` is None when the transport read the body itself (a mock transport does).
    """

    __slots__ = ("error", "response")

    def __init__(self, response: httpx.Response | None, error: httpx.DecodingError) -> None:
        self.response, self.error = response, error


class TooLarge:
    """A response whose decoded body grew past ``limit`` bytes; its content was dropped."""

    __slots__ = ("limit", "response")

    def __init__(self, response: httpx.Response, limit: int) -> None:
        self.response, self.limit = response, limit


Outcome = httpx.Response | httpx.TransportError | Undecodable | TooLarge | None
Flow = Generator[Send | Sleep, Outcome, httpx.Response]


@dataclass(frozen=True)
class Call:
    """One logical call. ``build`` makes a fresh request for every attempt (same idempotency key).

    ``deadline`` is the time the whole call may take, in seconds (None: only httpx's timeouts).
    ``chat``: a chat turn's ``agent_id``, ``session_id`` and ``message``, for its trace.
    """

    operation: str
    build: Callable[[], httpx.Request]
    idempotent: bool = False
    stream: bool = False
    auth: httpx.Auth | None = None
    deadline: float | None = None
    max_bytes: int | None = None
    chat: Mapping[str, object] | None = None


def call_flow(
    call: Call,
    policy: RetryPolicy,
    *,
    follow_redirects: bool = False,
    max_redirects: int = 5,
    trace: CallTrace = NO_TRACE,
) -> Flow:
    """The decisions of one call; see the module docstring for the protocol.

    ``trace`` is told of each attempt, retry and redirect (:mod:`muxi._core.otel`; no-ops by default).
    """
    expires = None if call.deadline is None else monotonic() + call.deadline
    request = _build(call)
    auth = call.auth
    retry_number = 0
    redirects = 0
    sends = 0
    cut_short = ""  # why the retries stopped early, for the error message
    while True:
        if expires is not None:
            left = expires - monotonic()
            if left <= 0:
                raise _retried(_deadline_error(call, request, retry_number), retry_number)
            _cap_timeouts(request, left)
        sends += 1
        trace.attempt(request, sends)
        started = monotonic()
        outcome = yield Send(request, auth, call.stream, expires, call.max_bytes)
        if logger.isEnabledFor(10):  # logging.DEBUG, without the attribute lookup on the hot path
            _log_attempt(call, request, outcome, monotonic() - started)
        if isinstance(outcome, Undecodable):
            raise _retried(_undecodable_error(call, outcome), retry_number) from outcome.error
        if isinstance(outcome, TooLarge):
            raise _retried(_too_large_error(call, outcome), retry_number)
        if isinstance(outcome, httpx.Response) and outcome.is_redirect and follow_redirects:
            if redirects >= max_redirects:
                raise _retried(_redirect_error(f"more than {max_redirects} redirects", outcome), retry_number)
            try:
                request, keep_credentials = _redirect(request, outcome)
            except APIStatusError as exc:
                raise _retried(exc, retry_number) from None
            auth = auth if keep_credentials else None
            redirects += 1
            trace.redirect(request, outcome.status_code)
            continue
        assert outcome is not None
        if isinstance(outcome, httpx.Response) and outcome.is_success:
            break  # the common case: a 2xx is final (no retry status is a 2xx)
        if expires is not None and isinstance(outcome, httpx.TimeoutException) and monotonic() >= expires:
            raise _retried(_deadline_error(call, request, retry_number + 1), retry_number) from outcome
        if isinstance(outcome, httpx.LocalProtocolError):
            break  # httpx refused to send the request: sending it again cannot help
        delay = policy.delay(
            retry_number=retry_number,
            method=request.method,
            idempotent=call.idempotent,
            outcome=outcome,
        )
        if delay is None:
            break
        if expires is not None and monotonic() + delay >= expires:
            cut_short = f"; not retried: the next attempt would start after the {call.deadline:g} s deadline"
            break
        retry_number += 1
        logger.debug(
            "%s: retry %d/%d in %.2fs after %s (idempotency key %s)",
            call.operation,
            retry_number,
            policy.max_retries,
            delay,
            _describe_outcome(outcome),
            request.headers.get("x-muxi-idempotency-key", "-"),
        )
        trace.retry(retry_number, delay, outcome)
        yield Sleep(delay)
        request, auth, redirects = _build(call), call.auth, 0
    if isinstance(outcome, httpx.TransportError):
        raise _retried(_network_error(outcome, request, retry_number + 1, cut_short), retry_number) from outcome
    assert isinstance(outcome, httpx.Response)
    if outcome.is_redirect:
        location = outcome.headers.get("location", "?")
        message = f"redirected to {location}; redirects are not followed unless follow_redirects=True"
        raise _retried(_redirect_error(message, outcome), retry_number)
    if outcome.status_code >= 400 or outcome.status_code < 200:
        raise _retried(error_from_response(outcome), retry_number)
    keep(outcome, retry_number)  # for a call made through with_raw_response
    return outcome


def _build(call: Call) -> httpx.Request:
    """The next attempt's request; a request httpx cannot even build is the caller's mistake."""
    try:
        return call.build()
    except MuxiError:
        raise
    except (UnicodeError, TypeError, ValueError, httpx.InvalidURL) as exc:
        raise ConfigurationError(
            f"{call.operation}: the request cannot be built ({type(exc).__name__}); "
            "check the arguments, headers and query parameters of the call"
        ) from exc


def _retried(error: _E, retries: int) -> _E:
    error.retries_taken = retries
    return error


def _attempts(count: int) -> str:
    return f"{count} attempt" if count == 1 else f"{count} attempts"


def _cap_timeouts(request: httpx.Request, left: float) -> None:
    """Limit every httpx timeout of this attempt to the time left before the call's deadline."""
    left = max(left, MIN_TIMEOUT)
    configured = request.extensions.get("timeout")
    phases: dict[str, float | None] = (
        cast("dict[str, float | None]", configured)
        if isinstance(configured, dict)
        else dict.fromkeys(("connect", "read", "write", "pool"))
    )
    request.extensions["timeout"] = {
        phase: left if value is None else min(float(value), left) for phase, value in phases.items()
    }


def _deadline_error(call: Call, request: httpx.Request, attempts: int) -> TimeoutError:
    where = f"{request.method} {request.url.copy_with(query=None)}"
    return TimeoutError(
        f"{where} did not complete within its {call.deadline:g} s deadline (timeout={call.deadline:g}) "
        f"after {_attempts(attempts)}"
    )


def _undecodable_error(call: Call, outcome: Undecodable) -> ResponseValidationError:
    response = outcome.response
    if response is None:
        return ResponseValidationError(f"{call.operation}: the response body could not be decoded: {outcome.error}")
    encoding = response.headers.get("content-encoding", "")
    hint = f" (Content-Encoding: {encoding})" if encoding else ""
    message = f"{call.operation}: the body of the {response.status_code} response could not be decoded{hint}"
    return invalid_response(f"{message}: {outcome.error}", response)


def _too_large_error(call: Call, outcome: TooLarge) -> ResponseValidationError:
    response = outcome.response
    return invalid_response(
        f"{call.operation}: the body of the {response.status_code} response is larger than "
        f"max_response_bytes={outcome.limit} (decoded); it was dropped and its connection closed. "
        "Raise the limit with max_response_bytes= on the client, with_options() or the call",
        response,
    )


def _has_body(request: httpx.Request) -> bool:
    headers = request.headers
    return headers.get("content-length", "0") != "0" or "transfer-encoding" in headers


def _redirect_error(message: str, response: httpx.Response) -> APIStatusError:
    """A redirect the call does not follow, as the error of its 3xx response."""
    return APIStatusError(message, status_code=response.status_code, headers=response.headers, response=response)


def _redirect(request: httpx.Request, response: httpx.Response) -> tuple[httpx.Request, bool]:
    """The follow-up request, and whether credentials may go with it (same origin only).

    A cross-origin redirect that would re-send the request body (a 307/308, or a 301/302 of a
    method other than POST) raises :class:`~muxi.APIStatusError`: the body stays home, like
    the credentials.
    """
    url = request.url.join(response.headers["location"])
    same_origin = (url.scheme, url.host, url.port) == (request.url.scheme, request.url.host, request.url.port)
    resends = not (response.status_code == 303 or (response.status_code in (301, 302) and request.method == "POST"))
    if not same_origin and resends and _has_body(request):
        raise _redirect_error(
            f"{request.method} {request.url.copy_with(query=None)} was redirected ({response.status_code}) to "
            f"another origin, {url.scheme}://{url.netloc.decode('ascii', 'replace')}; following it would re-send "
            "the request body there, so it was not followed",
            response,
        )
    headers = httpx.Headers(request.headers)
    headers.pop("host", None)
    if not same_origin:
        for name in SENSITIVE_HEADERS:
            headers.pop(name, None)
    method = request.method
    content: bytes | None = request.content
    if response.status_code == 303 or (response.status_code in (301, 302) and method == "POST"):
        method, content = "GET", None
        headers.pop("content-length", None)
        headers.pop("content-type", None)
    follow = httpx.Request(method, url, headers=headers, content=content, extensions=request.extensions)
    return follow, same_origin


def _network_error(exc: httpx.TransportError, request: httpx.Request, attempts: int, note: str = "") -> MuxiError:
    where = f"{request.method} {request.url.copy_with(query=None)}"
    tried = f"after {_attempts(attempts)}{note}"
    if isinstance(exc, httpx.TimeoutException):
        kind = type(exc).__name__.replace("Timeout", "").lower() or "request"
        return TimeoutError(f"{where} timed out ({kind} timeout) {tried}")
    if isinstance(exc, httpx.LocalProtocolError):
        # httpx's message may quote a header value (a key): never shown.
        return ConnectionError(f"{where} could not be sent: httpx refused the request as invalid HTTP ({tried})")
    reason = str(exc) or type(exc).__name__
    return ConnectionError(f"{where} failed: {reason} ({tried})")


def _describe_outcome(outcome: httpx.Response | httpx.TransportError | Undecodable | TooLarge) -> str:
    if isinstance(outcome, httpx.Response):
        return f"HTTP {outcome.status_code}"
    return type(outcome).__name__


def _log_attempt(call: Call, request: httpx.Request, outcome: Outcome, elapsed: float) -> None:
    if isinstance(outcome, httpx.Response):
        logger.debug(
            "%s %s %s -> %d in %.0fms request_id=%s",
            call.operation,
            request.method,
            request.url.copy_with(query=None),
            outcome.status_code,
            elapsed * 1000,
            _request_id(outcome),
        )
    elif outcome is not None:
        logger.debug(
            "%s %s %s -> %s after %.0fms",
            call.operation,
            request.method,
            request.url.copy_with(query=None),
            _describe_outcome(outcome),
            elapsed * 1000,
        )


def _request_id(response: httpx.Response) -> str:
    """The formation envelope's ``request.id`` when the body is read JSON, for the debug log."""
    if not response.is_stream_consumed or "json" not in response.headers.get("content-type", ""):
        return "-"
    try:
        body = json.loads(response.content)
    except (ValueError, RecursionError):
        return "-"
    request = body.get("request") if is_object(body) else None
    return str(request.get("id", "-")) if is_object(request) else "-"
