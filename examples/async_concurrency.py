"""Async concurrency: many streamed conversations at once over one connection pool.

python examples/async_concurrency.py [N]
"""

from __future__ import annotations

import asyncio
import sys
import time

from _connect import async_formation, formation_url

from muxi import AsyncFormationClient


async def converse(client: AsyncFormationClient, user: str) -> tuple[str, int, str]:
    chunks = 0
    async with client.chat_stream(f"Hello from {user}", user_id=user) as stream:
        async for event in stream:
            chunks += event.type == "text"
    return user, chunks, stream.text


async def main(count: int) -> None:
    started = time.perf_counter()
    async with async_formation() as client:
        results = await asyncio.gather(*(converse(client, f"user-{i}") for i in range(count)))
    elapsed = time.perf_counter() - started
    for user, chunks, text in results[:3]:
        print(f"{user}: {chunks} deltas -> {text!r}")
    print(f"{len(results)} concurrent streams in {elapsed:.2f} s")


if __name__ == "__main__":
    # The e2e runtime mixes up answers of concurrent chats, so against a real formation keep it small.
    default = 3 if formation_url() else 50
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else default))
