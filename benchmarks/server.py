"""An instant loopback formation for the benchmarks (run in its own process).

``python benchmarks/server.py PORT EVENTS GAP``. Keep-alive HTTP/1.1 with asyncio streams; it
answers ``GET /v1/agents`` with a fixed envelope, and ``POST /v1/chat`` with an SSE stream of
EVENTS chat token frames and a ``done`` frame (GAP seconds apart; 0 for as fast as possible).
"""

from __future__ import annotations

import asyncio
import json
import sys
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


def frame(i: int) -> bytes:
    token = {"request_id": "req_bench", "user_id": "0", "session_id": "sess_bench", "type": "content",
             "content": f"word{i} ", "timestamp": 1795379751.9377887, "stage": "response_generation"}  # fmt: skip
    data = b"data: " + json.dumps({"token": token}).encode() + b"\n\n"
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


DONE = b'event: done\ndata: {"finished": true}\n\n'
EVENTS, GAP = 1000, 0.0


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
            count, gap = EVENTS, GAP
            writer.write(b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream; charset=utf-8\r\n"
                         b"transfer-encoding: chunked\r\n\r\n")  # fmt: skip
            batch = []
            for i in range(count):
                batch.append(frame(i))
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
    server = await asyncio.start_server(handle, "127.0.0.1", port, backlog=2048)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    EVENTS, GAP = int(sys.argv[2]), float(sys.argv[3])
    asyncio.run(main(int(sys.argv[1])))
