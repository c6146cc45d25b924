"""Sending one logical call: a sans-I/O flow with thin sync and async shells.

:func:`call_flow` is a generator that holds every decision of a call — retries and their
waits, redirects, error mapping, logging — and performs no I/O. It yields :class:`Send` (send
this request, give me the response or the network error) and :class:`Sleep` (wait this long),
and returns the final successful :class:`httpx.Response` or raises a :class:`~muxi.MuxiError`.
:func:`run_sync` and :func:`run_async` are the only places that touch the network or the
clock, the way one ``httpx.Auth.auth_flow`` generator serves both httpx clients.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass

import httpx

from ._json import is_object
from ._logging import SENSITIVE_HEADERS, logger
from ._retry import RetryPolicy
from .errors import APIStatusError, ConnectionError, MuxiError, TimeoutError, error_from_response

__all__ = ["Call", "Flow", "Send", "Sleep", "call_flow", "run_async", "run_sync", "sleep_async", "sleep_sync"]


@dataclass(frozen=True)
class Send:
    """Send ``request`` (signing it with ``auth`` at send time) and resume with the outcome.

    The shell reads the body before resuming unless ``stream`` is set and the status is 2xx.
    """

    request: httpx.Request
    auth: httpx.Auth | None
    stream: bool


@dataclass(frozen=True)
class Sleep:
    """Wait ``seconds`` before resuming."""

    seconds: float


Outcome = httpx.Response | httpx.TransportError | None
Flow = Generator[Send | Sleep, Outcome, httpx.Response]


@dataclass(frozen=True)
class Call:
    """One logical call. ``build`` makes a fresh request for every attempt (same idempotency key)."""

    operation: str
    build: Callable[[], httpx.Request]
    idempotent: bool = False
    stream: bool = False
    auth: httpx.Auth | None = None


def call_flow(call: Call, policy: RetryPolicy, *, follow_redirects: bool = False, max_redirects: int = 5) -> Flow:
    """The decisions of one call; see the module docstring for the protocol."""
    request = call.build()
    auth = call.auth
    retry_number = 0
    redirects = 0
    while True:
        started = time.monotonic()
        outcome = yield Send(request, auth, call.stream)
        _log_attempt(call, request, outcome, time.monotonic() - started)
        if isinstance(outcome, httpx.Response) and outcome.is_redirect and follow_redirects:
            if redirects >= max_redirects:
                raise APIStatusError(
                    f"more than {max_redirects} redirects",
                    status_code=outcome.status_code,
                    headers=outcome.headers,
                    response=outcome,
                )
            request, keep_credentials = _redirect(request, outcome)
            auth = auth if keep_credentials else None
            redirects += 1
            continue
        assert outcome is not None
        delay = policy.delay(
            retry_number=retry_number,
            method=request.method,
            idempotent=call.idempotent,
            outcome=outcome,
        )
        if delay is None:
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
        yield Sleep(delay)
        request, auth, redirects = call.build(), call.auth, 0
    if isinstance(outcome, httpx.TransportError):
        raise _network_error(outcome, request) from outcome
    assert isinstance(outcome, httpx.Response)
    if outcome.is_redirect:
        location = outcome.headers.get("location", "?")
        raise APIStatusError(
            f"redirected to {location}; redirects are not followed unless follow_redirects=True",
            status_code=outcome.status_code,
            headers=outcome.headers,
            response=outcome,
        )
    if outcome.status_code >= 400 or outcome.status_code < 200:
        raise error_from_response(outcome)
    return outcome


def _redirect(request: httpx.Request, response: httpx.Response) -> tuple[httpx.Request, bool]:
    """The follow-up request, and whether credentials may go with it (same origin only)."""
    url = request.url.join(response.headers["location"])
    same_origin = (url.scheme, url.host, url.port) == (request.url.scheme, request.url.host, request.url.port)
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


def _network_error(exc: httpx.TransportError, request: httpx.Request) -> MuxiError:
    where = f"{request.method} {request.url.copy_with(query=None)}"
    if isinstance(exc, httpx.TimeoutException):
        kind = type(exc).__name__.replace("Timeout", "").lower() or "request"
        return TimeoutError(f"{where} timed out ({kind} timeout)")
    reason = str(exc) or type(exc).__name__
    return ConnectionError(f"{where} failed: {reason}")


def _describe_outcome(outcome: httpx.Response | httpx.TransportError) -> str:
    if isinstance(outcome, httpx.Response):
        return f"HTTP {outcome.status_code}"
    return type(outcome).__name__


def _log_attempt(call: Call, request: httpx.Request, outcome: Outcome, elapsed: float) -> None:
    if not logger.isEnabledFor(10):  # logging.DEBUG, without the attribute lookup on the hot path
        return
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
            type(outcome).__name__,
            elapsed * 1000,
        )


def _request_id(response: httpx.Response) -> str:
    """The formation envelope's ``request.id`` when the body is read JSON, for the debug log."""
    if not response.is_stream_consumed or "json" not in response.headers.get("content-type", ""):
        return "-"
    try:
        body = json.loads(response.content)
    except ValueError:
        return "-"
    request = body.get("request") if is_object(body) else None
    return str(request.get("id", "-")) if is_object(request) else "-"


def _keep_open(action: Send, response: httpx.Response) -> bool:
    return action.stream and response.is_success


def sleep_sync(seconds: float) -> None:
    """The blocking wait between retries (tests replace it to count waits instead of waiting)."""
    time.sleep(seconds)


async def sleep_async(seconds: float) -> None:
    """The asynchronous wait between retries (tests replace it)."""
    import asyncio  # only async clients need it: keep it out of the sync import path

    await asyncio.sleep(seconds)


def run_sync(client: httpx.Client, flow: Flow) -> httpx.Response:
    """Drive ``flow`` with a blocking :class:`httpx.Client`."""
    outcome: Outcome = None
    try:
        while True:
            action = flow.send(outcome)
            if isinstance(action, Sleep):
                sleep_sync(action.seconds)
                outcome = None
                continue
            try:
                outcome = client.send(action.request, auth=action.auth, stream=True, follow_redirects=False)
                if not _keep_open(action, outcome):
                    try:
                        outcome.read()
                    finally:
                        outcome.close()
            except httpx.TransportError as exc:
                outcome = exc
    except StopIteration as done:
        response: httpx.Response = done.value
        return response


async def run_async(client: httpx.AsyncClient, flow: Flow) -> httpx.Response:
    """Drive ``flow`` with an :class:`httpx.AsyncClient`."""
    outcome: Outcome = None
    try:
        while True:
            action = flow.send(outcome)
            if isinstance(action, Sleep):
                await sleep_async(action.seconds)
                outcome = None
                continue
            try:
                outcome = await client.send(action.request, auth=action.auth, stream=True, follow_redirects=False)
                if not _keep_open(action, outcome):
                    try:
                        await outcome.aread()
                    finally:
                        await outcome.aclose()
            except httpx.TransportError as exc:
                outcome = exc
    except StopIteration as done:
        response: httpx.Response = done.value
        return response
