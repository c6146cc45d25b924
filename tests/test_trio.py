"""Async clients run under trio as under asyncio: retries, streams, cancellation and the pool.

Every test runs on both backends (``anyio_backend`` in conftest.py, anyio's pytest plugin). The
SDK picks the running library the way httpcore does (sniffio): the retry wait sleeps on it, the
pool remembers which run its connections belong to (an asyncio loop or a trio run), and sockets
of a finished run are closed without it.
"""

from __future__ import annotations

import gc
import warnings
from collections.abc import Iterator
from typing import Any

import anyio
import httpx
import pytest

from muxi import AsyncFormationClient, AsyncServerClient, LogTailEvent, StreamError
from muxi._core.pool import socket_transports, trio_sockets
from muxi.testing import FakeFormation, FakeServer

F = "http://formation.test"
AGENTS = {"success": True, "request": {"id": "req_1"}, "data": {"agents": [{"id": "a", "name": "A"}], "count": 1}}


@pytest.fixture
def served() -> Iterator[tuple[FakeFormation, str]]:
    fake = FakeFormation()
    with fake.serve() as url:
        yield fake, url


def _client(fake: FakeFormation, url: str) -> AsyncFormationClient:
    return AsyncFormationClient(url=url, client_key=fake.client_key, admin_key=fake.admin_key, user_id="alice")


@pytest.mark.anyio
async def test_a_retry_waits_on_the_running_library() -> None:
    answers = [httpx.Response(503, headers={"Retry-After": "0"}), httpx.Response(200, json=AGENTS)]
    http = httpx.AsyncClient(transport=httpx.MockTransport(lambda request: answers.pop(0)))
    async with AsyncFormationClient(url=F, admin_key="ak", async_http_client=http) as client:
        agents = await client.get_agents()
    assert [agent.id for agent in agents] == ["a"] and answers == []


@pytest.mark.anyio
async def test_chat_and_streams_over_a_real_socket(served: tuple[FakeFormation, str]) -> None:
    fake, url = served
    fake.reply_with("one", "two", "three")
    async with _client(fake, url) as client:
        assert (await client.chat("hi")).text == "one"
        kinds = [event.type async for event in client.chat_stream("hi")]
        final = await client.chat_stream("again").final_response()
        completion = await client.create_completion("last")
    assert kinds[-1] == "done" and "text" in kinds
    assert final.text == "three" and completion.choices[0].message.content == "echo: last"


@pytest.mark.anyio
async def test_cancelling_a_stream_read_closes_it_and_the_client_goes_on() -> None:
    server = FakeServer(key_id="MUXI_k", secret_key="sk_s")
    server.add_formation("support")
    server.log_lines.append("first line")
    with server.serve() as url:
        async with AsyncServerClient(url=url, key_id="MUXI_k", secret_key="sk_s") as client:
            stream = await client.stream_formation_logs("support")
            seen: list[LogTailEvent] = []
            with anyio.CancelScope() as scope:
                async for event in stream:  # the server holds the stream open after its lines
                    seen.append(event)
                    if event.event == "log":
                        scope.cancel()  # the next read is cancelled
            assert scope.cancelled_caught and stream.closed
            with pytest.raises(StreamError):
                _ = [event async for event in stream]
            status = await client.status()  # the pool is usable after the cancelled read
    assert [event.event for event in seen][-1] == "log" and status is not None


@pytest.mark.anyio
async def test_an_unread_stream_dropped_is_closed_on_the_running_library(served: tuple[FakeFormation, str]) -> None:
    fake, url = served
    async with _client(fake, url) as client:
        stream = await client.chat_stream("hi")
        response = stream.response
        assert response is not None and not response.is_closed
        del stream
        gc.collect()
        for _ in range(20):  # the close task runs on the loop (or trio run) within a few steps
            if response.is_closed:
                break
            await anyio.sleep(0)
        assert response.is_closed


def _sockets_closed(http: httpx.AsyncClient) -> bool:
    """Whether every socket under ``http``'s pooled connections is closed (asyncio or trio)."""
    transports, sockets = socket_transports(http), trio_sockets(http)
    assert transports or sockets  # the pool held a connection
    return all(t.is_closing() for t in transports) and all(s.fileno() == -1 for s in sockets)


def _use_once(backend: str, client: AsyncFormationClient) -> str:
    async def main() -> str:
        return (await client.chat("hi")).text

    result: str = anyio.run(main, backend=backend)
    return result


def test_one_client_in_successive_runs(anyio_backend: str, served: tuple[FakeFormation, str]) -> None:
    fake, url = served
    client = _client(fake, url)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert _use_once(anyio_backend, client) == "echo: hi"
        first = client._pool.client  # pyright: ignore[reportPrivateUsage]
        assert _use_once(anyio_backend, client) == "echo: hi"  # a new run: the pool is rebound
        assert first is not None and client._pool.client is not first  # pyright: ignore[reportPrivateUsage]
        assert _sockets_closed(first)  # the first run's sockets, closed without that run

        anyio.run(client.aclose, backend=anyio_backend)
        del first, client
        gc.collect()
    assert not [w for w in caught if issubclass(w.category, ResourceWarning)]


def test_a_client_dropped_after_its_run_closes_its_sockets(
    anyio_backend: str, served: tuple[FakeFormation, str]
) -> None:
    fake, url = served
    holder: dict[str, Any] = {"client": _client(fake, url)}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert _use_once(anyio_backend, holder["client"]) == "echo: hi"
        http = holder["client"]._pool.client
        del holder["client"]
        gc.collect()  # the pool's finalizer closes the sockets without the finished run
        assert _sockets_closed(http)
    assert not [w for w in caught if issubclass(w.category, ResourceWarning)]
