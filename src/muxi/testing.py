"""Test your MUXI app without a formation: an in-process fake of the Formation API.

:class:`FakeFormation` answers like muxi-runtime does — the same envelopes, the same 401 messages
for missing or wrong keys, ``X-Muxi-User-ID`` checks, SSE chat frames (progress, planning, content
deltas, completed, done) — and keeps sessions, secrets and triggers in memory. Use it through an
httpx transport (no sockets)::

    from muxi.testing import FakeFormation

    fake = FakeFormation()
    fake.reply_with("Hello from the fake!")
    with fake.client(user_id="alice") as formation:
        assert formation.chat("hi").text == "Hello from the fake!"
    assert fake.requests[-1].url.path == "/v1/chat"

or served on a loopback port for code that builds its own client (``with fake.serve() as url``).
Scripted replies, recorded requests and fault switches (:meth:`FakeFormation.fail_next`) let a
test cover the unhappy paths. Routes the fake does not implement answer 501.
"""

from __future__ import annotations

import json
import re
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

from ._formation import AsyncFormationClient, FormationClient

__all__ = ["FakeFormation"]

BASE_URL = "http://fake-formation.test"


def _id(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:21]}"


@dataclass
class _Failure:
    status: int
    code: str
    message: str
    headers: dict[str, str]


@dataclass
class FakeFormation:
    """An in-memory formation. Keys, formation id and agents are configurable.

    Attributes:
        requests: every request received, in order (``httpx.Request`` objects with their bodies).
        sessions: session id -> list of ``{"role", "content"}`` messages.
        secrets: secret name -> value.
        triggers: trigger name -> description; firing one echoes its data.
    """

    client_key: str = "sk_fake_client"
    admin_key: str = "sk_fake_admin"
    formation_id: str = "fake-formation"
    agents: list[dict[str, Any]] = field(
        default_factory=lambda: [{"id": "assistant", "name": "Assistant", "description": "A fake agent"}]
    )
    requests: list[httpx.Request] = field(default_factory=list)
    sessions: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    secrets: dict[str, str] = field(default_factory=dict)
    triggers: dict[str, str] = field(default_factory=dict)
    _replies: deque[str] = field(default_factory=deque)
    _failures: deque[_Failure] = field(default_factory=deque)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # ------------------------------------------------------------------ scripting

    def reply_with(self, *texts: str) -> None:
        """Queue the assistant's next answers (by default it answers ``echo: <message>``)."""
        self._replies.extend(texts)

    def fail_next(
        self, status: int, code: str = "INTERNAL_ERROR", message: str = "injected failure", *, times: int = 1,
        retry_after: float | None = None,
    ) -> None:  # fmt: skip
        """Make the next ``times`` requests fail with an error envelope (and ``Retry-After`` if given)."""
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        for _ in range(times):
            self._failures.append(_Failure(status, code, message, headers))

    # ------------------------------------------------------------------ clients

    def transport(self) -> httpx.MockTransport:
        """An httpx transport that routes requests to this fake, for sync and async clients."""
        return httpx.MockTransport(self.handle)

    def client(self, **kwargs: Any) -> FormationClient:
        """A :class:`~muxi.FormationClient` wired to this fake (keys filled in unless given)."""
        kwargs.setdefault("client_key", self.client_key)
        kwargs.setdefault("admin_key", self.admin_key)
        return FormationClient(url=BASE_URL, http_client=httpx.Client(transport=self.transport()), **kwargs)

    def async_client(self, **kwargs: Any) -> AsyncFormationClient:
        """An :class:`~muxi.AsyncFormationClient` wired to this fake."""
        kwargs.setdefault("client_key", self.client_key)
        kwargs.setdefault("admin_key", self.admin_key)
        transport = self.transport()
        return AsyncFormationClient(url=BASE_URL, async_http_client=httpx.AsyncClient(transport=transport), **kwargs)

    @contextmanager
    def serve(self) -> Iterator[str]:
        """Serve the fake on a loopback port: ``with fake.serve() as url: FormationClient(url=url)``."""
        handler = type("Handler", (_LoopbackHandler,), {"fake": self})
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        server.daemon_threads = True
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}"
        finally:
            server.shutdown()
            server.server_close()
            thread.join(timeout=10)

    # ------------------------------------------------------------------ the server side

    def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one request as the runtime would."""
        request.read()
        with self._lock:
            self.requests.append(request)
            failure = self._failures.popleft() if self._failures else None
        if failure is not None:
            return self._error(failure.status, failure.code, failure.message, failure.headers)
        path = request.url.path
        if not path.startswith("/v1"):
            return self._error(404, "RESOURCE_NOT_FOUND", "Not Found")
        route = path[3:] or "/"
        for pattern, method, operation, handler in _ROUTES:
            match = pattern.fullmatch(route)
            if match and method == request.method:
                problem = self._auth(request, operation)
                if problem is not None:
                    return problem
                return handler(self, request, **match.groupdict())
        if any(pattern.fullmatch(route) and method == request.method for pattern, method in _spec_routes()):
            return self._error(501, "NOT_IMPLEMENTED", f"FakeFormation does not implement {request.method} {path}")
        return self._error(404, "RESOURCE_NOT_FOUND", "Not Found")

    def _envelope(self, data: Any, object_type: str = "object", status: int = 200) -> httpx.Response:
        body = {
            "object": object_type, "timestamp": int(time.time() * 1000), "type": f"{object_type}.retrieved",
            "request": {"id": _id("req"), "idempotency_key": None}, "success": True, "error": None, "data": data,
        }  # fmt: skip
        return httpx.Response(status, json=body)

    def _error(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> httpx.Response:
        body = {
            "object": "error", "timestamp": int(time.time() * 1000), "type": "error",
            "request": {"id": _id("req"), "idempotency_key": None}, "success": False,
            "error": {"code": code, "message": message, "data": None}, "data": {},
        }  # fmt: skip
        return httpx.Response(status, json=body, headers=headers)

    def _auth(self, request: httpx.Request, operation: str) -> httpx.Response | None:
        from muxi_generated.operations import FORMATION

        info = FORMATION[operation]
        schemes = {scheme for requirement in info["security"] for scheme in requirement}
        if info.get("requires"):
            schemes = {info["requires"]}
        if not schemes:
            return None
        client = request.headers.get("x-muxi-client-key")
        admin = request.headers.get("x-muxi-admin-key")
        if "clientKey" in schemes and client == self.client_key:
            return None
        if "adminKey" in schemes and admin == self.admin_key:
            return None
        kind = "client" if schemes == {"clientKey"} else "admin"
        header = "X-Muxi-Client-Key" if kind == "client" else "X-Muxi-Admin-Key"
        given = client if kind == "client" else admin
        if given:
            message = f"Invalid {kind} API key. Please check your '{header}' header value."
        else:
            message = f"A valid {kind} API key is required. Please provide the '{header}' header."
        return self._error(401, "UNAUTHORIZED", message)

    def _user(self, request: httpx.Request) -> str | None:
        user: str | None = request.headers.get("x-muxi-user-id")
        return user

    # ------------------------------------------------------------------ routes

    def _health(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"status": "healthy", "version": "1.0.0", "uptime_seconds": 1})

    def _status(self, request: httpx.Request) -> httpx.Response:
        return self._envelope({
            "formation": {"id": self.formation_id, "name": self.formation_id, "version": "1.0.0",
                          "description": "An in-process fake formation"},
            "agents": {"count": len(self.agents), "active": len(self.agents)},
            "mcp_servers": {"count": 0, "active": 0},
            "stats": {
                "running": {"seconds": 1, "since": int(time.time()) - 1},
                "memory": {"working_memory_mb": 512, "memory_usage_mb": 64.0},
                "requests": {"total": len(self.requests), "active": 1},
                "buffer_size": 10, "cpu_percent": 1.0,
            },
        }, "formation_status")  # fmt: skip

    def _agents(self, request: httpx.Request) -> httpx.Response:
        return self._envelope({"agents": self.agents, "count": len(self.agents)}, "agent_list")

    def _agent(self, request: httpx.Request, agent_id: str) -> httpx.Response:
        for agent in self.agents:
            if agent["id"] == agent_id:
                return self._envelope(agent, "agent")
        return self._error(404, "AGENT_NOT_FOUND", f"Agent '{agent_id}' not found")

    def _chat(self, request: httpx.Request) -> httpx.Response:
        try:
            body = json.loads(request.content or b"{}")
        except ValueError:
            body = None
        if not isinstance(body, dict) or not isinstance(body.get("message"), str):
            return self._error(422, "INVALID_PARAMS", "Validation failed: 1 error(s)")
        session_id = body.get("session_id") or _id("sess")
        request_id = body.get("request_id") or _id("req")
        answer = self._replies.popleft() if self._replies else f"echo: {body['message']}"
        self.sessions.setdefault(session_id, []).extend(
            [{"role": "user", "content": body["message"]}, {"role": "assistant", "content": answer}]
        )
        user = self._user(request) or "0"
        if body.get("stream", True) is False:
            message = {
                "role": "assistant",
                "content": answer,
                "artifacts": None,
                "metadata": {"session_id": session_id},
            }
            data = {"message": message, "user_id": user, "session_id": session_id, "request_id": body.get("request_id")}
            return self._envelope(data, "message")
        return httpx.Response(
            200,
            content=_chat_frames(answer, session_id, request_id),
            headers={"content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache"},
        )

    def _sessions(self, request: httpx.Request) -> httpx.Response:
        if not self._user(request):
            return self._error(400, "INVALID_REQUEST", "X-Muxi-User-ID header is required")
        items = [{"session_id": sid, "user_id": "0", "last_activity": time.time(), "active": True}
                 for sid in reversed(list(self.sessions))]  # fmt: skip
        return self._envelope({"sessions": items, "count": len(items)}, "session_list")

    def _session(self, request: httpx.Request, session_id: str) -> httpx.Response:
        if session_id not in self.sessions:
            return self._error(404, "RESOURCE_NOT_FOUND", f"Session '{session_id}' not found")
        data = {"session_id": session_id, "user_id": "0", "message_count": len(self.sessions[session_id]),
                "active": True, "created_at": time.time(), "last_activity": time.time()}  # fmt: skip
        return self._envelope(data, "session")

    def _messages(self, request: httpx.Request, session_id: str) -> httpx.Response:
        messages = [
            {"text": m["content"], "metadata": {"role": m["role"], "session_id": session_id}, "timestamp": time.time()}
            for m in self.sessions.get(session_id, [])
        ]
        return self._envelope({"session_id": session_id, "messages": messages, "count": len(messages),
                               "has_more": False}, "session")  # fmt: skip

    def _secrets(self, request: httpx.Request) -> httpx.Response:
        masked = {k: v[:4] + "••••" for k, v in self.secrets.items()}
        return self._envelope({"secrets": masked, "count": len(masked)}, "secret_list")

    def _create_secret(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content or b"{}")
        if body.get("key") in self.secrets:
            return self._error(409, "SECRET_EXISTS", f"Secret '{body.get('key')}' already exists")
        self.secrets[str(body.get("key"))] = str(body.get("value"))
        return self._envelope({"message": f"Secret '{body.get('key')}' created successfully"}, "secret", 201)

    def _update_secret(self, request: httpx.Request, key: str) -> httpx.Response:
        if key not in self.secrets:
            return self._error(404, "SECRET_NOT_FOUND", f"Secret '{key}' not found")
        self.secrets[key] = str(json.loads(request.content or b"{}").get("value"))
        return self._envelope({"message": f"Secret '{key}' updated successfully"}, "secret")

    def _delete_secret(self, request: httpx.Request, key: str) -> httpx.Response:
        if self.secrets.pop(key, None) is None:
            return self._error(404, "SECRET_NOT_FOUND", f"Secret '{key}' not found")
        return self._envelope({"message": f"Secret '{key}' deleted successfully"}, "secret")

    def _triggers(self, request: httpx.Request) -> httpx.Response:
        names = sorted(self.triggers)
        return self._envelope({"formation_id": self.formation_id, "triggers": names, "count": len(names)}, "list")

    def _fire(self, request: httpx.Request, trigger_name: str) -> httpx.Response:
        if trigger_name not in self.triggers:
            return self._error(404, "RESOURCE_NOT_FOUND", f"Trigger template '{trigger_name}' not found")
        data = json.loads(request.content or b"{}").get("data", {})
        return self._envelope({"status": "completed", "trigger": trigger_name, "content": f"fired with {data}"},
                              "trigger")  # fmt: skip


def _chat_frames(answer: str, session_id: str, request_id: str) -> bytes:
    """The runtime's chat SSE: progress/planning, content deltas of four words, completed, done."""

    def token(kind: str, content: str, **extra: Any) -> bytes:
        body = {"request_id": request_id, "user_id": "0", "session_id": session_id, "type": kind,
                "content": content, "timestamp": time.time(), **extra}  # fmt: skip
        return b"data: " + json.dumps({"token": body}).encode() + b"\n\n"

    words = answer.split(" ")
    chunks = [" ".join(words[i : i + 4]) + (" " if i + 4 < len(words) else "") for i in range(0, len(words), 4)]
    frames = [b": keepalive\n\n", token("progress", "One second...", stage="init"),
              token("planning", "Determining the best agent...", stage="agent_selection")]  # fmt: skip
    frames += [token("content", chunk, stage="response_generation") for chunk in chunks]
    frames.append(token("completed", answer, status="success", processing_time_ms=1))
    frames.append(b'event: done\ndata: {"finished": true}\n\n')
    return b"".join(frames)


Handler = Callable[..., httpx.Response]
_TABLE: list[tuple[str, str, str, Handler]] = [
    (r"/health", "GET", "health", FakeFormation._health),
    (r"/status", "GET", "get_status", FakeFormation._status),
    (r"/agents", "GET", "get_agents", FakeFormation._agents),
    (r"/agents/(?P<agent_id>[^/]+)", "GET", "get_agent", FakeFormation._agent),
    (r"/chat", "POST", "chat", FakeFormation._chat),
    (r"/sessions", "GET", "get_sessions", FakeFormation._sessions),
    (r"/sessions/(?P<session_id>[^/]+)", "GET", "get_session", FakeFormation._session),
    (r"/sessions/(?P<session_id>[^/]+)/messages", "GET", "get_session_messages", FakeFormation._messages),
    (r"/secrets", "GET", "get_secrets", FakeFormation._secrets),
    (r"/secrets", "POST", "create_secret", FakeFormation._create_secret),
    (r"/secrets/(?P<key>[^/]+)", "PUT", "update_secret", FakeFormation._update_secret),
    (r"/secrets/(?P<key>[^/]+)", "DELETE", "delete_secret", FakeFormation._delete_secret),
    (r"/triggers", "GET", "get_triggers", FakeFormation._triggers),
    (r"/triggers/(?P<trigger_name>[^/]+)", "POST", "fire_trigger", FakeFormation._fire),
]
_ROUTES = [(re.compile(pattern), method, operation, handler) for pattern, method, operation, handler in _TABLE]


def _spec_routes() -> list[tuple[re.Pattern[str], str]]:
    """Every (path pattern, method) of the Formation API spec."""
    from muxi_generated.operations import FORMATION

    return [(re.compile(re.sub(r"\{[^/]+\}", "[^/]+", info["path"])), info["method"]) for info in FORMATION.values()]


class _LoopbackHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    fake: FakeFormation

    def log_message(self, *args: Any) -> None:
        pass

    def _forward(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        request = httpx.Request(self.command, f"{BASE_URL}{self.path}", headers=dict(self.headers), content=body)
        response = self.fake.handle(request)
        payload = response.read()
        self.send_response(response.status_code)
        for name, value in response.headers.items():
            if name.lower() not in ("content-length", "transfer-encoding", "connection"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _forward
