"""muxi.testing.FakeServer routes like the MUXI Server (gorilla/mux v1.8.1 on its route table, openapi/server.yaml).

A wrong method or ``OPTIONS`` on ``/rpc/*`` is the 404 JSON of an unknown path, answered before
authentication; ``/rpc/dev/stop``, ``/health``, ``/ping``, ``/docs`` and bare ``/api`` answer 405 with an
empty body instead; only the proxy prefixes answer ``OPTIONS`` (200, CORS headers); routed answers
carry the CORS headers, the 404/405 of routing none.
"""

from __future__ import annotations

import httpx
import pytest

from muxi._core.auth import HmacAuth
from muxi.testing import FakeServer

NOT_FOUND = {"error": "Not Found", "message": "Endpoint not found", "code": 404}
CORS = {
    "access-control-allow-origin": "*",
    "access-control-allow-methods": "GET, POST, PUT, DELETE, OPTIONS",
    "access-control-allow-headers": "Content-Type, Authorization",
}


def _send(server: FakeServer, method: str, path: str, *, signed: bool = True) -> httpx.Response:
    """One request straight to the fake; ``/rpc`` requests carry a valid signature unless ``signed=False``."""
    headers = {"X-Muxi-Client-Key": "sk_fake_client"}
    if signed and path.startswith("/rpc/"):
        headers["Authorization"] = HmacAuth(server.key_id, server.secret_key).authorization(method, path)
    return server.handle(httpx.Request(method, f"http://fake-server.test{path}", headers=headers))


def _cors(response: httpx.Response) -> dict[str, str]:
    return {k: v for k, v in response.headers.items() if k.startswith("access-control-")}


@pytest.fixture
def server() -> FakeServer:
    fake = FakeServer()
    fake.add_formation("demo")
    return fake


@pytest.mark.parametrize(
    ("method", "path"),
    [("PATCH", "/rpc/formations"), ("OPTIONS", "/rpc/formations"), ("OPTIONS", "/rpc/server/status"),
     ("POST", "/rpc/server/status"), ("GET", "/rpc/formations/demo/stop"), ("PATCH", "/rpc/formations/demo"),
     ("OPTIONS", "/rpc/formations/demo/logs"), ("GET", "/rpc/dev/run"), ("DELETE", "/rpc/server/logs"),
     ("POST", "/rpc/formations/demo/deploy"), ("GET", "/rpc/deploy"), ("GET", "/nowhere")],
)  # fmt: skip
def test_a_wrong_method_on_rpc_is_the_404_of_an_unknown_path(server: FakeServer, method: str, path: str) -> None:
    for signed in (True, False):  # answered before authentication: no 401 without a signature
        response = _send(server, method, path, signed=signed)
        assert (response.status_code, response.json()) == (404, NOT_FOUND)
        assert response.content.endswith(b"}\n") and _cors(response) == {}
    assert server.formations["demo"].status == "running"  # GET .../stop did not stop it


@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", "/rpc/dev/stop"), ("OPTIONS", "/rpc/dev/stop"), ("POST", "/health"), ("OPTIONS", "/health"),
     ("HEAD", "/ping"), ("OPTIONS", "/docs"), ("DELETE", "/docs"), ("OPTIONS", "/api"), ("PATCH", "/api"),
     ("OPTIONS", "/draft"), ("PATCH", "/mcp")],
)  # fmt: skip
def test_the_exceptions_answer_405_with_an_empty_body(server: FakeServer, method: str, path: str) -> None:
    response = _send(server, method, path, signed=False)
    assert (response.status_code, response.content, _cors(response)) == (405, b"", {})


@pytest.mark.parametrize("prefix", ["api", "draft", "mcp"])
@pytest.mark.parametrize("rest", ["", "/", "/v1/chat", "/v1/scheduler/jobs/job_1"])
def test_only_the_proxy_prefixes_answer_options(server: FakeServer, prefix: str, rest: str) -> None:
    response = _send(server, "OPTIONS", f"/{prefix}/demo{rest}")
    assert (response.status_code, response.content, _cors(response)) == (200, b"", CORS)
    assert server.formations["demo"].formation is None  # a preflight never reaches the formation


def test_routed_answers_carry_the_cors_headers(server: FakeServer) -> None:
    for method, path, status in [("GET", "/health", 200), ("GET", "/ping", 200), ("GET", "/docs", 302),
                                 ("GET", "/rpc/formations", 200), ("GET", "/api", 404), ("POST", "/mcp", 404),
                                 ("GET", "/api/demo/v1/health", 200), ("GET", "/api/nope/v1/health", 404)]:  # fmt: skip
        response = _send(server, method, path)
        assert (response.status_code, _cors(response)) == (status, CORS), (method, path)
    assert _send(server, "GET", "/docs").headers["location"] == "https://muxi.org/docs"
    assert _send(server, "GET", "/api").json() == NOT_FOUND
    unsigned = _send(server, "GET", "/rpc/formations", signed=False)  # a matched /rpc route: auth, with CORS
    assert (unsigned.status_code, unsigned.json()["message"], _cors(unsigned)) == (
        401, "Missing authorization header", CORS
    )  # fmt: skip


def test_proxied_requests_reach_the_formation_as_the_server_forwards_them(server: FakeServer) -> None:
    response = _send(server, "GET", "/api/demo/v1/health")
    assert response.json()["status"] == "healthy"
    upstream = server.formations["demo"].formation
    assert upstream is not None
    forwarded = upstream.requests[-1]
    assert forwarded.url.path == "/v1/health" and forwarded.headers["x-muxi-server"] == "0.20260514.1"
    assert forwarded.headers["x-forwarded-proto"] == "http" and forwarded.headers["x-forwarded-host"]
    draft = _send(server, "GET", "/draft/demo/v1/health")  # drafts run only after /rpc/dev/run
    assert (draft.status_code, draft.json()["error"]) == (404, "Formation not found")


def test_known_routes_the_fake_does_not_implement_answer_501_after_authentication(server: FakeServer) -> None:
    for method, path in [("GET", "/rpc/formations/demo/download"), ("POST", "/rpc/dev/run"),
                         ("POST", "/rpc/dev/stop"), ("POST", "/rpc/formations/demo/draft/files")]:  # fmt: skip
        assert _send(server, method, path, signed=False).status_code == 401
        response = _send(server, method, path)
        assert (response.status_code, response.json()["error"]) == (501, "Not Implemented"), path


def test_an_empty_log_reads_as_null(server: FakeServer) -> None:
    server.log_lines = []
    logs = _send(server, "GET", "/rpc/formations/demo/logs").json()["data"]["logs"]
    assert logs == {"stdout": None, "stderr": None}


def test_options_over_a_socket(server: FakeServer) -> None:
    with server.serve() as url:
        preflight = httpx.request("OPTIONS", f"{url}/api/demo/v1/chat")
        wrong = httpx.request("OPTIONS", f"{url}/rpc/formations")
        head = httpx.head(f"{url}/health")
    assert (preflight.status_code, preflight.headers["access-control-allow-origin"]) == (200, "*")
    assert (wrong.status_code, wrong.json()) == (404, NOT_FOUND)
    assert (head.status_code, head.content) == (405, b"")
