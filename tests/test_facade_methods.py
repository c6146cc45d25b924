"""Every operation of both specs is a facade method, sync and async, and sends the right request."""

from __future__ import annotations

import ast
import asyncio
import inspect
from pathlib import Path
from typing import Any, TypedDict

import httpx
import pytest
import respx
from respx_calls import sent_requests
from spec_tools import Spec

from muxi import AsyncFormationClient, AsyncServerClient, FormationClient, ServerClient, Stream

F = "http://formation.test"
S = "http://server.test"


class Keys(TypedDict):
    client_key: str
    admin_key: str


class Hmac(TypedDict):
    key_id: str
    secret_key: str


KEYS: Keys = {"client_key": "ck", "admin_key": "ak"}
HMAC: Hmac = {"key_id": "MUXI_k", "secret_key": "sk_s"}


def _placeholder(name: str, annotation: str) -> Any:
    if "BundleSource" in annotation:  # the formation bundle of deploy/update
        return Path(__file__).resolve().parent / "fixtures" / "formation"
    if annotation.startswith("Literal["):
        return ast.literal_eval(annotation[len("Literal[") : -1].split(",")[0].split("]")[0])
    placeholders: tuple[tuple[str, object], ...] = (
        ("str", "x"), ("dict", {}), ("list", []), ("int", 1), ("float", 1.0), ("bool", True)
    )  # fmt: skip
    for prefix, value in placeholders:
        if annotation.startswith(prefix):
            return value
    return "x"


def _required_arguments(method: Any) -> dict[str, Any]:
    return {
        name: _placeholder(name, str(p.annotation))
        for name, p in inspect.signature(method).parameters.items()
        if (p.default is inspect.Parameter.empty or name == "source")
        and p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)
    }


def _concrete(path: str) -> str:
    return "/".join("x" if part.startswith("{") else part for part in path.split("/"))


@pytest.mark.parametrize("api", ["formation", "server"])
def test_every_operation_is_a_method_of_both_clients(api: str, formation_spec: Spec, server_spec: Spec) -> None:
    spec = formation_spec if api == "formation" else server_spec
    sync_cls, async_cls = (
        (FormationClient, AsyncFormationClient) if api == "formation" else (ServerClient, AsyncServerClient)
    )
    for op in spec.operations:
        sync_method = getattr(sync_cls, op.operation_id)
        async_method = getattr(async_cls, op.operation_id)
        assert sync_method.__doc__, op.operation_id
        assert list(inspect.signature(sync_method).parameters) == list(inspect.signature(async_method).parameters)
        streaming_only = api == "formation" and op.node.get("x-muxi-streaming") and op.operation_id not in (
            "chat", "audio_chat")  # fmt: skip
        if op.operation_id in ("deploy_formation", "update_formation"):
            continue  # written once for both clients: they return an awaitable on the async one (tested elsewhere)
        assert inspect.iscoroutinefunction(async_method) != bool(streaming_only), op.operation_id


@respx.mock
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_each_formation_method_sends_its_operation(kind: str, formation_spec: Spec) -> None:
    route = respx.route(host="formation.test").mock(return_value=httpx.Response(204))
    sent: list[tuple[str, str]] = []
    for op in formation_spec.operations:
        if op.node.get("x-muxi-streaming"):
            continue  # covered by the chat and stream tests
        route.reset()
        if kind == "sync":
            with FormationClient(url=F, user_id="u", **KEYS) as client:
                method = getattr(client, op.operation_id)
                method(**_required_arguments(method))
        else:

            async def main(op_id: str = op.operation_id) -> None:
                async with AsyncFormationClient(url=F, user_id="u", **KEYS) as client:
                    method = getattr(client, op_id)
                    await method(**_required_arguments(method))

            asyncio.run(main())
        request = route.calls.last.request
        sent.append((request.method, request.url.path))
        assert (request.method, request.url.path) == (op.method.upper(), "/v1" + _concrete(op.path)), op.operation_id
    assert len(sent) == sum(1 for op in formation_spec.operations if not op.node.get("x-muxi-streaming"))


@respx.mock
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_each_server_method_sends_its_operation(kind: str, server_spec: Spec) -> None:
    route = respx.route(host="server.test").mock(return_value=httpx.Response(204))
    for op in server_spec.operations:
        route.reset()
        if kind == "sync":
            with ServerClient(url=S, **HMAC) as client:
                method = getattr(client, op.operation_id)
                method(**_required_arguments(method))
        else:

            async def main(op_id: str = op.operation_id) -> None:
                async with AsyncServerClient(url=S, **HMAC) as client:
                    method = getattr(client, op_id)
                    await method(**_required_arguments(method))

            asyncio.run(main())
        request = route.calls.last.request
        # update_formation takes the formation id from the bundle (the fixture formation is sdk-e2e)
        path = _concrete(op.path).replace("/x", "/sdk-e2e") if op.operation_id == "update_formation" else None
        assert (request.method, request.url.path) == (op.method.upper(), path or _concrete(op.path)), op.operation_id
        assert ("authorization" in request.headers) == op.path.startswith("/rpc/")


@respx.mock
def test_flattened_body_and_query_parameters() -> None:
    route = respx.post(f"{F}/v1/triggers/github-issue").mock(return_value=httpx.Response(204))
    sessions = respx.get(f"{F}/v1/sessions").mock(return_value=httpx.Response(204))
    with FormationClient(url=F, **KEYS) as client:
        client.fire_trigger("github-issue", {"issue": 123}, session_id="sess_1", user_id="alice")
        client.get_sessions(limit=5, active_only=True, user_id="bob")
    assert route.calls.last.request.content == b'{"data":{"issue":123},"session_id":"sess_1"}'
    assert route.calls.last.request.headers["x-muxi-user-id"] == "alice"
    assert sessions.calls.last.request.url.params == httpx.QueryParams({"active_only": "true", "limit": "5"})
    assert sessions.calls.last.request.headers["x-muxi-user-id"] == "bob"


@respx.mock
def test_add_memory_takes_the_content_positionally() -> None:
    route = respx.post(f"{F}/v1/memories").mock(return_value=httpx.Response(204))
    with FormationClient(url=F, **KEYS) as client:
        client.add_memory("User prefers Python", user_id="user_123")
    assert route.calls.last.request.content == b'{"content":"User prefers Python"}'
    assert route.calls.last.request.headers["x-muxi-user-id"] == "user_123"


def test_stream_methods_send_their_request_at_once() -> None:
    with respx.mock:
        route = respx.get(f"{F}/v1/events").mock(return_value=httpx.Response(200))
        client = FormationClient(url=F, **KEYS)
        stream = client.stream_events(user_id="u")
        assert isinstance(stream, Stream)
        assert route.call_count == 1  # sent by the call, like openai's create(stream=True)
        stream.close()
        client.close()


@respx.mock
def test_stream_events_are_typed_and_repaired() -> None:
    body = b'data: {"type": "request.completed", "request_id": "r1", "session_id": "s1"}\\n\\n'
    respx.get(f"{F}/v1/events").mock(
        return_value=httpx.Response(200, content=body, headers={"content-type": "text/event-stream"})
    )
    with FormationClient(url=F, **KEYS) as client:
        events = list(client.stream_events(user_id="u"))
    assert [(e.event, type(e.data).__name__) for e in events] == [("message", "EventStreamEvent")]
    assert events[0].get("request_id") == "r1"


@respx.mock
def test_artifact_download_streams_to_a_file(tmp_path: Path) -> None:
    content = bytes(range(256)) * 1000
    route = respx.get(f"{F}/v1/artifacts/art_1/content").mock(
        return_value=httpx.Response(200, content=content, headers={"content-type": "application/pdf"})
    )
    target = tmp_path / "report.pdf"
    with FormationClient(url=F, **KEYS) as client:
        assert client.download_artifact("art_1", target, version=2, user_id="u") == target
        chunks = list(client.iter_artifact_content("art_1", chunk_size=4096, user_id="u"))
    assert target.read_bytes() == content
    assert not (tmp_path / "report.pdf.part").exists()
    assert b"".join(chunks) == content and max(len(c) for c in chunks) <= 4096
    first = sent_requests(route)[0]
    assert first.url.params["version"] == "2" and first.headers["x-muxi-user-id"] == "u"
    assert "accept" not in first.headers or first.headers["accept"] != "text/event-stream"


@respx.mock
def test_failed_download_leaves_no_file(tmp_path: Path) -> None:
    from muxi import NotFoundError

    respx.get(f"{F}/v1/artifacts/nope/content").mock(return_value=httpx.Response(404, json={"message": "no"}))
    target = tmp_path / "x.bin"

    async def main() -> None:
        async with AsyncFormationClient(url=F, user_id="u", **KEYS) as client:
            await client.download_artifact("nope", target)

    with pytest.raises(NotFoundError):
        asyncio.run(main())
    assert list(tmp_path.iterdir()) == []
