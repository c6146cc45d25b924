"""End-to-end tests against the real formation server (muxi-runtime), in both of its modes.

``make e2e`` runs this suite twice: ``make e2e-single`` against ``../shared/harness`` (the runtime's
default single-user mode) and ``make e2e-pg`` against ``../shared/harness-pg`` (PostgreSQL
persistent memory: multi-user, memory writes, scheduler jobs). Each target starts its harness and
exports MUXI_BASE_URL, MUXI_ADMIN_KEY, MUXI_CLIENT_KEY and MUXI_E2E_MODE (``single`` or ``pg``).
Without those variables every test here is skipped.

Every test states the mode(s) it needs with ``@pytest.mark.mode("single")``, ``("pg")`` or
``("single", "pg")`` (a module-level ``pytestmark`` works too; ``tests/test_e2e_modes.py`` checks
that every test here has one); a test whose mode is not the one running is skipped with the reason,
and a test without a marker runs in both.

With MUXI_E2E_RECORD=<file.jsonl> every exchange with the harness (SDK calls and raw httpx alike:
the recorder wraps httpx's own transports) is appended to that file, one JSON object per line, for
``scripts/fidelity.py`` to check against ``openapi/formation.yaml``.
"""

from __future__ import annotations

import base64
import json
import os
import threading
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

MODES = ("single", "pg")
HARNESS_OF = {"single": "../shared/harness (make e2e-single)", "pg": "../shared/harness-pg (make e2e-pg)"}
MAX_RECORDED_BODY = 1 << 20  # bytes of one body kept in the record (a longer one is marked truncated)


@dataclass(frozen=True)
class Harness:
    base_url: str
    admin_key: str
    client_key: str
    mode: str

    @property
    def multi_user(self) -> bool:
        return self.mode == "pg"


def running_mode() -> str:
    """The mode of the harness this run talks to: MUXI_E2E_MODE, else ``pg`` when MUXI_PG_URL is set."""
    mode = os.environ.get("MUXI_E2E_MODE") or ("pg" if os.environ.get("MUXI_PG_URL") else "single")
    if mode not in MODES:
        raise pytest.UsageError(f"MUXI_E2E_MODE must be one of {', '.join(MODES)}, not {mode!r}")
    return mode


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "mode(*modes): the e2e harness modes the test needs: 'single' and/or 'pg'")


def _modes_of(item: pytest.Item) -> tuple[str, ...] | None:
    marker = item.get_closest_marker("mode")
    return None if marker is None else tuple(str(arg) for arg in marker.args)


@pytest.fixture(scope="session")
def _harness_session() -> Harness:
    base_url = os.environ.get("MUXI_BASE_URL")
    if not base_url or not os.environ.get("MUXI_E2E"):
        pytest.skip("needs the formation harness: run `make e2e` (or e2e-single / e2e-pg)")
    try:
        httpx.get(f"{base_url.rstrip('/')}/v1/health", timeout=5).raise_for_status()
    except httpx.HTTPError as exc:
        pytest.skip(f"the formation harness at {base_url} is not answering ({exc}); see its log")
    return Harness(base_url.rstrip("/"), os.environ["MUXI_ADMIN_KEY"], os.environ["MUXI_CLIENT_KEY"], running_mode())


@pytest.fixture
def harness(_harness_session: Harness, request: pytest.FixtureRequest) -> Harness:
    modes = _modes_of(request.node) or MODES
    if _harness_session.mode not in modes:
        wanted = " or ".join(HARNESS_OF[mode] for mode in modes)
        pytest.skip(f"needs the {wanted} runtime; this run is against {HARNESS_OF[_harness_session.mode]}")
    return _harness_session


# --------------------------------------------------------------------------- exchange recorder


class _Recorder:
    """Appends one JSON line per finished exchange with the harness; thread-safe, bounded per body."""

    def __init__(self, path: Path, base_url: str, mode: str) -> None:
        self.path, self.base_url, self.mode = path, base_url.rstrip("/"), mode
        self.test = ""
        self._lock = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)

    def wants(self, request: httpx.Request) -> bool:
        return str(request.url).startswith(self.base_url + "/")

    def write(self, request: httpx.Request, response: httpx.Response, body: bytes, truncated: bool) -> None:
        try:
            text: str | None = body.decode("utf-8")
        except UnicodeDecodeError:
            text = None
        record: dict[str, Any] = {
            "mode": self.mode,
            "test": self.test,
            "method": request.method,
            "path": request.url.path,
            "query": request.url.query.decode("ascii", "replace"),
            "status": response.status_code,
            "content_type": response.headers.get("content-type", ""),
            "body": text if text is not None else None,
            "body_b64": None if text is not None else base64.b64encode(body).decode("ascii"),
            "truncated": truncated,
        }
        line = json.dumps(record, ensure_ascii=False) + "\n"
        with self._lock, self.path.open("a", encoding="utf-8") as out:
            out.write(line)


class _Tap:
    """Keeps up to MAX_RECORDED_BODY bytes of a body as it is read; writes the record once, at close."""

    def __init__(self, recorder: _Recorder, request: httpx.Request, response: httpx.Response) -> None:
        self.recorder, self.request, self.response = recorder, request, response
        self.kept = bytearray()
        self.truncated = False
        self.done = False

    def feed(self, chunk: bytes) -> None:
        room = MAX_RECORDED_BODY - len(self.kept)
        if len(chunk) > room:
            self.truncated = True
        self.kept += chunk[: max(room, 0)]

    def finish(self) -> None:
        if not self.done:
            self.done = True
            self.recorder.write(self.request, self.response, bytes(self.kept), self.truncated)


class _SyncTapStream(httpx.SyncByteStream):
    def __init__(self, stream: httpx.SyncByteStream, tap: _Tap) -> None:
        self._stream, self._tap = stream, tap  # `_stream`: the SDK's connection checks look below it

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            self._tap.feed(chunk)
            yield chunk

    def close(self) -> None:
        try:
            self._stream.close()
        finally:
            self._tap.finish()


class _AsyncTapStream(httpx.AsyncByteStream):
    def __init__(self, stream: httpx.AsyncByteStream, tap: _Tap) -> None:
        self._stream, self._tap = stream, tap

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            self._tap.feed(chunk)
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            self._tap.finish()


_ACTIVE: list[_Recorder] = []  # the recorder of this session, while one runs


@pytest.fixture(scope="session", autouse=True)
def _record_exchanges() -> Iterator[None]:
    """With MUXI_E2E_RECORD set, tap httpx's transports for the whole e2e session."""
    target = os.environ.get("MUXI_E2E_RECORD")
    base_url = os.environ.get("MUXI_BASE_URL")
    if not target or not base_url or not os.environ.get("MUXI_E2E"):
        yield
        return
    recorder = _Recorder(Path(target), base_url, running_mode())
    sync_send = httpx.HTTPTransport.handle_request
    async_send = httpx.AsyncHTTPTransport.handle_async_request

    def handle_request(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        response = sync_send(self, request)
        if recorder.wants(request) and isinstance(response.stream, httpx.SyncByteStream):
            response.stream = _SyncTapStream(response.stream, _Tap(recorder, request, response))
        return response

    async def handle_async_request(self: httpx.AsyncHTTPTransport, request: httpx.Request) -> httpx.Response:
        response = await async_send(self, request)
        if recorder.wants(request) and isinstance(response.stream, httpx.AsyncByteStream):
            response.stream = _AsyncTapStream(response.stream, _Tap(recorder, request, response))
        return response

    _ACTIVE.append(recorder)
    httpx.HTTPTransport.handle_request = handle_request  # type: ignore[method-assign]
    httpx.AsyncHTTPTransport.handle_async_request = handle_async_request  # type: ignore[method-assign]
    try:
        yield
    finally:
        httpx.HTTPTransport.handle_request = sync_send  # type: ignore[method-assign]
        httpx.AsyncHTTPTransport.handle_async_request = async_send  # type: ignore[method-assign]
        _ACTIVE.clear()


@pytest.fixture(autouse=True)
def _name_the_exchanges(request: pytest.FixtureRequest) -> None:
    for recorder in _ACTIVE:
        recorder.test = request.node.nodeid
