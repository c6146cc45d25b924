"""``muxi.testing.FakeServer``: an in-memory MUXI Server, faithful to the server's Go source.

It verifies HMAC exactly as the server does (the ``Authorization: MUXI-HMAC`` header format, the key,
the ±300 s clock window, the signature over ``"{ts};{METHOD};{path}"``, the five 401 messages),
answers with the server's bodies (``{success, data}``, ``{error, message, code}``, the raw
cancel-update shape, text/plain server logs), streams the documented SSE frames for deploy,
update, start, restart, rollback and log tails, really unpacks deploy bundles to check their
formation file against ``X-Formation-ID`` / ``X-Formation-Version``, and proxies
``/api/{id}/...`` to a :class:`~muxi.testing.FakeFormation` per deployed formation.

Routing follows the server's route table on gorilla/mux v1.8.1 (``openapi/server.yaml``, "Routing
behaviour"): a wrong method or ``OPTIONS`` on a ``/rpc`` route answers the 404 JSON of an unknown
path (``Endpoint not found``), before authentication and without CORS headers; ``/rpc/dev/stop``,
``/health``, ``/ping``, ``/docs`` and bare ``/api``/``/draft``/``/mcp`` answer 405 with an empty
body instead, ``OPTIONS`` included; only ``/api/{id}/...``, ``/draft/{id}/...`` and
``/mcp/{id}/...`` answer ``OPTIONS`` (200, empty, CORS headers). Every routed answer carries the
CORS headers. Known routes the fake does not implement (download, draft files, ``/rpc/dev/*``)
answer 501 after the signature check; no draft formation runs, so ``/draft/{id}/...`` is 404.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
import re
import tarfile
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import parse_qs, unquote

import httpx

from .._core.config import ServerClientSettings
from .._helpers.formation_file import FORMATION_FILES, FormationFile, read_formation_file
from .._server.client import AsyncServerClient, ServerClient
from . import _loopback
from ._formation import FakeFormation

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["FakeServer", "ServerFormation", "ServerRequest"]

KEY_ID = "MUXI_0123456789abcdef"
SECRET = "sk_" + "ab" * 32  # a fixed test credential, not a real one
BASE_URL = "http://fake-server.test"
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{1,48}[a-z0-9]$")
RESERVED = {"health", "ping", "rpc", "server", "admin", "metrics", "api"}
_PHRASES = {400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 405: "Method Not Allowed", 409: "Conflict",
            500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway",
            503: "Service Unavailable"}  # fmt: skip
_CORS = {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "GET, POST, PUT, DELETE, OPTIONS",
         "Access-Control-Allow-Headers": "Content-Type, Authorization"}  # fmt: skip
_NOT_FOUND = {"error": "Not Found", "message": "Endpoint not found", "code": 404}
# the server's /rpc route table (server.go): method and path of every management route
_RPC_ROUTES = [(method, re.compile(pattern)) for method, pattern in [
    ("POST", r"/rpc/formations"), ("GET", r"/rpc/formations"), ("GET", r"/rpc/formations/[^/]+"),
    ("PUT", r"/rpc/formations/[^/]+"), ("DELETE", r"/rpc/formations/[^/]+"),
    ("POST", r"/rpc/formations/[^/]+/(?:start|stop|restart|rollback|cancel-update)"),
    ("GET", r"/rpc/formations/[^/]+/(?:logs|download)"), ("POST", r"/rpc/formations/[^/]+/draft/files"),
    ("GET", r"/rpc/server/(?:status|logs)"), ("POST", r"/rpc/dev/run"), ("POST", r"/rpc/dev/stop"),
]]  # fmt: skip
_UNIMPLEMENTED = re.compile(r"/rpc/(?:formations/[^/]+/(?:download|draft/files)|dev/run|dev/stop)")
_PROXIED = re.compile(r"/(api|draft|mcp)/([^/]+)(/.*)?")


@dataclass
class ServerRequest:
    """One request the fake received: method, path, parsed query, headers and raw body."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: httpx.Headers
    body: bytes


@dataclass
class ServerFormation:
    """A formation the fake server runs: its id, semantic version, port, bundle files and status."""

    id: str
    version: str
    port: int
    files: list[str]
    status: str = "running"
    restart_count: int = 0
    counter: int = 1
    staging: bool = False
    formation: FakeFormation | None = None


def _json(status: int, body: Any) -> httpx.Response:
    return httpx.Response(
        status, content=(json.dumps(body) + "\n").encode(), headers={"content-type": "application/json"}
    )


def _ok(data: Any, status: int = 200) -> httpx.Response:
    return _json(status, {"success": True, "data": data})


def _error(status: int, message: str) -> httpx.Response:
    return _json(status, {"error": _PHRASES.get(status, "Error"), "message": message, "code": status})


def _with_cors(response: httpx.Response) -> httpx.Response:
    """A routed response: the server's CORS middleware has set its three headers."""
    for name, value in _CORS.items():
        response.headers.setdefault(name, value)
    return response


def _frame(event: str, data: Any) -> bytes:
    return f"event: {event}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n".encode()


def _sse(frames: list[bytes], *, hold_open: bool = False) -> httpx.Response:
    response = httpx.Response(
        200, content=b"".join(frames), headers={"content-type": "text/event-stream", "cache-control": "no-cache"}
    )
    if hold_open:
        response.extensions[_loopback.HOLD_OPEN] = True
    return response


class FakeServer(_loopback.LoopbackFake):
    """An in-memory MUXI Server for tests: HMAC-checked ``/rpc`` routes, deploy bundles, SSE progress.

    Use it in-process (no sockets) or on a loopback port::

        from muxi.testing import FakeServer

        server = FakeServer()
        with server.client() as client:                    # in-process
            client.deploy_formation("./my-formation")
        with server.serve() as url:                        # on 127.0.0.1
            ServerClient(url=url, key_id=server.key_id, secret_key=server.secret_key).list_formations()

    Attributes:
        key_id: the HMAC key id the fake accepts.
        secret_key: the HMAC secret the fake accepts (a fixed test value unless you pass one).
        clock: the server's notion of now in Unix seconds; ``None`` (default) follows the real clock.
            Set it to test clock skew against the ±300 s window.
        formations: formation id -> :class:`ServerFormation` (seed with :meth:`add_formation`).
        requests: every request received, in order, as :class:`ServerRequest`.
        log_lines: what formation log reads and tails return.
    """

    _base_url: ClassVar[str] = BASE_URL

    def __init__(self, *, key_id: str = KEY_ID, secret_key: str = SECRET, clock: float | None = None) -> None:
        self.key_id = key_id
        self.secret_key = secret_key
        self.clock = clock
        self.formations: dict[str, ServerFormation] = {}
        self.requests: list[ServerRequest] = []
        self.log_lines: list[str] = ["booting", "ready", "GET /v1/health 200"]
        self.next_port = 8000
        self._failures: deque[tuple[int, str]] = deque()
        self._lock = threading.RLock()
        self._served: Any = None
        self.url = BASE_URL

    def __repr__(self) -> str:
        return f"FakeServer(key_id={self.key_id!r}, formations={sorted(self.formations)})"

    # ------------------------------------------------------------------ scripting

    def add_formation(self, formation_id: str, version: str = "1.0.0", *, status: str = "running") -> ServerFormation:
        """Put a formation on the server as if it had been deployed (``status`` ``running`` or ``stopped``)."""
        with self._lock:
            port, self.next_port = self.next_port, self.next_port + 1
            record = ServerFormation(formation_id, version, port, ["formation.afs"], status=status)
            self.formations[formation_id] = record
            return record

    def fail_next(self, status: int, message: str = "injected failure", *, times: int = 1) -> None:
        """Make the next ``times`` requests fail with the server's error body ``{error, message, code}``."""
        self._failures.extend([(status, message)] * times)

    def now(self) -> float:
        """The server's current time (``clock`` when set, else the real clock)."""
        return time.time() if self.clock is None else self.clock

    # ------------------------------------------------------------------ clients

    def client(self, **kwargs: Unpack[ServerClientSettings]) -> ServerClient:
        """A :class:`~muxi.ServerClient` wired to this fake in-process (credentials filled in unless given)."""
        http_client = httpx.Client(transport=self.transport())
        return ServerClient(url=BASE_URL, http_client=http_client, **self._with_credentials(kwargs))

    def async_client(self, **kwargs: Unpack[ServerClientSettings]) -> AsyncServerClient:
        """An :class:`~muxi.AsyncServerClient` wired to this fake in-process (credentials filled in unless given)."""
        http_client = httpx.AsyncClient(transport=self.transport())
        return AsyncServerClient(url=BASE_URL, async_http_client=http_client, **self._with_credentials(kwargs))

    def _with_credentials(self, settings: ServerClientSettings) -> ServerClientSettings:
        return {"key_id": self.key_id, "secret_key": self.secret_key, "clock": self.now, **settings}

    def __enter__(self) -> FakeServer:
        """Start serving on a loopback port; ``self.url`` is its address until the block ends."""
        self._served = self.serve()
        self.url = self._served.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        served, self._served, self.url = self._served, None, BASE_URL
        if served is not None:
            served.__exit__(None, None, None)

    # ------------------------------------------------------------------ the server side

    def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one request as the MUXI Server would."""
        body = request.read()
        path = unquote(request.url.path)
        query = parse_qs(request.url.query.decode())
        with self._lock:
            self.requests.append(ServerRequest(request.method, path, query, request.headers, body))
            failure = self._failures.popleft() if self._failures else None
            if failure is not None:
                return _error(*failure)
            return self._route(request, path, query, body)

    def _route(self, request: httpx.Request, path: str, query: dict[str, list[str]], body: bytes) -> httpx.Response:
        """gorilla/mux v1.8.1 on the server's route table: what answers, and with or without CORS headers."""
        method = request.method
        if path in ("/health", "/ping", "/docs"):
            return self._probe(path) if method == "GET" else httpx.Response(405)  # OPTIONS too: 405, empty
        if path in ("/api", "/draft", "/mcp"):
            if method not in ("GET", "POST", "PUT", "DELETE"):
                return httpx.Response(405)
            return _with_cors(_json(404, _NOT_FOUND))
        proxied = _PROXIED.fullmatch(path)
        if proxied is not None:
            if method == "OPTIONS":  # the CORS preflight, answered by the server itself
                return _with_cors(httpx.Response(200))
            return _with_cors(self._proxy(request, proxied.group(1), proxied.group(2), proxied.group(3) or "/"))
        if not any(method == m and pattern.fullmatch(path) for m, pattern in _RPC_ROUTES):
            # a wrong method (OPTIONS included) on a /rpc route is a 404 like an unknown path, except on
            # the last /rpc sub-route, whose method mismatch no later sub-route clears
            return httpx.Response(405) if path == "/rpc/dev/stop" else _json(404, _NOT_FOUND)
        problem = self._auth_error(request, path)
        if problem:
            return _with_cors(_json(401, {"error": "Unauthorized", "message": problem, "code": 401}))
        if _UNIMPLEMENTED.fullmatch(path):
            return _with_cors(_error(501, f"FakeServer does not implement {method} {path}"))
        return _with_cors(self._rpc(request, path, query, body))

    @staticmethod
    def _probe(path: str) -> httpx.Response:
        if path == "/health":
            data = b'{"success":true,"status":"ok","version":"0.20260514.1"}'
            return _with_cors(httpx.Response(200, content=data, headers={"content-type": "application/json"}))
        if path == "/ping":
            return _with_cors(httpx.Response(200, content=b"pong", headers={"content-type": "text/plain"}))
        location = "https://muxi.org/docs"
        page = f'<a href="{location}">Found</a>.\n\n'.encode()
        headers = {"location": location, "content-type": "text/html; charset=utf-8"}
        return _with_cors(httpx.Response(302, content=page, headers=headers))

    def _auth_error(self, request: httpx.Request, path: str) -> str | None:
        header = request.headers.get("Authorization")
        if not header:
            return "Missing authorization header"
        if not header.startswith("MUXI-HMAC "):
            return "Invalid authorization header format"
        params = dict(part.partition("=")[::2] for part in header[len("MUXI-HMAC ") :].split(", "))
        if not all(params.get(k) for k in ("key", "timestamp", "signature")):
            return "Invalid authorization header format"
        if params["key"] != self.key_id:
            return "Invalid key"
        try:
            stamp = int(params["timestamp"])
        except ValueError:
            return "Request expired (timestamp too old or in future)"
        if abs(self.now() - stamp) > 300:
            return "Request expired (timestamp too old or in future)"
        message = f"{params['timestamp']};{request.method};{path}".encode()
        expected = base64.b64encode(hmac.new(self.secret_key.encode(), message, hashlib.sha256).digest()).decode()
        if not hmac.compare_digest(expected, params["signature"]):
            return "Invalid signature"
        return None

    def _rpc(self, request: httpx.Request, path: str, query: dict[str, list[str]], body: bytes) -> httpx.Response:
        method = request.method
        wants_sse = "text/event-stream" in request.headers.get("Accept", "")
        if path == "/rpc/formations" and method == "POST":
            return self._deploy(request, body, wants_sse)
        if path == "/rpc/formations" and method == "GET":
            infos = [self._info(f) for f in self.formations.values()]
            return _ok({"formations": infos, "total": len(infos)})
        if path == "/rpc/server/status":
            running = sum(f.status == "running" for f in self.formations.values())
            return _ok({
                "server": {"id": "fake-server", "version": "0.20260514.1", "uptime": 12},
                "formations": {"total": len(self.formations), "running": running,
                               "stopped": len(self.formations) - running, "crashed": 0},
                "port_pool": {"total": 1001, "available": 1001 - running, "allocated": running},
                "runtime": {"goroutines": 12, "go_version": "go1.22.0"},
            })  # fmt: skip
        if path == "/rpc/server/logs":
            text = "".join(f"audit line {i}\n" for i in range(int(query.get("lines", ["100"])[0])))
            return httpx.Response(200, content=text.encode(), headers={"content-type": "text/plain"})
        match = re.fullmatch(r"/rpc/formations/([^/]+)(?:/([a-z-]+))?", path)
        if match is None:  # unreachable: _route only passes the routes of _RPC_ROUTES
            return _json(404, _NOT_FOUND)
        formation_id, action = match.group(1), match.group(2)
        formation = self.formations.get(formation_id)
        if action in ("start", "restart", "rollback") and wants_sse:
            return self._lifecycle_sse(action, formation, formation_id)
        if formation is None:
            return _error(404, "Formation not found")
        if action is None and method == "GET":
            stamps = {"created_at": "2026-03-01T10:00:00.123456789Z", "deployed_at": "2026-03-01T10:00:00.123456789Z",
                      "updated_at": "0001-01-01T00:00:00Z"}  # fmt: skip
            return _ok(self._info(formation) | stamps)
        if action is None and method == "PUT":
            return self._update(request, formation, body, wants_sse)
        if action is None and method == "DELETE":
            del self.formations[formation_id]
            return _ok({"id": formation_id, "message": "Formation deleted successfully"})
        if action == "logs":
            return self._logs(formation, query)
        return self._action(action, formation)

    def _action(self, action: str | None, formation: ServerFormation) -> httpx.Response:
        fid = formation.id
        if action == "stop":
            if formation.status == "stopped":
                return _error(409, "Formation is already stopped")
            formation.status = "stopped"
            return _ok({"id": fid, "status": "stopped", "message": "Formation stopped successfully"})
        if action == "start":
            if formation.status == "running":
                return _error(409, "Formation is already running")
            formation.status = "running"
            return _ok({"id": fid, "status": "running", "message": "Formation started", "port": formation.port})
        if action == "restart":
            formation.status, formation.restart_count = "running", formation.restart_count + 1
            return _ok({"id": fid, "status": "running", "message": "Formation restarted",
                        "restart_count": formation.restart_count, "port": formation.port})  # fmt: skip
        if action == "rollback":
            if formation.counter < 2:
                return _error(400, "No previous version available for rollback")
            formation.counter += 1
            return _ok({"id": fid, "status": "running", "version": formation.counter,
                        "previous_version": formation.counter - 1, "pid": 4242,
                        "message": "Rolled back to previous version"})  # fmt: skip
        if action == "cancel-update":
            if not formation.staging:
                return _error(400, "No update in progress for this formation")
            return _json(200, {"message": "Update cancelled successfully", "formation_id": fid,
                               "staging_port": formation.port + 1, "status": formation.status,
                               "current_port": formation.port})  # fmt: skip
        return _json(404, _NOT_FOUND)

    # ------------------------------------------------------------------ routes with behaviour

    def _info(self, f: ServerFormation) -> dict[str, Any]:
        return {
            "id": f.id, "name": f.id, "port": f.port, "status": f.status, "pid": 4242,
            "uptime": 5 if f.status == "running" else 0, "restart_count": f.restart_count,
            "healthy": True if f.status == "running" else None, "version": {"semantic": f.version},
        }  # fmt: skip

    def _unpack(self, body: bytes) -> tuple[FormationFile, list[str]]:
        """The bundle's formation file (the server's FindFormationFile) and its file names."""
        with tarfile.open(fileobj=io.BytesIO(body), mode="r:gz") as tar:
            names = [m.name for m in tar.getmembers() if m.isfile()]
            candidates = sorted(
                (n for n in names if n.rsplit("/", 1)[-1] in FORMATION_FILES), key=lambda n: n.count("/")
            )
            if not candidates:
                raise ValueError("formation file not found in bundle")
            member = tar.extractfile(candidates[0])
            text = member.read().decode() if member else ""
        return read_formation_file(text, candidates[0]), names

    @staticmethod
    def _mismatch(found: FormationFile, formation_id: str | None, version: str) -> httpx.Response | None:
        """The server's 400 when the headers disagree with the formation file.

        The server reads the file with a full YAML parser; the fake reads what the SDK's reader
        can prove, and takes the header's word for a value written in a way it cannot read.
        """
        if formation_id is not None and "id" not in found.problems and found.id != formation_id:
            return _error(400, f"IDMismatch: header '{formation_id}' vs formation file '{found.id}'")
        found_version = found.version or "1.0.0"
        if "version" not in found.problems and found_version != version:
            return _error(400, f"VersionMismatch: header '{version}' vs formation file '{found_version}'")
        return None

    def _deploy(self, request: httpx.Request, body: bytes, wants_sse: bool) -> httpx.Response:
        content_type = request.headers.get("Content-Type", "")
        if not any(t in content_type for t in ("application/gzip", "application/x-gzip", "application/octet-stream")):
            return _error(400, "Invalid Content-Type. Expected application/gzip with a formation bundle (tar.gz)")
        formation_id = request.headers.get("X-Formation-ID")
        if not formation_id:
            return _error(400, "Missing X-Formation-ID header")
        if not ID_PATTERN.match(formation_id) or formation_id in RESERVED:
            return _error(400, f"Invalid formation ID '{formation_id}'")
        if formation_id in self.formations:
            return _error(409, f"Formation '{formation_id}' already exists. Use PUT to update.")
        version = request.headers.get("X-Formation-Version") or "1.0.0"
        try:
            found, files = self._unpack(body)
        except (tarfile.TarError, ValueError, OSError) as exc:
            return _error(400, f"Failed to extract bundle: {exc}")
        mismatch = self._mismatch(found, formation_id, version)
        if mismatch is not None:
            return mismatch
        record = self.add_formation(formation_id, version)
        record.files = files
        result = {
            "formation_id": formation_id, "port": record.port, "status": "running",
            "url": f"http://localhost:7890/api/{formation_id}", "health_url": f"http://localhost:{record.port}/v1/health",
            "pid": 4242,
        }  # fmt: skip
        if not wants_sse:
            return _ok(result, status=201)
        frames = [
            _frame("progress", {"stage": s, "message": f"{s}..."})
            for s in ("extracting", "resolving_runtime", "spawning")
        ]
        frames += [_frame("progress", {"stage": "health_check", "message": "waiting", "attempt": n, "max_attempts": 30})
                   for n in (1, 2)]  # fmt: skip
        return _sse([*frames, _frame("complete", result)])

    def _update(
        self, request: httpx.Request, formation: ServerFormation, body: bytes, wants_sse: bool
    ) -> httpx.Response:
        version = request.headers.get("X-Formation-Version") or "1.0.0"
        try:
            found, files = self._unpack(body)
        except (tarfile.TarError, ValueError, OSError) as exc:
            return _error(400, f"Failed to extract bundle: {exc}")
        found_version = version if "version" in found.problems else found.version or "1.0.0"
        previous = formation.counter
        if not wants_sse:
            if found_version != version:
                return _error(400, f"VersionMismatch: header '{version}' vs formation file '{found_version}'")
            formation.counter, formation.version, formation.files = previous + 1, version, files
            return _ok({"id": formation.id, "status": "running", "version": previous + 1, "previous_version": previous,
                        "port": formation.port, "pid": 4242, "message": "Formation updated with zero downtime",
                        "deployment_type": "blue-green"})  # fmt: skip
        frames = [_frame("progress", {"stage": "extracting", "message": "Extracting bundle"})]
        if found_version != version:
            error = {
                "error": "VersionMismatch",
                "message": f"version {version} != {found_version}",
                "stage": "validating",
            }
            return _sse([*frames, _frame("error", error)])
        formation.counter, formation.version, formation.files = previous + 1, version, files
        frames.append(
            _frame("progress", {"stage": "spawning_staging", "message": "staging", "staging_port": formation.port + 1})
        )
        complete = {"formation_id": formation.id, "port": formation.port, "status": "running",
                    "previous_version": str(previous), "new_version": str(previous + 1)}  # fmt: skip
        return _sse([*frames, _frame("complete", complete)])

    def _lifecycle_sse(self, action: str, formation: ServerFormation | None, formation_id: str) -> httpx.Response:
        # the real server starts the SSE response before any check: every failure is in-band
        if formation is None:
            return _sse(
                [_frame("error", {"error": "NotFound", "message": "Formation not found", "stage": "validating"})]
            )
        if action == "start" and formation.status == "running":
            error = {"error": "AlreadyRunning", "message": "Formation is already running", "stage": "validating"}
            return _sse([_frame("error", error)])
        stages = {
            "start": ["validating", "spawning", "health_check"],
            "restart": ["stopping", "spawning", "health_check"],
            "rollback": ["validating", "spawning_previous", "health_check", "swapping"],
        }[action]
        frames = [_frame("progress", {"stage": stage, "message": stage}) for stage in stages]
        formation.status = "running"
        if action == "restart":
            formation.restart_count += 1
        complete = {"formation_id": formation_id, "port": formation.port, "status": "running",
                    "restart_count": formation.restart_count}  # fmt: skip
        return _sse([*frames, _frame("complete", complete)])

    def _logs(self, formation: ServerFormation, query: dict[str, list[str]]) -> httpx.Response:
        if query.get("follow", [""])[0] in ("true", "1"):
            frames = [_frame("connected", {"formation_id": formation.id})]
            frames += [_frame("log", {"line": line, "formation_id": formation.id}) for line in self.log_lines]
            return _sse(frames, hold_open=True)  # the real server then polls every 500 ms until the client leaves
        lines = min(int(query.get("lines", ["100"])[0]), 10000)
        which = query.get("stream", ["all"])[0]
        out = self.log_lines[-lines:]
        logs: dict[str, Any] = {}
        if which in ("stdout", "all"):
            logs["stdout"] = out or None  # a nil Go slice: null for a missing or empty log file
        if which in ("stderr", "all"):
            logs["stderr"] = None
        return _ok({"formation_id": formation.id, "logs": logs, "total_lines": {"stdout": len(out), "stderr": 0}})

    def _proxy(self, request: httpx.Request, prefix: str, formation_id: str, rest: str) -> httpx.Response:
        """``/api/{id}/...`` (and ``/mcp/{id}/...``) to the formation's fake; ``/draft``: no drafts run here."""
        formation = self.formations.get(formation_id) if prefix != "draft" else None  # drafts need /rpc/dev/run
        if formation is None:
            return _json(
                404, {"error": "Formation not found", "message": f"No formation with id '{formation_id}'", "code": 404}
            )
        if formation.status != "running":
            message = f"Formation '{formation.id}' is not running (status: {formation.status})"
            return _json(503, {"error": "Formation unavailable", "message": message, "code": 503})
        if formation.formation is None:
            formation.formation = FakeFormation(formation_id=formation.id)
        query = f"?{request.url.query.decode()}" if request.url.query else ""
        headers = [(k, v) for k, v in request.headers.multi_items() if k.lower() not in ("host", "x-muxi-server")]
        headers += [("X-Forwarded-For", "127.0.0.1"), ("X-Forwarded-Proto", "http"),
                    ("X-Forwarded-Host", request.url.netloc.decode()), ("X-Muxi-Server", "0.20260514.1")]  # fmt: skip
        upstream = httpx.Request(request.method, f"http://{formation.id}.fake{rest}{query}",
                                 headers=headers, content=request.content)  # fmt: skip
        return formation.formation.handle(upstream)
