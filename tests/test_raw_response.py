"""``client.with_raw_response.<method>(...)``: the HTTP response of any call, with its usual result.

A walk over every operation of both APIs (the generated operations tables) and every
hand-written method of the four clients and the quick-start aliases, sync and async (under asyncio
and trio): each raw call sends what the plain call sends (one request for one request), its
status and headers are those of the response the result came from, and ``parse()`` is an object
of exactly the plain call's class. Then the details: request ids, retries, redirects, errors,
streams, artifacts, secrets, repr hygiene and concurrent raw calls.
"""

from __future__ import annotations

import importlib
import inspect
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import anyio
import httpx
import pytest
from muxi_generated.formation.models import AgentList
from muxi_generated.operations import FORMATION, SERVER
from spec_tools import Spec
from test_facade_methods import _required_arguments  # pyright: ignore[reportPrivateUsage]
from test_typed_results import _recorded  # pyright: ignore[reportPrivateUsage]

import muxi
from muxi import (
    AsyncChatStream,
    AsyncFormation,
    AsyncFormationClient,
    AsyncServerClient,
    AsyncStream,
    ChatResponse,
    ChatStream,
    Formation,
    FormationClient,
    NotFoundError,
    RawResponse,
    ServerClient,
    ServerError,
    Stream,
    get_request_id,
)
from muxi.testing import FakeFormation

F = "http://fake-formation.test"
S = "http://server.test"
MARK = "x-raw-walk"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
KEY_ID, SECRET_KEY = "MUXI_k", "sk_s"
SERVER_MODELS = importlib.import_module("muxi_generated.server.models")
# Methods that make no request: the with_raw_response objects do not have them.
NO_REQUEST = {"call", "close", "aclose", "with_options", "operations", "create_session", "warm"}


def _client_methods(cls: type[Any]) -> set[str]:
    """The public methods of a client class (properties and the raw object excluded)."""
    return {
        name
        for name, value in inspect.getmembers(cls)
        if not name.startswith("_") and inspect.isfunction(value) and name not in NO_REQUEST
    }


def _raw_methods(cls: type[Any]) -> set[str]:
    return {name for name in dir(cls) if not name.startswith("_")}


# --------------------------------------------------------------------------- the servers of the walk


class Router:
    """A MockTransport handler that answers every operation with a success, marked with MARK."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response]) -> None:
        self.answer = answer
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        response = self.answer(request)
        response.headers[MARK] = "yes"
        return response


def _sse(frames: bytes = b"") -> httpx.Response:
    return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=frames)


def formation_router(formation_spec: Spec, runtime_samples: list[dict[str, Any]]) -> tuple[Router, FakeFormation]:
    """The fake formation, with recorded bodies (or 204) where it has no route or refuses placeholders."""
    fake = FakeFormation()
    bodies = {operation: body for operation, body, _ in _recorded(formation_spec, runtime_samples)}

    def answer(request: httpx.Request) -> httpx.Response:
        fake.secrets.setdefault("x", "sk_value_0000")  # for get_secret("x"), after delete_secret("x")
        streaming = request.headers.get("accept") == "text/event-stream"
        if request.url.path == "/v1/audiochat":  # the fake answers voice notes like a text turn
            body = json.dumps({"message": "voice", "stream": streaming}).encode()
            request = httpx.Request(
                "POST", request.url.copy_with(path="/v1/chat"), headers=request.headers, content=body
            )
        response = fake.handle(request)
        if response.status_code < 400:
            return response
        if streaming:
            return _sse()
        op = formation_spec.match(request.method, request.url.path.removeprefix("/v1") or "/")
        if op is not None and op.operation_id in bodies:
            return httpx.Response(200, json=bodies[op.operation_id])
        return httpx.Response(204)

    return Router(answer), fake


def server_router() -> Router:
    examples: list[dict[str, Any]] = json.loads((FIXTURES / "server_examples.json").read_text(encoding="utf-8"))
    bodies: dict[str, Any] = {}
    frames: dict[str, bytes] = {}
    for example in examples:
        operation, status = example["operation_id"], example["status"]
        if not 200 <= status < 300:
            continue
        if example["event"]:
            frames.setdefault(operation, b"")
            frames[operation] += f"event: {example['event']}\ndata: {json.dumps(example['body'])}\n\n".encode()
        elif example["media_type"] == "application/json" and _fits(operation, example["body"]):
            bodies.setdefault(operation, example["body"])

    def answer(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        operation = next(
            (
                op
                for op, info in SERVER.items()
                if _matches(str(info["path"]), path) and info["method"] == request.method
            ),
            None,
        )
        if request.headers.get("accept") == "text/event-stream":
            return _sse(frames.get(operation or "", b""))
        if operation in bodies:
            return httpx.Response(200, json=bodies[operation])
        return httpx.Response(204)

    return Router(answer)


def _fits(operation: str, body: Any) -> bool:
    """Whether an example body parses as the operation's result (draft_files answers per action)."""
    schema = SERVER[operation]["response_schema"]
    try:
        getattr(SERVER_MODELS, str(schema)).from_dict(body) if schema else None
    except (KeyError, TypeError, ValueError):
        return False
    return True


def _matches(template: str, path: str) -> bool:
    parts, wanted = template.split("/"), path.split("/")
    return len(parts) == len(wanted) and all(p.startswith("{") or p == w for p, w in zip(parts, wanted, strict=True))


# --------------------------------------------------------------------------- the walk


def _arguments(client: Any, name: str, tmp_path: Path) -> dict[str, Any]:
    arguments = _required_arguments(getattr(client, name))
    if name == "stream_logs":
        arguments["level"] = "info"
    if name == "download_artifact":
        arguments["destination"] = tmp_path / "artifact.bin"
    if name.startswith("audio_chat"):
        arguments["files"] = [b"RIFF-voice-note"]
    return arguments


def _close(value: object) -> None:
    if isinstance(value, (Stream, muxi.CompletionStream)):
        value.close()


async def _aclose(value: object) -> None:
    if isinstance(value, (AsyncStream, muxi.AsyncCompletionStream)):
        await value.aclose()


def _check(name: str, raw: RawResponse[Any], kind: type[Any], router: Router, sent: int, sent_raw: int) -> None:
    assert isinstance(raw, RawResponse), name
    parsed = raw.parse()
    assert type(parsed) is kind, name
    assert raw.parse() is parsed, name
    assert 200 <= raw.status_code < 300 and raw.headers[MARK] == "yes", name
    assert raw.http_request is raw.http_response.request, name
    assert sent_raw == sent, f"{name}: {sent_raw} requests with with_raw_response, {sent} without"
    last = router.requests[-1]
    assert (raw.http_request.method, raw.http_request.url) == (last.method, last.url), name
    assert raw.retries_taken == 0, name
    if get_request_id(parsed) is not None:
        assert raw.request_id == get_request_id(parsed), name


def _walk_sync(client: Any, router: Router, tmp_path: Path) -> set[str]:
    walked: set[str] = set()
    raw_type = cast("type[object]", type(client.with_raw_response))
    for name in sorted(_raw_methods(raw_type)):
        arguments = _arguments(client, name, tmp_path)
        before = len(router.requests)
        plain: object = getattr(client, name)(**arguments)
        if inspect.isgenerator(plain):
            list(plain)  # the artifact's chunks: its request is sent on the first step
        sent = len(router.requests) - before
        _close(plain)
        raw = getattr(client.with_raw_response, name)(**arguments)
        _check(name, raw, type(plain), router, sent, len(router.requests) - before - sent)
        if isinstance(raw.parse(), Stream):
            assert raw.http_response is raw.parse().response, name
        _close(raw.parse())
        walked.add(name)
    return walked


async def _walk_async(client: Any, router: Router, tmp_path: Path) -> set[str]:
    walked: set[str] = set()
    raw_type = cast("type[object]", type(client.with_raw_response))
    for name in sorted(_raw_methods(raw_type)):
        arguments = _arguments(client, name, tmp_path)
        before = len(router.requests)
        value = getattr(client, name)(**arguments)
        if inspect.isasyncgen(value):
            plain: object = value
            _ = [chunk async for chunk in value]  # the artifact's chunks: sent on the first step
        else:
            plain = await value
        sent = len(router.requests) - before
        await _aclose(plain)
        raw = await getattr(client.with_raw_response, name)(**arguments)
        _check(name, raw, type(plain), router, sent, len(router.requests) - before - sent)
        if isinstance(raw.parse(), AsyncStream):
            assert raw.http_response is raw.parse().response, name
        await _aclose(raw.parse())
        walked.add(name)
    return walked


FORMATION_CLIENTS = [(FormationClient, AsyncFormationClient), (Formation, AsyncFormation)]


@pytest.mark.parametrize(("sync_cls", "async_cls"), FORMATION_CLIENTS, ids=["client", "quickstart"])
def test_every_formation_operation_and_method_has_a_raw_twin(sync_cls: type[Any], async_cls: type[Any]) -> None:
    for cls in (sync_cls, async_cls):
        raw_type = cast("type[object]", type(cls(url=F, client_key="ck").with_raw_response))
        raw_names = _raw_methods(raw_type)
        assert set(FORMATION) <= raw_names, set(FORMATION) - raw_names
        assert _client_methods(cls) <= raw_names, _client_methods(cls) - raw_names


def test_every_server_operation_and_method_has_a_raw_twin() -> None:
    for cls in (ServerClient, AsyncServerClient):
        raw_type = cast("type[object]", type(cls(url=S).with_raw_response))
        raw_names = _raw_methods(raw_type)
        assert set(SERVER) <= raw_names, set(SERVER) - raw_names
        assert _client_methods(cls) <= raw_names, _client_methods(cls) - raw_names


def test_a_twin_pairs_two_methods_of_the_same_name() -> None:
    from muxi._core.raw import twin

    with pytest.raises(TypeError, match="the twins of two methods: chat and audio_chat"):
        twin(FormationClient.chat, AsyncFormationClient.audio_chat)
    twins = cast("Any", importlib.import_module("muxi._formation.raw"))._FacadeTwins
    assert twins.chat is twins.__dict__["chat"]  # read on a class, not on a raw object: the descriptor itself


@pytest.mark.parametrize("cls", [FormationClient, Formation])
def test_walk_formation_sync(
    cls: type[FormationClient], formation_spec: Spec, runtime_samples: list[dict[str, Any]], tmp_path: Path
) -> None:
    router, fake = formation_router(formation_spec, runtime_samples)
    http = httpx.Client(transport=httpx.MockTransport(router))
    with cls(url=F, client_key=fake.client_key, admin_key=fake.admin_key, user_id="u", http_client=http) as client:
        walked = _walk_sync(client, router, tmp_path)
    assert set(FORMATION) <= walked


@pytest.mark.anyio
@pytest.mark.parametrize("cls", [AsyncFormationClient, AsyncFormation])
async def test_walk_formation_async(
    cls: type[AsyncFormationClient], formation_spec: Spec, runtime_samples: list[dict[str, Any]], tmp_path: Path
) -> None:
    router, fake = formation_router(formation_spec, runtime_samples)
    http = httpx.AsyncClient(transport=httpx.MockTransport(router))
    async with cls(
        url=F, user_id="u", async_http_client=http, client_key=fake.client_key, admin_key=fake.admin_key
    ) as client:
        walked = await _walk_async(client, router, tmp_path)
    assert set(FORMATION) <= walked


def test_walk_server_sync(tmp_path: Path) -> None:
    router = server_router()
    with ServerClient(
        url=S, http_client=httpx.Client(transport=httpx.MockTransport(router)), key_id=KEY_ID, secret_key=SECRET_KEY
    ) as client:
        walked = _walk_sync(client, router, tmp_path)
    assert set(SERVER) <= walked


@pytest.mark.anyio
async def test_walk_server_async(tmp_path: Path) -> None:
    router = server_router()
    http = httpx.AsyncClient(transport=httpx.MockTransport(router))
    async with AsyncServerClient(url=S, async_http_client=http, key_id=KEY_ID, secret_key=SECRET_KEY) as client:
        walked = await _walk_async(client, router, tmp_path)
    assert set(SERVER) <= walked


# --------------------------------------------------------------------------- the details


def test_get_agents_status_headers_and_parse() -> None:
    fake = FakeFormation()
    with fake.client(admin_key=fake.admin_key) as client:
        raw = client.with_raw_response.get_agents()
        agents = raw.parse()
    assert raw.status_code == 200
    assert raw.headers["content-type"] == "application/json"
    assert raw.http_request.url.path == "/v1/agents" and raw.method == "GET"
    assert raw.http_request.headers["x-muxi-admin-key"] == fake.admin_key
    assert type(agents) is AgentList and [a.id for a in agents] == ["assistant"]
    assert raw.request_id is not None and raw.request_id == get_request_id(agents)
    assert len(fake.requests) == 1


def test_repr_shows_status_and_path_never_a_key_or_the_query() -> None:
    fake = FakeFormation()
    with fake.client(admin_key=fake.admin_key) as client:
        raw = client.with_raw_response.get_sessions(limit=5, user_id="alice")
    text = repr(raw)
    assert text.startswith("<RawResponse [200 OK] GET http://fake-formation.test/v1/sessions")
    assert "SessionList" in text
    assert fake.admin_key not in text and fake.client_key not in text and "limit" not in text


def test_a_404_raises_not_found_as_usual() -> None:
    fake = FakeFormation()
    with fake.client(admin_key=fake.admin_key) as client, pytest.raises(NotFoundError):
        client.with_raw_response.get_agent("nobody")


@pytest.mark.anyio
async def test_a_404_raises_not_found_as_usual_async() -> None:
    fake = FakeFormation()
    async with fake.async_client(admin_key=fake.admin_key) as client:
        with pytest.raises(NotFoundError):
            await client.with_raw_response.get_agent("nobody")


def _flaky(statuses: list[int], body: dict[str, Any]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        status = statuses.pop(0) if statuses else 200
        return httpx.Response(status, json=body if status == 200 else {"message": "busy"})

    return httpx.MockTransport(answer)


AGENTS = {"success": True, "request": {"id": "req_raw"}, "data": {"agents": [{"id": "a", "name": "A"}], "count": 1}}


def test_retries_taken_counts_the_retries(sleeps: list[float]) -> None:
    http = httpx.Client(transport=_flaky([503, 502], AGENTS))
    with FormationClient(url=F, admin_key="ak", http_client=http) as client:
        raw = client.with_raw_response.get_agents()
    assert raw.retries_taken == 2 and len(sleeps) == 2
    assert raw.status_code == 200 and raw.request_id == "req_raw"


@pytest.mark.anyio
async def test_retries_taken_counts_the_retries_async(sleeps: list[float]) -> None:
    http = httpx.AsyncClient(transport=_flaky([503], AGENTS))
    async with AsyncFormationClient(url=F, admin_key="ak", async_http_client=http) as client:
        raw = await client.with_raw_response.get_agents()
    assert raw.retries_taken == 1 and raw.status_code == 200


def test_failed_retries_raise_the_usual_error(sleeps: list[float]) -> None:
    http = httpx.Client(transport=_flaky([500, 500, 500], AGENTS))
    with FormationClient(url=F, admin_key="ak", max_retries=2, http_client=http) as client, pytest.raises(ServerError):
        client.with_raw_response.get_agents()


def test_a_followed_redirect_gives_the_final_response() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/agents":
            return httpx.Response(307, headers={"location": "/v1/agents-moved"})
        return httpx.Response(200, json=AGENTS, headers={"x-hop": "final"})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with FormationClient(url=F, admin_key="ak", follow_redirects=True, http_client=http) as client:
        raw = client.with_raw_response.get_agents()
    assert raw.headers["x-hop"] == "final" and raw.url.path == "/v1/agents-moved"


def test_chat_and_chat_stream() -> None:
    fake = FakeFormation()
    fake.reply_with("first", "second")
    with fake.client(user_id="alice") as client:
        raw = client.with_raw_response.chat("hi")
        streamed = client.with_raw_response.chat_stream("again")
        assert streamed.headers["content-type"].startswith("text/event-stream")
        assert streamed.status_code == 200 and streamed.request_id is None  # the body is the stream's
        with streamed.parse() as stream:
            text = "".join(event.text for event in stream if event.type == "text")
    assert type(raw.parse()) is ChatResponse and raw.parse().text == "first"
    assert raw.request_id == raw.parse().request_id is not None
    assert json.loads(raw.http_request.content)["message"] == "hi"
    assert type(streamed.parse()) is ChatStream and text == "second"
    assert len(fake.requests) == 2


@pytest.mark.anyio
async def test_async_chat_stream_is_open_when_the_raw_call_returns() -> None:
    fake = FakeFormation()
    fake.reply_with("streamed")
    async with fake.async_client(user_id="alice") as client:
        raw = await client.with_raw_response.chat_stream("hi")
        assert len(fake.requests) == 1 and raw.status_code == 200
        stream = raw.parse()
        assert type(stream) is AsyncChatStream and stream.response is raw.http_response
        final = await stream.final_response()
    assert final.text == "streamed"


def test_set_secret_after_a_conflict_gives_the_update() -> None:
    fake = FakeFormation()
    fake.secrets["API_KEY"] = "old"
    with fake.client(admin_key=fake.admin_key) as client:
        raw = client.with_raw_response.set_secret("API_KEY", "new-value")
    assert [r.method for r in fake.requests] == ["POST", "PUT"]
    assert raw.method == "PUT" and raw.http_request.url.path == "/v1/secrets/API_KEY"
    assert fake.secrets["API_KEY"] == "new-value"


def test_iter_artifact_content_sends_at_once_and_yields_every_chunk() -> None:
    content = bytes(range(256)) * 64

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=content, headers={"content-type": "application/pdf", "etag": '"v2"'})

    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return answer(request)

    http = httpx.Client(transport=httpx.MockTransport(record))
    with FormationClient(url=F, client_key="ck", user_id="u", http_client=http) as client:
        raw = client.with_raw_response.iter_artifact_content("art_1", chunk_size=1000)
        assert len(sent) == 1 and raw.headers["etag"] == '"v2"'
        chunks = list(raw.parse())
    assert b"".join(chunks) == content and max(map(len, chunks)) <= 1000


def test_list_models_raw() -> None:
    fake = FakeFormation()
    with fake.client(admin_key=fake.admin_key) as client:
        raw = client.with_raw_response.list_models()
    assert raw.http_request.url.path == "/v1/agents" and [m.id for m in raw.parse().data] == ["assistant"]


@pytest.mark.anyio
async def test_concurrent_raw_calls_keep_their_own_responses() -> None:
    fake = FakeFormation()
    results: dict[str, RawResponse[Any]] = {}
    async with fake.async_client(admin_key=fake.admin_key, user_id="u") as client:

        async def agents() -> None:
            results["agents"] = await client.with_raw_response.get_agents()

        async def status() -> None:
            results["status"] = await client.with_raw_response.get_status()

        async def plain() -> None:
            await client.health()

        async with anyio.create_task_group() as group:
            for task in (agents, status, plain, agents, status):
                group.start_soon(task)
    assert results["agents"].http_request.url.path == "/v1/agents"
    assert results["status"].http_request.url.path == "/v1/status"


def test_a_plain_call_inside_no_raw_context_is_unaffected() -> None:
    fake = FakeFormation()
    with fake.client(admin_key=fake.admin_key) as client:
        raw = client.with_raw_response.get_agents()
        plain = client.get_status()
    assert raw.http_request.url.path == "/v1/agents" and type(plain).__name__ == "FormationStatus"


def test_with_options_copies_have_raw_responses_too(sleeps: list[float]) -> None:
    http = httpx.Client(transport=_flaky([503], AGENTS))
    with FormationClient(url=F, admin_key="ak", http_client=http) as client, pytest.raises(ServerError):
        client.with_options(max_retries=0).with_raw_response.get_agents()
