"""Streams over a real loopback connection: closing early, and a server that dies mid-event.

The server is a plain socket on 127.0.0.1 that answers one chunked ``text/event-stream``
response per connection; every loop is bounded in count and time.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from pools import connection_pool

from muxi import AsyncFormationClient, ConnectionError, FormationClient


def _chunk(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


def _frame(i: int) -> bytes:
    token = {"type": "content", "content": f"t{i} ", "session_id": "s", "request_id": "r"}
    return f"data: {json.dumps({'token': token})}\n\n".encode()


@dataclass
class SSEServer:
    """Serves one of two behaviours: ``slow`` (a frame every 20 ms, up to 500) or ``cut``."""

    mode: str
    port: int = 0
    frames_sent: int = 0
    disconnected: threading.Event = field(default_factory=threading.Event)

    def serve(self, listener: socket.socket) -> None:
        listener.settimeout(10)
        try:
            conn, _ = listener.accept()
        except OSError:
            return
        with conn:
            conn.settimeout(5)
            request = b""
            while b"\r\n\r\n" not in request:
                request += conn.recv(65536)
            head = request.split(b"\r\n\r\n", 1)[0]
            length = next(
                (
                    int(line.split(b":")[1])
                    for line in head.split(b"\r\n")
                    if line.lower().startswith(b"content-length")
                ),
                0,
            )
            body = request.split(b"\r\n\r\n", 1)[1]
            while len(body) < length:
                body += conn.recv(65536)
            conn.sendall(
                b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream; charset=utf-8\r\n"
                b"transfer-encoding: chunked\r\n\r\n"
            )
            if self.mode == "cut":
                conn.sendall(_chunk(_frame(0)) + _chunk(b'data: {"token": {"type": "content", "cont'))
                conn.shutdown(socket.SHUT_RDWR)  # dies mid-event, no terminating chunk
                return
            try:
                for i in range(500):  # bounded: at most 10 s
                    conn.sendall(_chunk(_frame(i)))
                    self.frames_sent = i + 1
                    time.sleep(0.02)
            except OSError:
                self.disconnected.set()  # the client closed the connection
                return
            conn.sendall(b"0\r\n\r\n")


@pytest.fixture
def server(request: pytest.FixtureRequest) -> Iterator[SSEServer]:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    state = SSEServer(mode=request.param, port=listener.getsockname()[1])
    thread = threading.Thread(target=state.serve, args=(listener,), daemon=True)
    thread.start()
    yield state
    listener.close()
    thread.join(timeout=15)
    assert not thread.is_alive()


@pytest.mark.parametrize("server", ["slow"], indirect=True)
def test_close_drops_the_connection_at_once(server: SSEServer) -> None:
    with FormationClient(url=f"http://127.0.0.1:{server.port}", client_key="ck") as client:
        stream = client.chat_stream("hi")
        first = next(iter(stream))
        assert (first.type, first.text) == ("text", "t0 ")
        stream.close()
        assert stream.closed
        assert server.disconnected.wait(5), "the server never saw the client go away"
        assert server.frames_sent < 500
        pool = connection_pool(client._http())  # pyright: ignore[reportPrivateUsage]
        assert all(not c.is_available() for c in pool.connections)  # nothing half-read returned to the pool


@pytest.mark.parametrize("server", ["slow"], indirect=True)
def test_async_close_drops_the_connection(server: SSEServer) -> None:
    async def main() -> str | None:
        async with AsyncFormationClient(url=f"http://127.0.0.1:{server.port}", client_key="ck") as client:
            stream = await client.chat_stream("hi")
            text = None
            async for event in stream:
                text = event.text
                break
            await stream.aclose()
            return text

    assert asyncio.run(main()) == "t0 "
    assert server.disconnected.wait(5)


@pytest.mark.parametrize("server", ["cut"], indirect=True)
def test_server_dying_mid_event_is_a_connection_error(server: SSEServer) -> None:
    received: list[str] = []

    def read_all() -> None:
        with FormationClient(url=f"http://127.0.0.1:{server.port}", client_key="ck") as client:
            received.extend(event.text for event in client.chat_stream("hi"))

    with pytest.raises(ConnectionError, match="the event stream was interrupted"):
        read_all()
    assert received == ["t0 "]  # the complete event arrived; the half-sent one never does
