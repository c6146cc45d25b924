"""Impossible to misuse quietly: the end-user id, and the life of the connection pool.

- The quick-start aliases (``Formation``/``AsyncFormation``) act for ``muxi.DEFAULT_USER_ID`` when
  given no user id, so the documented quick start works against the runtime; the clients refuse,
  before any I/O, a call the runtime would refuse for want of ``X-Muxi-User-ID`` (the spec's
  ``x-muxi-user-id`` marker), and ``muxi.testing`` answers such calls like the runtime.
- A client dropped without ``close()`` releases its pool (no ``ResourceWarning`` under
  ``python -X dev``); ``with_options`` copies share it until the last one is gone; concurrent
  first calls make one pool; an async client works on a second event loop.
"""

from __future__ import annotations

import asyncio
import gc
import inspect
import os
import re
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import httpx
import pytest
from muxi_generated.operations import FORMATION
from spec_tools import Spec

import muxi
from muxi import (
    AsyncFormation,
    AsyncFormationClient,
    ConfigurationError,
    Formation,
    FormationClient,
    ValidationError,
)
from muxi._core.request import generated_function
from muxi.testing import FakeFormation
from muxi.testing._formation import _ROUTES  # pyright: ignore[reportPrivateUsage]

ROOT = Path(__file__).resolve().parent.parent
F = "http://formation.test"

# What muxi-runtime 1.20260928.0's handlers do without X-Muxi-User-ID (routes/client/*.py and
# routes/admin/scheduler.py of the PyPI wheel): ``_get_user_id`` answers 400 whatever the key;
# ``_check_auth_and_user_id`` answers 400 only for the client key (credentials.py's version
# refuses both keys). Chat, audio chat, triggers and scheduler job writes use user "0" instead.
REQUIRED = {
    "get_sessions", "get_session", "get_session_messages", "restore_session",  # sessions.py
    "get_memories", "add_memory", "ingest_memories_batch", "get_memory_provenance", "delete_memory",
    "get_history", "get_user_buffer",  # memory.py
    "get_artifacts", "get_artifact", "get_artifact_content", "get_artifact_versions",  # artifacts.py
    "list_credentials", "create_credential", "get_credential", "delete_credential",  # credentials.py
}  # fmt: skip
REQUIRED_WITH_CLIENT_KEY = {
    "stream_events", "stream_session_events", "stream_request",  # events.py
    "get_requests", "get_request_status", "cancel_request",  # requests.py
    "get_ingestion_status", "clear_user_buffer", "clear_session_buffer",  # memory.py
    "get_scheduler_jobs",  # scheduler.py
}  # fmt: skip


def _marked(marker: str) -> list[str]:
    return sorted(op for op, info in FORMATION.items() if info.get("user_id") == marker)


# The smallest bodies the SDK accepts for the marked operations that take one.
BODIES: dict[str, dict[str, Any]] = {
    "restore_session": {"messages": []},
    "create_credential": {"service": "x", "credential": {}},
    "ingest_memories_batch": {"items": []},
    "add_memory": {},
}


def _placeholders(operation: str) -> dict[str, Any]:
    """Valid arguments for ``client.call(operation, ...)``: "x" for path parameters, a minimal body."""
    _, accepted = generated_function(str(FORMATION[operation]["module"]))
    required = [name for name, p in accepted.items() if p.default is inspect.Parameter.empty]
    return {name: BODIES[operation] if name == "body" else "x" for name in required}


def _key_settings(operation: str) -> list[tuple[str | None, str | None]]:
    """(client_key, admin_key) settings with which the operation has a key to send."""
    schemes = {scheme for alternative in FORMATION[operation]["security"] for scheme in alternative}
    settings: list[tuple[str | None, str | None]] = [("ck", "ak")]
    if "adminKey" in schemes:
        settings.append((None, "ak"))
    if "clientKey" in schemes:
        settings.append(("ck", None))
    return settings


def _recording(sent: list[httpx.Request]) -> httpx.Client:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(204)

    return httpx.Client(transport=httpx.MockTransport(answer))


# ---------------------------------------------------------------------------------------- user id


def test_the_markers_are_what_the_runtime_handlers_require(
    formation_spec: Spec, runtime_samples: list[dict[str, Any]]
) -> None:
    assert set(_marked("required")) == REQUIRED
    assert set(_marked("required-with-client-key")) == REQUIRED_WITH_CLIENT_KEY
    assert {info.get("user_id") for info in FORMATION.values()} == {None, "required", "required-with-client-key"}
    # The recorded exchanges agree: each 400 for a missing header is on a marked operation, and no
    # marked operation answered 2xx to a request the marker says the runtime refuses.
    checked = 0
    for sample in runtime_samples:
        request, response = sample["request"], sample["response"]
        op = formation_spec.match(request["method"], request["path"].split("?")[0].removeprefix("/v1") or "/")
        if op is None:
            continue
        headers = {name.lower() for name in request["headers"]}
        body: dict[str, Any] = response.get("json") or {}
        error: object = body.get("error")
        message = str(cast("dict[str, Any]", error).get("message", "")) if isinstance(error, dict) else ""
        marker = FORMATION[op.operation_id].get("user_id")
        if message.startswith("X-Muxi-User-ID header is required"):
            expected = "required-with-client-key" if "client API key" in message else "required"
            assert marker == expected, (op.operation_id, message)
            checked += 1
        elif 200 <= response["status"] < 300 and "x-muxi-user-id" not in headers:
            refused = marker == "required" or (marker == "required-with-client-key" and "x-muxi-client-key" in headers)
            assert not refused, (op.operation_id, sample["title"])
    assert checked == 2


def test_the_seed_quick_start_acts_for_the_default_user() -> None:
    """Seed 000: ``Formation(url, client_key)`` -> ``create_session()`` -> ``get_session(id).messages``."""
    assert muxi.DEFAULT_USER_ID == "0"  # the runtime's own anonymous user
    fake = FakeFormation()
    with fake.serve() as url:
        formation = Formation(url=url, client_key=fake.client_key)
        assert formation.user_id == muxi.DEFAULT_USER_ID
        session = formation.create_session()
        formation.chat("Hello!", session_id=session.id)
        history = formation.get_session(session.id)
        formation.close()
    assert [(m.role, m.content) for m in history.messages] == [("user", "Hello!"), ("assistant", "echo: Hello!")]
    assert [r.headers.get("X-Muxi-User-ID") for r in fake.requests] == ["0", "0"]


def test_the_async_quick_start_acts_for_the_default_user() -> None:
    fake = FakeFormation()

    async def main(url: str) -> list[tuple[str, str]]:
        async with AsyncFormation(url=url, client_key=fake.client_key) as formation:
            session = await formation.create_session()
            await formation.chat("Hello!", session_id=session.id)
            return [(m.role, m.content) for m in (await formation.get_session(session.id)).messages]

    with fake.serve() as url:
        assert asyncio.run(main(url)) == [("user", "Hello!"), ("assistant", "echo: Hello!")]
    assert [r.headers.get("X-Muxi-User-ID") for r in fake.requests] == ["0", "0"]


def test_a_given_user_id_wins_over_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Formation(url=F, user_id="alice").user_id == "alice"
    monkeypatch.setenv("MUXI_USER_ID", "bob")
    assert Formation(url=F).user_id == "bob"
    assert AsyncFormation(url=F).user_id == "bob"
    assert FormationClient(url=F).user_id == "bob"
    monkeypatch.delenv("MUXI_USER_ID")
    assert FormationClient(url=F).user_id is None
    assert AsyncFormationClient(url=F).user_id is None


@pytest.mark.parametrize("operation", sorted(REQUIRED))
def test_a_call_the_runtime_refuses_without_a_user_id_fails_before_any_io(operation: str) -> None:
    sent: list[httpx.Request] = []
    for client_key, admin_key in _key_settings(operation):
        client = FormationClient(url=F, client_key=client_key, admin_key=admin_key, http_client=_recording(sent))
        pattern = rf"^{operation} needs an end-user id \(X-Muxi-User-ID\): pass user_id=\.\.\. to the call or "
        with pytest.raises(ConfigurationError, match=pattern + re.escape("FormationClient(user_id=...)")):
            client.call(operation, **_placeholders(operation))
    assert sent == []


@pytest.mark.parametrize("operation", sorted(REQUIRED_WITH_CLIENT_KEY))
def test_with_the_client_key_a_user_id_is_needed_with_the_admin_key_not(operation: str) -> None:
    sent: list[httpx.Request] = []
    client = FormationClient(url=F, client_key="ck", http_client=_recording(sent))
    with pytest.raises(ConfigurationError, match=rf"^{operation} needs an end-user id .* with the client key: "):
        client.call(operation, **_placeholders(operation))
    assert sent == []
    admin = FormationClient(url=F, admin_key="ak", http_client=_recording(sent))
    if operation.startswith("stream_"):
        admin._prepare(operation, _placeholders(operation), stream=True)  # pyright: ignore[reportPrivateUsage]
    else:
        admin.call(operation, **_placeholders(operation))  # the admin key acts for every user
        assert "x-muxi-user-id" not in sent[-1].headers and "x-muxi-admin-key" in sent[-1].headers


def test_typed_methods_and_streams_refuse_early_too() -> None:
    sent: list[httpx.Request] = []
    client = FormationClient(url=F, client_key="ck", admin_key="ak", http_client=_recording(sent))
    with pytest.raises(ConfigurationError, match="get_session_messages needs an end-user id"):
        client.get_session_messages("sess_1")
    with pytest.raises(ConfigurationError, match="stream_events needs an end-user id"):
        client.stream_events()  # at creation, not at the first iteration
    with pytest.raises(ConfigurationError, match="get_artifact_content needs an end-user id"):
        next(client.iter_artifact_content("art_1"))
    assert sent == []

    async def main() -> None:
        async with AsyncFormationClient(url=F, client_key="ck") as aclient:
            with pytest.raises(ConfigurationError, match=re.escape("or AsyncFormationClient(user_id=...)")):
                await aclient.get_memories()
            with pytest.raises(ConfigurationError, match="stream_session_events needs an end-user id"):
                aclient.stream_session_events("sess_1")

    asyncio.run(main())


def test_a_user_id_given_any_way_is_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[httpx.Request] = []
    client = FormationClient(url=F, client_key="ck", http_client=_recording(sent))
    client.get_sessions(user_id="a")
    client.with_options(user_id="b").get_sessions()
    client.get_sessions(extra_headers={"x-muxi-user-id": "c"})
    FormationClient(
        url=F, client_key="ck", headers={"X-Muxi-User-ID": "d"}, http_client=_recording(sent)
    ).get_sessions()
    FormationClient(url=F, client_key="ck", user_id="e", http_client=_recording(sent)).get_sessions()
    monkeypatch.setenv("MUXI_USER_ID", "f")
    FormationClient(url=F, client_key="ck", http_client=_recording(sent)).get_sessions()
    assert [r.headers["x-muxi-user-id"] for r in sent] == ["a", "b", "c", "d", "e", "f"]


def test_the_fake_refuses_like_the_runtime_where_the_spec_marks_the_header() -> None:
    fake = FakeFormation()
    client_key = {"X-Muxi-Client-Key": fake.client_key}
    admin_key = {"X-Muxi-Admin-Key": fake.admin_key}
    covered: set[str] = set()
    for pattern, method, operation, _ in _ROUTES:
        marker = FORMATION[operation].get("user_id")
        if marker is None:
            continue
        path = "/v1" + re.sub(r"\(\?P<\w+>[^)]*\)", "x", pattern.pattern)
        schemes = {scheme for alternative in FORMATION[operation]["security"] for scheme in alternative}
        for headers in [h for h, scheme in ((client_key, "clientKey"), (admin_key, "adminKey")) if scheme in schemes]:
            answer = fake.handle(httpx.Request(method, f"http://f{path}", headers=headers, json={}))
            refused = marker == "required" or headers is client_key
            message = "X-Muxi-User-ID header is required" + (
                " when using client API key" if marker == "required-with-client-key" else ""
            )
            if refused:
                assert (answer.status_code, answer.json()["error"]["message"]) == (400, message), operation
            else:
                assert answer.status_code != 400, operation
        covered.add(operation)
    assert {"get_sessions", "get_session", "get_session_messages", "get_memories", "get_scheduler_jobs"} <= covered
    # Scheduler job writes act for user "0" without the header, as in the runtime.
    job = fake.handle(
        httpx.Request("POST", "http://f/v1/scheduler/jobs", headers=admin_key,
                      json={"type": "recurring", "schedule": "0 9 * * 1", "message": "hi"})
    )  # fmt: skip
    assert job.status_code == 201 and job.json()["data"]["user_id"] == "0"


def test_a_formation_client_without_user_id_gets_a_configuration_error_not_a_400() -> None:
    """The same call against the fake on loopback: refused locally, nothing reaches the server."""
    fake = FakeFormation()
    with fake.serve() as url, FormationClient(url=url, client_key=fake.client_key) as client:
        session = client.chat("hi").session_id  # chat acts for user "0" without a user id
        assert session is not None
        with pytest.raises(ConfigurationError, match="user_id="):
            client.get_session_messages(session)
        assert client.get_session_messages(session, user_id="0").count == 2
    assert len(fake.requests) == 2
    with pytest.raises(ValidationError, match="X-Muxi-User-ID header is required"):
        # what the runtime (and the fake) answer to a client that sends the request anyway
        raise muxi.errors.error_from_response(
            fake.handle(httpx.Request("GET", f"http://f/v1/sessions/{session}/messages", headers={
                "X-Muxi-Client-Key": fake.client_key}))
        )  # fmt: skip


# ---------------------------------------------------------------------------------------- pools


def _run_dev(script: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run ``script`` under ``python -X dev -W error::ResourceWarning`` (asyncio debug mode included)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT / "generated")])}
    env.pop("MUXI_USER_ID", None)
    return subprocess.run(
        [sys.executable, "-X", "dev", "-W", "error::ResourceWarning", "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )


def _assert_quiet(done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode == 0, done.stderr
    assert "done" in done.stdout, done.stdout + done.stderr
    for noise in ("ResourceWarning", "Exception ignored", "unclosed", "Event loop is closed"):
        assert noise not in done.stderr, done.stderr


DROPPED_CLIENTS = """
    import asyncio, gc
    import muxi
    from muxi import AsyncFormation, AsyncFormationClient, AsyncServerClient, Formation, FormationClient, ServerClient
    from muxi.testing import FakeFormation, FakeServer

    fake, server = FakeFormation(), FakeServer()
    keys = dict(client_key=fake.client_key, admin_key=fake.admin_key)
    with fake.serve() as url, server.serve() as server_url:
        # blocking: a client, a copy, the quick-start alias, a stream started by a temporary client
        client = FormationClient(url=url, user_id="u", **keys)
        client.health()
        copy = client.with_options(timeout=5)
        copy.chat("hi")
        del client, copy
        formation = Formation(url=url, client_key=fake.client_key)
        session = formation.create_session()
        formation.chat("Hello!", session_id=session.id)
        assert formation.get_session(session.id).messages
        for chunk in formation.chat_stream("Tell me a story"):
            pass
        formation = None
        events = [e for e in FormationClient(url=url, user_id="u", **keys).chat_stream("a b c") if gc.collect() >= 0]
        assert events[-1].type == "done", events
        ServerClient(url=server_url, key_id=server.key_id, secret_key=server.secret_key).list_formations()
        gc.collect()

        # async: dropped inside the loop (seed style), and a stream of a temporary client
        async def main():
            formation = AsyncFormation(url=url, client_key=fake.client_key)
            await formation.chat("Hello!")
            async for chunk in formation.chat_stream("Story"):
                pass
            async for event in AsyncFormationClient(url=url, user_id="u", **keys).chat_stream("x y"):
                gc.collect()
            server_client = AsyncServerClient(url=server_url, key_id=server.key_id, secret_key=server.secret_key)
            await server_client.list_formations()

        asyncio.run(main())
        # async: used on one loop, then on a second one, then dropped after both have finished
        kept = AsyncFormationClient(url=url, user_id="u", **keys)
        asyncio.run(kept.health())
        asyncio.run(kept.chat("again"))
        gc.collect()
        # never closed at all: released when the interpreter exits, after its loop has finished
        module_level = AsyncFormationClient(url=url, user_id="u", **keys)
        asyncio.run(module_level.health())
        blocking = FormationClient(url=url, user_id="u", **keys)
        blocking.health()
    print("done")
"""


def test_clients_dropped_without_close_leave_no_resource_warning() -> None:
    _assert_quiet(_run_dev(DROPPED_CLIENTS))


def test_with_options_copies_share_the_pool_until_the_last_is_gone() -> None:
    fake = FakeFormation()
    with fake.serve() as url:
        client = FormationClient(url=url, client_key=fake.client_key)
        copy = client.with_options(timeout=5)
        client.health()
        http = client._http()  # pyright: ignore[reportPrivateUsage]
        assert copy._http() is http  # pyright: ignore[reportPrivateUsage]
        del client
        gc.collect()
        assert not http.is_closed
        assert copy.health().status == "healthy"  # the copy still works on the shared pool
        del copy
        gc.collect()
        assert http.is_closed


def test_an_async_pool_is_released_when_its_clients_are_gone() -> None:
    fake = FakeFormation()

    async def main(url: str) -> httpx.AsyncClient:
        client = AsyncFormationClient(url=url, client_key=fake.client_key)
        copy = client.with_options(max_retries=0)
        await copy.health()
        http = client._http()  # pyright: ignore[reportPrivateUsage]
        del client, copy
        gc.collect()
        await asyncio.sleep(0)  # the loop runs the transports' close callbacks
        return http

    with fake.serve() as url:
        http = asyncio.run(main(url))
    from muxi._core.pool import socket_transports as _socket_transports

    transports = _socket_transports(http)
    assert transports and all(t.is_closing() for t in transports)


def test_the_users_http_client_is_never_closed() -> None:
    fake = FakeFormation()
    mine = httpx.Client(transport=fake.transport())
    client = FormationClient(url=F, client_key=fake.client_key, http_client=mine)
    client.get_triggers()
    client.with_options(timeout=1).get_triggers()
    del client
    gc.collect()
    assert not mine.is_closed
    FormationClient(url=F, client_key=fake.client_key, http_client=mine).close()
    assert not mine.is_closed
    mine.close()


def test_a_stream_outlives_the_client_that_started_it() -> None:
    fake = FakeFormation()
    with fake.serve() as url:
        events: list[str] = []
        for event in FormationClient(url=url, client_key=fake.client_key).chat_stream("one two three four"):
            gc.collect()  # the client is garbage now; its pool must stay open for the stream
            events.append(event.type)
    assert events[-2:] == ["completed", "done"]


def test_concurrent_first_calls_create_one_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    created: list[httpx.Client] = []

    class SlowToCreate(httpx.Client):
        def __init__(self, **kwargs: Any) -> None:
            time.sleep(0.05)  # widen the window in which other threads see no pool yet
            super().__init__(**kwargs)
            created.append(self)

    monkeypatch.setattr(FormationClient, "_http_client_type", SlowToCreate)
    fake = FakeFormation()
    threads = 8
    barrier = threading.Barrier(threads)
    used: list[httpx.Client] = []
    errors: list[BaseException] = []
    with fake.serve() as url:
        client = FormationClient(url=url, client_key=fake.client_key)

        def first_call() -> None:
            try:
                barrier.wait(5)
                client.health()
                used.append(client._http())  # pyright: ignore[reportPrivateUsage]
            except BaseException as exc:  # reported below
                errors.append(exc)

        workers = [threading.Thread(target=first_call) for _ in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(30)
        client.close()
    assert errors == []
    assert len(created) == 1 and {id(h) for h in used} == {id(created[0])}
    assert created[0].is_closed


# ---------------------------------------------------------------------------------------- event loops


def test_an_async_client_works_on_a_second_event_loop() -> None:
    fake = FakeFormation()

    async def chat(client: AsyncFormationClient, text: str) -> str:
        async with client.chat_stream(text) as stream:
            async for _ in stream:
                pass
        return stream.text

    with fake.serve() as url:
        client = AsyncFormationClient(url=url, client_key=fake.client_key, user_id="u")
        assert asyncio.run(client.health()).status == "healthy"
        first = client._pool.client  # pyright: ignore[reportPrivateUsage]
        assert asyncio.run(client.health()).status == "healthy"  # no "Event loop is closed"
        assert client._pool.client is not first  # pyright: ignore[reportPrivateUsage]
        assert asyncio.run(chat(client, "second loop")) == "echo: second loop"
        assert asyncio.run(client.get_sessions()).count == 1
        asyncio.run(client.aclose())
        with pytest.raises(ConfigurationError, match="is closed"):
            asyncio.run(client.health())


def test_aclose_on_another_loop_closes_without_error() -> None:
    fake = FakeFormation()
    with fake.serve() as url:
        client = AsyncFormationClient(url=url, client_key=fake.client_key)
        asyncio.run(client.health())
        http = client._pool.client  # pyright: ignore[reportPrivateUsage]
        asyncio.run(client.aclose())  # the pool's loop has finished: its sockets are closed directly
    assert http is not None
    from muxi._core.pool import socket_transports as _socket_transports

    transports = _socket_transports(http)
    assert transports and all(t.is_closing() for t in transports)


def test_a_second_loop_is_verified_without_warnings() -> None:
    script = """
        import asyncio, gc
        from muxi import AsyncFormationClient
        from muxi.testing import FakeFormation
        fake = FakeFormation()
        with fake.serve() as url:
            client = AsyncFormationClient(url=url, client_key=fake.client_key, user_id="u")
            for text in ("one", "two", "three"):
                assert asyncio.run(client.chat(text)).text == "echo: " + text
            asyncio.run(client.aclose())
            other = AsyncFormationClient(url=url, client_key=fake.client_key, user_id="u")
            asyncio.run(other.health())
            asyncio.run(other.aclose())  # from a loop that did not open its connections
        gc.collect()
        print("done")
    """
    _assert_quiet(_run_dev(script))


@pytest.fixture
def loop_in_thread() -> Iterator[asyncio.AbstractEventLoop]:
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    yield loop
    loop.call_soon_threadsafe(loop.stop)
    thread.join(10)
    loop.close()


def test_a_pool_busy_on_another_running_loop_is_refused_clearly(loop_in_thread: asyncio.AbstractEventLoop) -> None:
    fake = FakeFormation()
    with fake.serve() as url:
        client = AsyncFormationClient(url=url, client_key=fake.client_key)
        asyncio.run_coroutine_threadsafe(client.health(), loop_in_thread).result(30)
        with pytest.raises(ConfigurationError, match="in use on another running event loop"):
            asyncio.run(client.health())
        asyncio.run_coroutine_threadsafe(client.aclose(), loop_in_thread).result(30)


def test_the_users_async_client_from_a_finished_loop_is_refused_clearly() -> None:
    from muxi._core.pool import abandon as _abandon

    fake = FakeFormation()
    with fake.serve() as url:
        mine = httpx.AsyncClient()
        client = AsyncFormationClient(url=url, client_key=fake.client_key, async_http_client=mine)
        asyncio.run(client.health())
        with pytest.raises(ConfigurationError, match=r"async_http_client .* finished event loop"):
            asyncio.run(client.health())
        _abandon(mine, None)  # the test's own cleanup of the user's client
        assert not mine.is_closed  # the SDK never closes it


README_BLOCKS = """
    import re, sys, gc
    from muxi.testing import FakeFormation, FakeServer

    fake, server = FakeFormation(triggers={"github-issue": "Issue ${{ data.issue }}"}), FakeServer()
    with open(sys.argv[1], encoding="utf-8") as readme:
        text = readme.read()
    blocks = re.findall(r"```python\\n(.*?)```", text, re.S)
    assert blocks
    with fake.serve() as url, server.serve() as server_url:
        for index, code in enumerate(blocks, 1):
            code = code.replace('"http://localhost:8001"', repr(url))
            code = code.replace('"http://localhost:7890"', repr(server_url))
            code = re.sub(r'client_key="[^"]*"', f"client_key={fake.client_key!r}", code)
            code = re.sub(r'admin_key="[^"]*"', f"admin_key={fake.admin_key!r}", code)
            code = re.sub(r'key_id="[^"]*"', f"key_id={server.key_id!r}", code)
            code = re.sub(r'secret_key="[^"]*"', f"secret_key={server.secret_key!r}", code)
            code = code.replace('"./my-formation"', repr(sys.argv[2]))
            exec(compile(code, f"README.md python block {index}", "exec"), {"__name__": "__readme__"})
            gc.collect()
    print("done")
"""


def test_the_readme_python_blocks_run_quietly_against_the_fakes(tmp_path: Path) -> None:
    (tmp_path / "my-formation").mkdir()
    (tmp_path / "my-formation" / "formation.afs").write_text('id: my-formation\nversion: "1.0.0"\n')
    script = tmp_path / "readme_blocks.py"
    script.write_text(textwrap.dedent(README_BLOCKS))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT / "generated")])}
    done = subprocess.run(
        [sys.executable, "-X", "dev", "-W", "error::ResourceWarning", str(script), str(ROOT / "README.md"),
         str(tmp_path / "my-formation")],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )  # fmt: skip
    _assert_quiet(done)


def test_a_closed_client_refuses_calls_even_when_the_user_owns_the_httpx_client(anyio_backend: str) -> None:
    """``close()`` closes the SDK client whoever owns the connections; the user's httpx client stays open."""
    import anyio
    import httpx

    from muxi import FormationClient
    from muxi.testing import FakeFormation

    fake = FakeFormation()
    own = httpx.Client(transport=fake.transport())
    client = FormationClient(url="http://formation.test", admin_key=fake.admin_key, http_client=own)
    copy = client.with_options(user_id="alice")
    assert client.get_agents().agents
    client.close()
    for closed in (client, copy):
        with pytest.raises(ConfigurationError, match=r"this FormationClient is closed"):
            closed.get_agents()
        with pytest.raises(ConfigurationError, match=r"is closed"):
            closed.with_raw_response.get_agents()
    assert not own.is_closed  # never closed by the SDK
    own.close()

    async def main() -> None:
        async with fake.async_client() as formation:
            assert (await formation.get_agents()).agents
        with pytest.raises(ConfigurationError, match=r"this AsyncFormationClient is closed"):
            await formation.get_agents()

    anyio.run(main, backend=anyio_backend)
    assert len(fake.requests) == 2
