"""``muxi.testing.FakeFormation``: an in-memory formation that answers like muxi-runtime (see :mod:`muxi.testing`).

It keeps sessions, secrets, triggers, memories and scheduled jobs in memory, checks keys and
``X-Muxi-User-ID`` as the runtime does, and answers with the runtime's envelopes and chat frames
(:mod:`muxi.testing._wire`). The memory and scheduler routes, with the runtime bugs they
reproduce, are mixins (``_memory.py``, ``_scheduler.py``) over the shared state of ``_state.py``.
Routes the fake does not implement answer 501.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

import httpx

from .._core.config import FormationClientSettings
from .._core.json import is_object
from .._formation.client import AsyncFormationClient, FormationClient
from . import _loopback
from ._memory import MemoryRoutes
from ._scheduler import SchedulerRoutes
from ._wire import NO_WEBHOOK, PLACEHOLDER, chat_frames, envelope, error_envelope, lookup, mask, new_id

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["FakeFormation", "WebhookDelivery"]

BASE_URL = "http://fake-formation.test"


@dataclass
class _Failure:
    status: int
    code: str
    message: str
    headers: dict[str, str]


@dataclass
class WebhookDelivery:
    """A webhook the fake sent when an asynchronous turn finished: where, the signed headers, the body.

    ``error`` says why the POST failed (``None`` when the receiver answered, whatever its status).
    """

    url: str
    headers: dict[str, str]
    body: bytes
    status_code: int | None = None
    error: str | None = None


@dataclass
class FakeFormation(_loopback.LoopbackFake, MemoryRoutes, SchedulerRoutes):
    """An in-memory formation. Keys, formation id and agents are configurable.

    Attributes:
        requests: every request received, in order (``httpx.Request`` objects with their bodies).
        sessions: session id -> list of ``{"role", "content"}`` messages. Each session belongs to the
            user who opened it (``X-Muxi-User-ID``); other users get 404, as in a multi-user formation.
        secrets: secret name -> value.
        triggers: trigger name -> template markdown; ``${{ data.x }}`` placeholders are filled from
            the fired data, and the rendered prompt is answered like a chat message.
        memories: user id -> that user's long-term memories (as ``GET /memories`` lists them).
        persistent_memory: ``True`` (default) behaves like muxi-runtime with PostgreSQL-backed
            memory: multi-user (sessions, memories, buffer and jobs per user), memories and
            scheduled jobs can be written, and the runtime's bugs listed in :mod:`muxi.testing`
            are reproduced. ``False`` behaves like a formation without it (muxi-runtime's
            default): single-user (every user id reads back as ``"0"`` and all sessions are
            shared), memory writes answer 503, job creation 422 and the other job routes 503.
        jobs: scheduled job id -> job (as ``GET /scheduler/jobs/{id}`` returns it).
        webhook_url: the formation's async webhook (requests may override it with ``webhook_url``).
        webhook_secret: the key webhooks are signed with (default: the admin key, like the runtime).
        webhooks: every webhook the fake delivered (or tried to), as :class:`WebhookDelivery`.
    """

    _base_url: ClassVar[str] = BASE_URL

    client_key: str = "sk_fake_client"
    admin_key: str = "sk_fake_admin"
    formation_id: str = "fake-formation"
    agents: list[dict[str, Any]] = field(
        default_factory=lambda: [{"id": "assistant", "name": "Assistant", "description": "A fake agent"}]
    )
    requests: list[httpx.Request] = field(default_factory=list[httpx.Request])
    sessions: dict[str, list[dict[str, Any]]] = field(default_factory=dict[str, list[dict[str, Any]]])
    secrets: dict[str, str] = field(default_factory=dict[str, str])
    triggers: dict[str, str] = field(default_factory=dict[str, str])
    memories: dict[str, list[dict[str, Any]]] = field(default_factory=dict[str, list[dict[str, Any]]])
    jobs: dict[str, dict[str, Any]] = field(default_factory=dict[str, dict[str, Any]])
    persistent_memory: bool = True
    webhook_url: str | None = None
    webhook_secret: str | None = None
    webhooks: list[WebhookDelivery] = field(default_factory=list[WebhookDelivery])
    _owners: dict[str, str] = field(default_factory=dict[str, str])
    _user_numbers: dict[str, int] = field(default_factory=dict[str, int])
    _replies: deque[str] = field(default_factory=deque[str])
    _failures: deque[_Failure] = field(default_factory=deque[_Failure])
    _lock: threading.RLock = field(default_factory=threading.RLock)

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

    def client(self, **kwargs: Unpack[FormationClientSettings]) -> FormationClient:
        """A :class:`~muxi.FormationClient` wired to this fake (keys filled in unless given)."""
        http_client = httpx.Client(transport=self.transport())
        return FormationClient(url=BASE_URL, http_client=http_client, **self._with_keys(kwargs))

    def async_client(self, **kwargs: Unpack[FormationClientSettings]) -> AsyncFormationClient:
        """An :class:`~muxi.AsyncFormationClient` wired to this fake (keys filled in unless given)."""
        http_client = httpx.AsyncClient(transport=self.transport())
        return AsyncFormationClient(url=BASE_URL, async_http_client=http_client, **self._with_keys(kwargs))

    def _with_keys(self, settings: FormationClientSettings) -> FormationClientSettings:
        return {"client_key": self.client_key, "admin_key": self.admin_key, **settings}

    # ------------------------------------------------------------------ the server side

    def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one request as the runtime would."""
        request.read()
        with self._lock:
            self.requests.append(request)
            failure = self._failures.popleft() if self._failures else None
            if failure is not None:
                return error_envelope(failure.status, failure.code, failure.message, failure.headers)
            return self._route(request)

    def _route(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if not path.startswith("/v1"):
            return error_envelope(404, "RESOURCE_NOT_FOUND", "Not Found")
        route = path[3:] or "/"
        for pattern, method, operation, handler in _ROUTES:
            match = pattern.fullmatch(route)
            if match and method == request.method:
                problem = self._auth(request, operation) or self._user_required(request, operation)
                if problem is not None:
                    return problem
                return handler(self, request, **match.groupdict())
        if any(pattern.fullmatch(route) and method == request.method for pattern, method in _spec_routes()):
            return error_envelope(501, "NOT_IMPLEMENTED", f"FakeFormation does not implement {request.method} {path}")
        return error_envelope(404, "RESOURCE_NOT_FOUND", "Not Found")

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
        if info.get("requires") == "adminKey" and client == self.client_key:
            return error_envelope(401, "UNAUTHORIZED", "Admin API key required for this endpoint")
        kind = "client" if schemes == {"clientKey"} else "admin"
        header = "X-Muxi-Client-Key" if kind == "client" else "X-Muxi-Admin-Key"
        given = client if kind == "client" else admin
        if given:
            message = f"Invalid {kind} API key. Please check your '{header}' header value."
        else:
            message = f"A valid {kind} API key is required. Please provide the '{header}' header."
        return error_envelope(401, "UNAUTHORIZED", message)

    def _user_required(self, request: httpx.Request, operation: str) -> httpx.Response | None:
        """The runtime's 400 for a missing ``X-Muxi-User-ID`` where the spec marks it (``x-muxi-user-id``)."""
        from muxi_generated.operations import FORMATION

        marker = FORMATION[operation].get("user_id")
        if not marker or self._user(request):
            return None
        if marker == "required":
            return error_envelope(400, "INVALID_REQUEST", "X-Muxi-User-ID header is required")
        if request.headers.get("x-muxi-admin-key") == self.admin_key:
            return None  # required-with-client-key: the admin key acts for every user
        return error_envelope(400, "INVALID_REQUEST", "X-Muxi-User-ID header is required when using client API key")

    def _visible(self, request: httpx.Request, session_id: str) -> bool:
        return session_id in self.sessions and self._owners.get(session_id) == self._owner(request)

    def _answer(self, message: str) -> str:
        return self._replies.popleft() if self._replies else f"echo: {message}"

    def _deliver(self, url: str, request_id: str, user: str, answer: str, started: float) -> None:
        """POST the signed completion webhook, as the runtime does when an async turn finishes."""
        from ..webhook import SIGNATURE_HEADER, sign

        payload = {
            "id": request_id, "status": "completed", "timestamp": int(time.time()),
            "response": [{"type": "text", "text": answer}], "formation_id": self.formation_id, "user_id": user,
            "processing_mode": "async", "webhook_url": url, "processing_time": round(time.time() - started, 6),
        }  # fmt: skip
        body = json.dumps(payload).encode()
        headers = {"Content-Type": "application/json",
                   SIGNATURE_HEADER: sign(body, self.webhook_secret or self.admin_key)}  # fmt: skip
        delivery = WebhookDelivery(url, headers, body)
        self.webhooks.append(delivery)
        try:
            delivery.status_code = httpx.post(url, content=body, headers=headers, timeout=5).status_code
        except httpx.HTTPError as exc:
            delivery.error = f"{type(exc).__name__}: {exc}"

    # ------------------------------------------------------------------ routes

    def _health(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"status": "healthy", "version": "1.0.0", "uptime_seconds": 1})

    def _status(self, request: httpx.Request) -> httpx.Response:
        return envelope({
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
        return envelope({"agents": self.agents, "count": len(self.agents)}, "agent_list")

    def _agent(self, request: httpx.Request, agent_id: str) -> httpx.Response:
        for agent in self.agents:
            if agent["id"] == agent_id:
                return envelope(agent, "agent")
        return error_envelope(404, "AGENT_NOT_FOUND", f"Agent '{agent_id}' not found")

    def _chat(self, request: httpx.Request) -> httpx.Response:
        body = self._body(request)
        if body is None or not isinstance(body.get("message"), str):
            return error_envelope(422, "INVALID_PARAMS", "Validation failed: 1 error(s)")
        user = self._user(request) or str(body.get("user_id") or "0")
        session_id = body.get("session_id") or new_id("sess")
        owner = user if self.persistent_memory else "0"
        if session_id in self._owners and self._owners[session_id] != owner:
            return error_envelope(404, "RESOURCE_NOT_FOUND", f"Session '{session_id}' not found")
        request_id = body.get("request_id") or new_id("req")
        started = time.time()
        answer = self._answer(body["message"])
        self._owners.setdefault(session_id, owner)
        self.sessions.setdefault(session_id, []).extend(
            [{"role": "user", "content": body["message"]}, {"role": "assistant", "content": answer}]
        )
        if body.get("mode") == "async":
            url = body.get("webhook_url") or self.webhook_url
            if not url:
                return error_envelope(501, "METHOD_NOT_FOUND", NO_WEBHOOK)
            self._deliver(url, request_id, user, answer, started)
            accepted = {"status": "processing", "request_id": request_id, "delivery": "webhook", "webhook_url": url,
                        "message": "Request accepted; the result will be sent to the webhook"}  # fmt: skip
            data = {
                "message": accepted,
                "user_id": user,
                "session_id": session_id,
                "request_id": body.get("request_id"),
            }
            return envelope(data, "message", request_id=request_id)
        if body.get("stream", True) is False:
            message = {
                "role": "assistant",
                "content": answer,
                "artifacts": None,
                "metadata": {"session_id": session_id},
            }
            data = {"message": message, "user_id": user, "session_id": session_id, "request_id": body.get("request_id")}
            return envelope(data, "message", request_id=request_id)
        return httpx.Response(
            200,
            content=chat_frames(answer, session_id, request_id, user),
            headers={"content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache"},
        )

    def _sessions(self, request: httpx.Request) -> httpx.Response:
        owner = self._owner(request)
        items = [{"session_id": sid, "user_id": owner, "last_activity": time.time(), "active": True}
                 for sid in reversed(list(self.sessions)) if self._owners.get(sid) == owner]  # fmt: skip
        return envelope({"sessions": items, "count": len(items)}, "session_list")

    def _session(self, request: httpx.Request, session_id: str) -> httpx.Response:
        if not self._visible(request, session_id):
            return error_envelope(404, "RESOURCE_NOT_FOUND", f"Session '{session_id}' not found")
        count = len(self.sessions[session_id])
        data = {"session_id": session_id, "user_id": self._owners[session_id], "message_count": count,
                "active": True, "created_at": time.time(), "last_activity": time.time()}  # fmt: skip
        return envelope(data, "session")

    def _messages(self, request: httpx.Request, session_id: str) -> httpx.Response:
        """The session's buffered turns; like the runtime, never 404 (another user's session reads as empty)."""
        try:
            limit = int(request.url.params.get("limit", 50))
        except ValueError:
            limit = 0
        if not 1 <= limit <= 1000:
            return error_envelope(422, "INVALID_PARAMS", "Validation failed: 1 error(s)")
        turns = self.sessions.get(session_id, []) if self._visible(request, session_id) else []
        messages = [
            {"text": m["content"], "metadata": {"role": m["role"], "session_id": session_id}, "timestamp": time.time()}
            for m in turns[:limit]
        ]
        return envelope({"session_id": session_id, "messages": messages, "count": len(messages),
                         "has_more": len(turns) > limit}, "session")  # fmt: skip

    def _secrets(self, request: httpx.Request) -> httpx.Response:
        masked = {k: mask(v) for k, v in self.secrets.items()}
        return envelope({"secrets": masked, "count": len(masked)}, "secret_list")

    def _create_secret(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content or b"{}")
        if body.get("key") in self.secrets:
            return error_envelope(409, "SECRET_EXISTS", f"Secret '{body.get('key')}' already exists")
        self.secrets[str(body.get("key"))] = str(body.get("value"))
        return envelope({"message": f"Secret '{body.get('key')}' created successfully"}, "secret", 201)

    def _update_secret(self, request: httpx.Request, key: str) -> httpx.Response:
        if key not in self.secrets:
            return error_envelope(404, "SECRET_NOT_FOUND", f"Secret '{key}' not found")
        self.secrets[key] = str(json.loads(request.content or b"{}").get("value"))
        return envelope({"message": f"Secret '{key}' updated successfully"}, "secret")

    def _delete_secret(self, request: httpx.Request, key: str) -> httpx.Response:
        if self.secrets.pop(key, None) is None:
            return error_envelope(404, "SECRET_NOT_FOUND", f"Secret '{key}' not found")
        return envelope({"message": f"Secret '{key}' deleted successfully"}, "secret")

    def _triggers(self, request: httpx.Request) -> httpx.Response:
        names = sorted(self.triggers)
        return envelope({"formation_id": self.formation_id, "triggers": names, "count": len(names)}, "list")

    def _trigger(self, request: httpx.Request, trigger_name: str) -> httpx.Response:
        if trigger_name not in self.triggers:
            return error_envelope(404, "RESOURCE_NOT_FOUND", f"Trigger template '{trigger_name}' not found")
        template = self.triggers[trigger_name]
        fields = sorted(set(PLACEHOLDER.findall(template))) or None
        return envelope({"name": trigger_name, "content": template, "data_fields": fields}, "trigger")

    def _fire(self, request: httpx.Request, trigger_name: str) -> httpx.Response:
        if trigger_name not in self.triggers:
            return error_envelope(404, "RESOURCE_NOT_FOUND", f"Trigger template '{trigger_name}' not found")
        body = self._body(request) or {}
        data = body.get("data")
        if not is_object(data):
            return error_envelope(422, "INVALID_PARAMS", "Validation failed: 1 error(s)")
        prompt = PLACEHOLDER.sub(lambda m: str(lookup(data, m.group(1))), self.triggers[trigger_name])
        started, answer, user = time.time(), self._answer(prompt), self._user(request) or "0"
        if body.get("use_async", True) is False:
            return envelope({"status": "completed", "content": answer}, "trigger")
        if self.webhook_url:
            self._deliver(self.webhook_url, new_id("req"), user, answer, started)
        return envelope({"status": "processing"}, "trigger")


Handler = Callable[..., httpx.Response]
_TABLE: list[tuple[str, str, str, Handler]] = [
    (r"/health", "GET", "health", FakeFormation._health),  # pyright: ignore[reportPrivateUsage]
    (r"/status", "GET", "get_status", FakeFormation._status),  # pyright: ignore[reportPrivateUsage]
    (r"/agents", "GET", "get_agents", FakeFormation._agents),  # pyright: ignore[reportPrivateUsage]
    (r"/agents/(?P<agent_id>[^/]+)", "GET", "get_agent", FakeFormation._agent),  # pyright: ignore[reportPrivateUsage]
    (r"/chat", "POST", "chat", FakeFormation._chat),  # pyright: ignore[reportPrivateUsage]
    (r"/sessions", "GET", "get_sessions", FakeFormation._sessions),  # pyright: ignore[reportPrivateUsage]
    (r"/sessions/(?P<session_id>[^/]+)", "GET", "get_session", FakeFormation._session),  # pyright: ignore[reportPrivateUsage]
    (r"/sessions/(?P<session_id>[^/]+)/messages", "GET", "get_session_messages", FakeFormation._messages),  # pyright: ignore[reportPrivateUsage]
    (r"/secrets", "GET", "get_secrets", FakeFormation._secrets),  # pyright: ignore[reportPrivateUsage]
    (r"/secrets", "POST", "create_secret", FakeFormation._create_secret),  # pyright: ignore[reportPrivateUsage]
    (r"/secrets/(?P<key>[^/]+)", "PUT", "update_secret", FakeFormation._update_secret),  # pyright: ignore[reportPrivateUsage]
    (r"/secrets/(?P<key>[^/]+)", "DELETE", "delete_secret", FakeFormation._delete_secret),  # pyright: ignore[reportPrivateUsage]
    (r"/triggers", "GET", "get_triggers", FakeFormation._triggers),  # pyright: ignore[reportPrivateUsage]
    (r"/triggers/(?P<trigger_name>[^/]+)", "GET", "get_trigger", FakeFormation._trigger),  # pyright: ignore[reportPrivateUsage]
    (r"/triggers/(?P<trigger_name>[^/]+)", "POST", "fire_trigger", FakeFormation._fire),  # pyright: ignore[reportPrivateUsage]
    (r"/memories", "GET", "get_memories", FakeFormation._memories),  # pyright: ignore[reportPrivateUsage]
    (r"/memories", "POST", "add_memory", FakeFormation._add_memory),  # pyright: ignore[reportPrivateUsage]
    (r"/memories/(?P<memory_id>[^/]+)", "DELETE", "delete_memory", FakeFormation._delete_memory),  # pyright: ignore[reportPrivateUsage]
    (r"/memory/buffer", "GET", "get_user_buffer", FakeFormation._user_buffer),  # pyright: ignore[reportPrivateUsage]
    (r"/memory/buffer", "DELETE", "clear_user_buffer", FakeFormation._clear_user_buffer),  # pyright: ignore[reportPrivateUsage]
    (r"/memory/buffer/(?P<session_id>[^/]+)", "DELETE", "clear_session_buffer", FakeFormation._clear_session_buffer),  # pyright: ignore[reportPrivateUsage]
    (r"/scheduler/jobs", "GET", "get_scheduler_jobs", FakeFormation._jobs),  # pyright: ignore[reportPrivateUsage]
    (r"/scheduler/jobs", "POST", "create_scheduler_job", FakeFormation._create_job),  # pyright: ignore[reportPrivateUsage]
    (r"/scheduler/jobs/(?P<job_id>[^/]+)", "GET", "get_scheduler_job", FakeFormation._job),  # pyright: ignore[reportPrivateUsage]
    (r"/scheduler/jobs/(?P<job_id>[^/]+)", "PUT", "update_scheduler_job", FakeFormation._update_job),  # pyright: ignore[reportPrivateUsage]
    (r"/scheduler/jobs/(?P<job_id>[^/]+)", "DELETE", "delete_scheduler_job", FakeFormation._delete_job),  # pyright: ignore[reportPrivateUsage]
    (r"/scheduler/jobs/(?P<job_id>[^/]+)/pause", "POST", "pause_scheduler_job", FakeFormation._pause_job),  # pyright: ignore[reportPrivateUsage]
    (r"/scheduler/jobs/(?P<job_id>[^/]+)/resume", "POST", "resume_scheduler_job", FakeFormation._resume_job),  # pyright: ignore[reportPrivateUsage]
]
_ROUTES = [(re.compile(pattern), method, operation, handler) for pattern, method, operation, handler in _TABLE]


def _spec_routes() -> list[tuple[re.Pattern[str], str]]:
    """Every (path pattern, method) of the Formation API spec."""
    from muxi_generated.operations import FORMATION

    return [(re.compile(re.sub(r"\{[^/]+\}", "[^/]+", info["path"])), info["method"]) for info in FORMATION.values()]
