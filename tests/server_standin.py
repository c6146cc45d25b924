"""A loopback stand-in for the MUXI Server, faithful to ``../shared/reference/server-api.md``.

No MUXI Server runs on this machine, so the server tests talk to this one. It verifies HMAC
exactly as the Go server does (header format, key, ±300 s clock window, signature over
``"{ts};{METHOD};{path}"``, the five 401 messages), answers with the documented bodies
(``{success, data}``, ``{error, message, code}``, the raw cancel-update and dev shapes), streams
the documented SSE frames, really unpacks deploy bundles to check their formation file against
``X-Formation-ID`` / ``X-Formation-Version``, and proxies ``/api/{id}/...`` to a tiny formation.
Every request it saw is kept in ``requests`` for assertions.
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
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

KEY_ID = "MUXI_0123456789abcdef"
SECRET = "sk_" + "ab" * 32
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{1,48}[a-z0-9]$")
RESERVED = {"health", "ping", "rpc", "server", "admin", "metrics", "api"}
FORMATION_FILES = ("formation.afs", "formation.yaml", "formation.yml")


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes


@dataclass
class Formation:
    id: str
    version: str
    port: int
    files: list[str]
    status: str = "running"
    restart_count: int = 0
    counter: int = 1
    staging: bool = False


@dataclass
class StandIn:
    """The server's state; ``clock`` is the server's notion of now (tests move it)."""

    clock: float = field(default_factory=time.time)
    formations: dict[str, Formation] = field(default_factory=dict)
    requests: list[Seen] = field(default_factory=list)
    next_port: int = 8000
    log_lines: list[str] = field(default_factory=lambda: ["booting", "ready", "GET /v1/health 200"])


def _top_level(text: str, key: str) -> str | None:
    match = re.search(rf"^{key}\s*:\s*\"?([^\"#\n]+?)\"?\s*$", text, re.M)
    return match.group(1) if match else None


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    state: StandIn

    def log_message(self, *args: Any) -> None:  # keep test output quiet
        pass

    # ------------------------------------------------------------------ plumbing

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _json(self, status: int, body: Any) -> None:
        data = (json.dumps(body) + "\n").encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _error(self, status: int, message: str) -> None:
        phrases = {
            400: "Bad Request",
            401: "Unauthorized",
            404: "Not Found",
            409: "Conflict",
            500: "Internal Server Error",
        }
        self._json(status, {"error": phrases.get(status, "Error"), "message": message, "code": status})

    def _ok(self, data: Any, status: int = 200) -> None:
        self._json(status, {"success": True, "data": data})

    def _sse_start(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True

    def _sse(self, event: str, data: Any) -> None:
        self.wfile.write(f"event: {event}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n".encode())
        self.wfile.flush()

    def _auth_error(self) -> str | None:
        header = self.headers.get("Authorization")
        if not header:
            return "Missing authorization header"
        if not header.startswith("MUXI-HMAC "):
            return "Invalid authorization header format"
        params = {}
        for part in header[len("MUXI-HMAC ") :].split(", "):
            name, _, value = part.partition("=")
            params[name] = value
        if not all(params.get(k) for k in ("key", "timestamp", "signature")):
            return "Invalid authorization header format"
        if params["key"] != KEY_ID:
            return "Invalid key"
        try:
            stamp = int(params["timestamp"])
        except ValueError:
            return "Request expired (timestamp too old or in future)"
        if abs(self.state.clock - stamp) > 300:
            return "Request expired (timestamp too old or in future)"
        path = unquote(urlsplit(self.path).path)
        message = f"{params['timestamp']};{self.command};{path}".encode()
        expected = base64.b64encode(hmac.new(SECRET.encode(), message, hashlib.sha256).digest()).decode()
        if not hmac.compare_digest(expected, params["signature"]):
            return "Invalid signature"
        return None

    # ------------------------------------------------------------------ dispatch

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def do_PUT(self) -> None:
        self._dispatch()

    def do_DELETE(self) -> None:
        self._dispatch()

    def _dispatch(self) -> None:
        parts = urlsplit(self.path)
        body = self._body()
        self.state.requests.append(Seen(self.command, parts.path, parse_qs(parts.query), dict(self.headers), body))
        route = (self.command, parts.path)
        if route == ("GET", "/health"):
            data = b'{"success":true,"status":"ok","version":"0.20260514.1"}'
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        if route == ("GET", "/ping"):
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "4")
            self.end_headers()
            self.wfile.write(b"pong")
            return
        if parts.path.startswith("/api/"):
            return self._proxy(parts.path)
        if not parts.path.startswith("/rpc/"):
            return self._json(404, {"error": "Not Found", "message": "Endpoint not found", "code": 404})
        failure = self._auth_error()
        if failure:
            return self._json(401, {"error": "Unauthorized", "message": failure, "code": 401})
        self._rpc(parts.path, parse_qs(parts.query), body)

    def _rpc(self, path: str, query: dict[str, list[str]], body: bytes) -> None:
        wants_sse = "text/event-stream" in (self.headers.get("Accept") or "")
        match = re.fullmatch(r"/rpc/formations/([^/]+)(?:/([a-z-]+))?", path)
        if path == "/rpc/formations" and self.command == "POST":
            return self._deploy(body, wants_sse)
        if path == "/rpc/formations" and self.command == "GET":
            infos = [self._info(f) for f in self.state.formations.values()]
            return self._ok({"formations": infos, "total": len(infos)})
        if path == "/rpc/server/status":
            running = sum(f.status == "running" for f in self.state.formations.values())
            return self._ok(
                {
                    "server": {"id": "standin", "version": "0.20260514.1", "uptime": 12},
                    "formations": {"total": len(self.state.formations), "running": running, "stopped": 0, "crashed": 0},
                    "port_pool": {"total": 1001, "available": 1001 - running, "allocated": running},
                    "runtime": {"goroutines": 12, "go_version": "go1.22.0"},
                }
            )
        if path == "/rpc/server/logs":
            lines = int(query.get("lines", ["100"])[0])
            text = "".join(f"audit line {i}\n" for i in range(lines))
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(text)))
            self.end_headers()
            self.wfile.write(text.encode())
            return None
        if match is None:
            return self._json(404, {"error": "Not Found", "message": "Endpoint not found", "code": 404})
        formation_id, action = match.group(1), match.group(2)
        formation = self.state.formations.get(formation_id)
        if action in ("start", "restart", "rollback") and wants_sse:
            return self._lifecycle_sse(action, formation, formation_id)
        if formation is None:
            return self._error(404, "Formation not found")
        if action is None and self.command == "GET":
            return self._ok(
                self._info(formation)
                | {
                    "created_at": "2026-03-01T10:00:00.123456789Z",
                    "deployed_at": "2026-03-01T10:00:00.123456789Z",
                    "updated_at": "0001-01-01T00:00:00Z",
                }
            )
        if action is None and self.command == "PUT":
            return self._update(formation, body, wants_sse)
        if action is None and self.command == "DELETE":
            del self.state.formations[formation_id]
            return self._ok({"id": formation_id, "message": "Formation deleted successfully"})
        if action == "stop":
            if formation.status == "stopped":
                return self._error(409, "Formation is already stopped")
            formation.status = "stopped"
            return self._ok({"id": formation_id, "status": "stopped", "message": "Formation stopped successfully"})
        if action == "start":
            if formation.status == "running":
                return self._error(409, "Formation is already running")
            formation.status = "running"
            return self._ok(
                {"id": formation_id, "status": "running", "message": "Formation started", "port": formation.port}
            )
        if action == "restart":
            formation.status, formation.restart_count = "running", formation.restart_count + 1
            return self._ok(
                {
                    "id": formation_id,
                    "status": "running",
                    "message": "Formation restarted",
                    "restart_count": formation.restart_count,
                    "port": formation.port,
                }
            )
        if action == "rollback":
            if formation.counter < 2:
                return self._error(400, "No previous version available for rollback")
            formation.counter += 1
            return self._ok(
                {
                    "id": formation_id,
                    "status": "running",
                    "version": formation.counter,
                    "previous_version": formation.counter - 1,
                    "pid": 4242,
                    "message": "Rolled back to previous version",
                }
            )
        if action == "cancel-update":
            if not formation.staging:
                return self._error(400, "No update in progress for this formation")
            return self._json(
                200,
                {
                    "message": "Update cancelled successfully",
                    "formation_id": formation_id,
                    "staging_port": formation.port + 1,
                    "status": formation.status,
                    "current_port": formation.port,
                },
            )
        if action == "logs":
            return self._logs(formation, query)
        return self._json(405, {"error": "Method Not Allowed", "message": "", "code": 405})

    # ------------------------------------------------------------------ routes with behaviour

    def _info(self, f: Formation) -> dict[str, Any]:
        return {
            "id": f.id,
            "name": f.id,
            "port": f.port,
            "status": f.status,
            "pid": 4242,
            "uptime": 5 if f.status == "running" else 0,
            "restart_count": f.restart_count,
            "healthy": True if f.status == "running" else None,
            "version": {"semantic": f.version},
        }

    def _unpack(self, body: bytes) -> tuple[str | None, str | None, list[str]]:
        """The bundle's formation id, version and file names (the server's FindFormationFile)."""
        with tarfile.open(fileobj=io.BytesIO(body), mode="r:gz") as tar:
            names = [m.name for m in tar.getmembers() if m.isfile()]
            candidates = sorted(
                (n for n in names if n.rsplit("/", 1)[-1] in FORMATION_FILES), key=lambda n: n.count("/")
            )
            if not candidates:
                raise ValueError("formation file not found in bundle")
            member = tar.extractfile(candidates[0])
            text = member.read().decode() if member else ""
        return _top_level(text, "id"), _top_level(text, "version") or "1.0.0", names

    def _deploy(self, body: bytes, wants_sse: bool) -> None:
        content_type = self.headers.get("Content-Type") or ""
        if not any(t in content_type for t in ("application/gzip", "application/x-gzip", "application/octet-stream")):
            return self._error(400, "Invalid Content-Type. Expected application/gzip with a formation bundle (tar.gz)")
        formation_id = self.headers.get("X-Formation-ID")
        if not formation_id:
            return self._error(400, "Missing X-Formation-ID header")
        if not ID_PATTERN.match(formation_id) or formation_id in RESERVED:
            return self._error(400, f"Invalid formation ID '{formation_id}'")
        if formation_id in self.state.formations:
            return self._error(409, f"Formation '{formation_id}' already exists. Use PUT to update.")
        version = self.headers.get("X-Formation-Version") or "1.0.0"
        try:
            found_id, found_version, files = self._unpack(body)
        except (tarfile.TarError, ValueError, OSError) as exc:
            return self._error(400, f"Failed to extract bundle: {exc}")
        if found_id != formation_id:
            return self._error(400, f"IDMismatch: header '{formation_id}' vs formation file '{found_id}'")
        if found_version != version:
            return self._error(400, f"VersionMismatch: header '{version}' vs formation file '{found_version}'")
        port, self.state.next_port = self.state.next_port, self.state.next_port + 1
        self.state.formations[formation_id] = Formation(formation_id, version, port, files)
        result = {
            "formation_id": formation_id,
            "port": port,
            "status": "running",
            "url": f"http://localhost:7890/api/{formation_id}",
            "health_url": f"http://localhost:{port}/v1/health",
            "pid": 4242,
        }
        if not wants_sse:
            return self._ok(result, status=201)
        self._sse_start()
        for stage in ("extracting", "resolving_runtime", "spawning"):
            self._sse("progress", {"stage": stage, "message": f"{stage}..."})
        for attempt in (1, 2):
            self._sse(
                "progress", {"stage": "health_check", "message": "waiting", "attempt": attempt, "max_attempts": 30}
            )
        self._sse("complete", result)
        return None

    def _update(self, formation: Formation, body: bytes, wants_sse: bool) -> None:
        version = self.headers.get("X-Formation-Version") or "1.0.0"
        _, found_version, files = self._unpack(body)
        previous = formation.counter
        if not wants_sse:
            if found_version != version:
                return self._error(400, "VersionMismatch")
            formation.counter, formation.version, formation.files = previous + 1, version, files
            return self._ok(
                {
                    "id": formation.id,
                    "status": "running",
                    "version": previous + 1,
                    "previous_version": previous,
                    "port": formation.port,
                    "pid": 4242,
                    "message": "Formation updated with zero downtime",
                    "deployment_type": "blue-green",
                }
            )
        self._sse_start()
        self._sse("progress", {"stage": "extracting", "message": "Extracting bundle"})
        if found_version != version:
            self._sse(
                "error",
                {"error": "VersionMismatch", "message": f"version {version} != {found_version}", "stage": "validating"},
            )
            return None
        formation.counter, formation.version, formation.files = previous + 1, version, files
        self._sse("progress", {"stage": "spawning_staging", "message": "staging", "staging_port": formation.port + 1})
        self._sse(
            "complete",
            {
                "formation_id": formation.id,
                "port": formation.port,
                "status": "running",
                "previous_version": str(previous),
                "new_version": str(previous + 1),
            },
        )
        return None

    def _lifecycle_sse(self, action: str, formation: Formation | None, formation_id: str) -> None:
        self._sse_start()  # SSE starts before any check: every failure is in-band
        if formation is None:
            self._sse("error", {"error": "NotFound", "message": "Formation not found", "stage": "validating"})
            return
        if action == "start" and formation.status == "running":
            self._sse(
                "error", {"error": "AlreadyRunning", "message": "Formation is already running", "stage": "validating"}
            )
            return
        stages = {
            "start": ["validating", "spawning", "health_check"],
            "restart": ["stopping", "spawning", "health_check"],
            "rollback": ["validating", "spawning_previous", "health_check", "swapping"],
        }[action]
        for stage in stages:
            self._sse("progress", {"stage": stage, "message": stage})
        formation.status = "running"
        if action == "restart":
            formation.restart_count += 1
        self._sse(
            "complete",
            {
                "formation_id": formation_id,
                "port": formation.port,
                "status": "running",
                "restart_count": formation.restart_count,
            },
        )

    def _logs(self, formation: Formation, query: dict[str, list[str]]) -> None:
        if query.get("follow", [""])[0] in ("true", "1"):
            self._sse_start()
            self._sse("connected", {"formation_id": formation.id})
            for line in self.state.log_lines:  # then the server would poll every 500 ms, forever
                self._sse("log", {"line": line, "formation_id": formation.id})
            try:
                for _ in range(100):  # bounded: at most 5 s, until the client disconnects
                    time.sleep(0.05)
                    self.wfile.write(b": idle\n\n")
                    self.wfile.flush()
            except OSError:
                pass
            return
        lines = min(int(query.get("lines", ["100"])[0]), 10000)
        which = query.get("stream", ["all"])[0]
        out = self.state.log_lines[-lines:]
        logs: dict[str, Any] = {}
        if which in ("stdout", "all"):
            logs["stdout"] = out
        if which in ("stderr", "all"):
            logs["stderr"] = None  # the Go server sends null for a missing log file
        self._ok({"formation_id": formation.id, "logs": logs, "total_lines": {"stdout": len(out), "stderr": 0}})

    def _proxy(self, path: str) -> None:
        match = re.fullmatch(r"/api/([^/]+)(/.*)?", path)
        formation = self.state.formations.get(match.group(1)) if match else None
        if formation is None:
            missing = match.group(1) if match else ""
            body = {"error": "Formation not found", "message": f"No formation with id '{missing}'", "code": 404}
            return self._json(404, body)
        if formation.status != "running":
            return self._json(
                503,
                {
                    "error": "Formation unavailable",
                    "message": f"Formation '{formation.id}' is not running (status: {formation.status})",
                    "code": 503,
                },
            )
        if (match.group(2) if match else "") == "/v1/health":
            return self._json(200, {"status": "healthy", "version": formation.version, "uptime_seconds": 5})
        return self._json(502, {"error": "Bad gateway", "message": "Formation did not respond", "code": 502})


class StandInServer:
    """Runs the stand-in on 127.0.0.1 in a thread: ``with StandInServer() as server: server.url``."""

    def __init__(self) -> None:
        self.state = StandIn()
        handler = type("BoundHandler", (Handler,), {"state": self.state})
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self) -> StandInServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=10)
