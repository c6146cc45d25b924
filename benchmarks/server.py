"""An instant loopback formation for the benchmarks (run in its own process).

``python benchmarks/server.py PORT EVENTS GAP [BARRIER]``. Keep-alive HTTP/1.1 with asyncio streams; it
answers ``GET /v1/agents`` with a fixed envelope, and ``POST /v1/chat`` with an SSE stream of
EVENTS chat token frames and a ``done`` frame (GAP seconds apart; 0 for as fast as possible).
When GAP is set, each token carries ``sent_at``: the server's :func:`time.monotonic` when the
frame was written (the same clock in every process of the machine), so a client can measure the
delivery latency of each event (arrival - ``sent_at``). With BARRIER, a chat stream sends its
headers at once but holds its first frame until BARRIER streams are open (or none has arrived
for a second), so that many concurrent streams really are open at the same time, whatever the
speed of the client that opens them.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from urllib.parse import urlsplit

AGENTS = json.dumps(
    {
        "object": "agent_list",
        "timestamp": 1795379748518,
        "type": "agent.list",
        "request": {"id": "req_bench", "idempotency_key": None},
        "success": True,
        "error": None,
        "data": {
            "agents": [
                {
                    "schema": "1.0.0",
                    "id": f"agent-{i}",
                    "name": f"Agent {i}",
                    "description": "A benchmark agent",
                    "system_message": "You help.",
                    "source": "formation",
                }
                for i in range(5)
            ],
            "count": 5,
        },
    }
).encode()


def frame(i: int, stamped: bool = False) -> bytes:
    token = {"request_id": "req_bench", "user_id": "0", "session_id": "sess_bench", "type": "content",
             "content": f"word{i} ", "timestamp": 1795379751.9377887, "stage": "response_generation"}  # fmt: skip
    if stamped:
        token["sent_at"] = time.monotonic()
    data = b"data: " + json.dumps({"token": token}).encode() + b"\n\n"
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


DONE = b'event: done\ndata: {"finished": true}\n\n'


class Settings:
    """The command line: frames per chat stream, seconds between them, streams the gate waits for."""

    events, gap, barrier = 1000, 0.0, 0


class Gate:
    """Holds chat streams until BARRIER of them are open, or none has arrived for a second."""

    def __init__(self) -> None:
        self.waiting = 0
        self.released = asyncio.Event()
        self.last = 0.0

    def release(self) -> None:
        self.released.set()
        self.released, self.waiting = asyncio.Event(), 0

    async def wait(self) -> None:
        loop = asyncio.get_running_loop()
        released = self.released
        self.waiting += 1
        self.last = loop.time()
        if self.waiting >= Settings.barrier:
            self.release()
        while not released.is_set():
            try:
                await asyncio.wait_for(released.wait(), 0.25)
            except asyncio.TimeoutError:
                if released is self.released and loop.time() - self.last > 1.0:
                    self.release()


gate: Gate | None = None  # made in main(): an asyncio.Event belongs to the running loop


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            _, target, _ = lines[0].split(" ", 2)
            headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
            if int(headers.get("content-length", "0")):
                await reader.readexactly(int(headers["content-length"]))
            parts = urlsplit(target)
            if parts.path == "/v1/agents":
                writer.write(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
                             + str(len(AGENTS)).encode() + b"\r\n\r\n" + AGENTS)  # fmt: skip
                await writer.drain()
                continue
            count, gap = Settings.events, Settings.gap
            writer.write(b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream; charset=utf-8\r\n"
                         b"transfer-encoding: chunked\r\n\r\n")  # fmt: skip
            if gate is not None:
                await writer.drain()
                await gate.wait()
            batch: list[bytes] = []
            for i in range(count):
                batch.append(frame(i, stamped=bool(gap)))
                if gap:
                    writer.write(b"".join(batch))
                    batch.clear()
                    await writer.drain()
                    await asyncio.sleep(gap)
                elif len(batch) >= 64:
                    writer.write(b"".join(batch))
                    batch.clear()
                    await writer.drain()
            writer.write(b"".join(batch) + f"{len(DONE):x}\r\n".encode() + DONE + b"\r\n0\r\n\r\n")
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def main(port: int) -> None:
    global gate
    gate = Gate() if Settings.barrier else None
    server = await asyncio.start_server(handle, "127.0.0.1", port, backlog=2048)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    Settings.events, Settings.gap = int(sys.argv[2]), float(sys.argv[3])
    Settings.barrier = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    asyncio.run(main(int(sys.argv[1])))
