"""A loopback HTTP server that misbehaves on cue, for the fault tests.

Each request takes the next scripted behaviour (the last one repeats) and is recorded with its
headers, so a test can count attempts and compare idempotency keys. Behaviours write raw bytes
to the socket, so they can also reset connections, stall, or cut a response in the middle.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Behaviour = Callable[["FaultHandler"], None]


@dataclass
class Attempt:
    method: str
    path: str
    headers: dict[str, str]


@dataclass
class Script:
    behaviours: list[Behaviour] = field(default_factory=list[Behaviour])
    attempts: list[Attempt] = field(default_factory=list[Attempt])
    lock: threading.Lock = field(default_factory=threading.Lock)

    def next(self) -> Behaviour:
        with self.lock:
            index = min(len(self.attempts) - 1, len(self.behaviours) - 1)
            return self.behaviours[index]


class FaultHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    script: Script

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        with self.script.lock:
            self.script.attempts.append(Attempt(self.command, self.path, dict(self.headers)))
        self.script.next()(self)

    do_GET = do_POST = do_PUT = do_DELETE = _handle

    def raw(self, data: bytes) -> None:
        self.wfile.write(data)
        self.wfile.flush()


def envelope(data: Any, success: bool = True, error: Any = None) -> bytes:
    body = {
        "object": "x", "timestamp": 1, "type": "x", "request": {"id": "req_fault", "idempotency_key": None},
        "success": success, "error": error, "data": data,
    }  # fmt: skip
    return json.dumps(body).encode()


def respond(status: int, body: bytes = b"{}", headers: dict[str, str] | None = None) -> Behaviour:
    def behave(h: FaultHandler) -> None:
        h.send_response(status)
        for name, value in {"Content-Type": "application/json", **(headers or {})}.items():
            h.send_header(name, value)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.raw(body)

    return behave


def reset_before_response() -> Behaviour:
    """Close the connection with an RST before any response byte."""

    def behave(h: FaultHandler) -> None:
        h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        h.connection.close()
        h.close_connection = True

    return behave


def cut_after_headers(body: bytes = b'{"partial":') -> Behaviour:
    """Promise a longer body than is sent, then close: the response dies after it started."""

    def behave(h: FaultHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(len(body) + 100))
        h.end_headers()
        h.raw(body)
        h.connection.shutdown(socket.SHUT_RDWR)
        h.close_connection = True

    return behave


def stall(seconds: float) -> Behaviour:
    """Accept the request and say nothing for ``seconds`` (then give up)."""

    def behave(h: FaultHandler) -> None:
        time.sleep(seconds)
        h.close_connection = True

    return behave


def sse(chunks: list[bytes], *, cut: bool = False) -> Behaviour:
    """A chunked event stream; ``cut`` drops the connection without the terminating chunk."""

    def behave(h: FaultHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/event-stream")
        h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()
        for chunk in chunks:
            h.raw(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
        if cut:
            h.connection.shutdown(socket.SHUT_RDWR)
            h.close_connection = True
        else:
            h.raw(b"0\r\n\r\n")

    return behave


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # the behaviours break connections on purpose


class FaultServer:
    """``with FaultServer(behaviour, ...) as server:`` serves on 127.0.0.1 (``server.url``)."""

    def __init__(self, *behaviours: Behaviour, host: str = "127.0.0.1") -> None:
        self.script = Script(list(behaviours))
        handler = type("Handler", (FaultHandler,), {"script": self.script})
        self._httpd = _QuietServer((host, 0), handler)
        self.url = f"http://{host}:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def attempts(self) -> list[Attempt]:
        return self.script.attempts

    def __enter__(self) -> FaultServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=10)


def closed_port() -> int:
    """A loopback port with nothing listening (connection refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
