"""Serve an ``httpx.Request -> httpx.Response`` handler on a 127.0.0.1 port (for the fakes in ``muxi.testing``).

The fakes answer in-process through ``httpx.MockTransport``; this module puts the same handler
behind a real socket, so code that builds its own client (or another process) can reach it.
Event-stream responses are sent without ``Content-Length`` and close the connection at the end,
as the real servers do; a response flagged with :data:`HOLD_OPEN` keeps the connection open with
SSE comments until the client goes away (bounded to a few seconds), like a ``follow`` log tail.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Generator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import httpx

HOLD_OPEN = "muxi.testing.hold_open"
"""Key of ``httpx.Response.extensions``: after the body, keep the stream open with idle comments."""

_SKIPPED = {"content-length", "transfer-encoding", "connection"}


@contextmanager
def serve(handle: Callable[[httpx.Request], httpx.Response], base_url: str) -> Generator[str, None, None]:
    """Serve ``handle`` on a loopback port until the block ends; yields ``http://127.0.0.1:<port>``.

    Requests reach ``handle`` with ``base_url`` as their origin, so the handler sees the same URLs
    in-process and over the socket.
    """

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
            pass

        def forward(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            headers = [(k, v) for k, v in self.headers.items() if k.lower() != "host"]
            request = httpx.Request(self.command, f"{base_url}{self.path}", headers=headers, content=body)
            response = handle(request)
            payload = response.read()
            streaming = response.headers.get("content-type", "").startswith("text/event-stream")
            self.send_response(response.status_code)
            for name, value in response.headers.multi_items():
                if name.lower() not in _SKIPPED:
                    self.send_header(name, value)
            if streaming:
                self.send_header("Connection", "close")
                self.close_connection = True
            else:
                self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            if self.command == "HEAD":  # headers only
                return
            try:
                self.wfile.write(payload)
                self.wfile.flush()
                if streaming and response.extensions.get(HOLD_OPEN):
                    for _ in range(100):  # at most 5 s, until the client disconnects
                        time.sleep(0.05)
                        self.wfile.write(b": idle\n\n")
                        self.wfile.flush()
            except OSError:  # the client went away: that ends a held-open stream
                pass

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = do_HEAD = forward

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


class LoopbackFake:
    """What both fakes share: their :meth:`handle` as an httpx transport, or served on a loopback port."""

    _base_url: ClassVar[str]  # the URL of the fake's in-process clients

    def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one request as the real server would."""
        raise NotImplementedError

    def transport(self) -> httpx.MockTransport:
        """An httpx transport that routes requests to this fake, for sync and async clients."""
        return httpx.MockTransport(self.handle)

    @contextmanager
    def serve(self) -> Generator[str, None, None]:
        """Serve the fake on a loopback port: ``with fake.serve() as url:`` gives a client its ``url``."""
        with serve(self.handle, self._base_url) as url:
            yield url
