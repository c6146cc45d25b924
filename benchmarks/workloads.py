"""One benchmark workload in a fresh process: ``python workloads.py VARIANT WORKLOAD BASE_URL``.

VARIANT is ``raw`` (plain httpx doing the same work), ``muxi`` (this SDK) or ``official`` (the
``muxi`` package from PyPI, run from its own virtualenv). WORKLOAD is ``request`` (client CPU per
GET with a typed parse), ``stream`` (client CPU per streamed chat event) or ``memory`` (peak
Python memory of 1,000 concurrent async chat streams). Prints one JSON object.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
import tracemalloc
from typing import Any

REQUESTS = 3000
CONCURRENT_STREAMS = 1000
ADMIN = {"X-Muxi-Admin-Key": "ak"}
CLIENT = {"X-Muxi-Client-Key": "ck"}


def best_cpu(run: Any, repeats: int = 3) -> tuple[float, int]:
    """The lowest process CPU time of ``repeats`` runs of ``run()`` (after one warm-up) and its count."""
    run()
    best, count = float("inf"), 0
    for _ in range(repeats):
        start = time.process_time()
        count = run()
        best = min(best, time.process_time() - start)
    return best, count


def request(variant: str, base: str) -> dict[str, Any]:
    if variant == "raw":
        import httpx
        from muxi_generated.formation.models import AgentList

        client = httpx.Client(timeout=30)

        def call() -> Any:
            return AgentList.from_dict(client.get(f"{base}/v1/agents", headers=ADMIN).json()["data"])

    else:  # this SDK and the official one both take url= and admin_key=
        from muxi import FormationClient

        call = FormationClient(url=base, admin_key="ak").get_agents

    def run() -> int:
        for _ in range(REQUESTS):
            call()
        return REQUESTS

    seconds, count = best_cpu(run)
    return {"seconds_per_request": seconds / count}


def stream(variant: str, base: str) -> dict[str, Any]:
    if variant == "raw":
        import httpx

        client = httpx.Client(timeout=30)

        def run() -> int:
            seen = 0
            with client.stream("POST", f"{base}/v1/chat", json={"message": "hi"}, headers=CLIENT) as response:
                for line in response.iter_lines():
                    if line.startswith("data:"):
                        json.loads(line[5:])
                        seen += 1
            return seen

    elif variant == "muxi":
        from muxi import FormationClient

        sdk = FormationClient(url=base, client_key="ck")

        def run() -> int:
            return sum(1 for _ in sdk.chat_stream("hi"))

    else:
        from muxi import FormationClient

        official = FormationClient(url=base, client_key="ck")

        def run() -> int:
            return sum(1 for _ in official.chat_stream({"message": "hi"}))

    seconds, count = best_cpu(run)
    return {"seconds_per_event": seconds / max(count, 1), "events": count}


async def _memory_async(variant: str, base: str) -> tuple[int, int]:
    import httpx

    limits = httpx.Limits(max_connections=CONCURRENT_STREAMS, max_keepalive_connections=CONCURRENT_STREAMS)
    http = httpx.AsyncClient(limits=limits, timeout=httpx.Timeout(60))
    if variant == "raw":

        async def one() -> int:
            seen = 0
            async with http.stream("POST", f"{base}/v1/chat", json={"message": "hi"}, headers=CLIENT) as response:
                async for line in response.aiter_lines():
                    if line.startswith("data:"):
                        json.loads(line[5:])
                        seen += 1
            return seen

    elif variant == "muxi":
        from muxi import AsyncFormationClient

        sdk = AsyncFormationClient(url=base, client_key="ck", async_http_client=http)

        async def one() -> int:
            seen = 0
            async for _ in sdk.chat_stream("hi"):
                seen += 1
            return seen

    else:
        from muxi import AsyncFormationClient

        official = AsyncFormationClient(url=base, client_key="ck")

        async def one() -> int:
            seen = 0
            async for _ in await official.chat_stream({"message": "hi"}):
                seen += 1
            return seen

    await one()  # warm-up: one-time imports and caches are not what this measures
    tracemalloc.start()
    results = await asyncio.gather(*(one() for _ in range(CONCURRENT_STREAMS)))
    _, peak = tracemalloc.get_traced_memory()
    await http.aclose()
    return peak, sum(results)


def memory(variant: str, base: str) -> dict[str, Any]:
    peak, events = asyncio.run(_memory_async(variant, base))
    return {"peak_bytes": peak, "events": events}


if __name__ == "__main__":
    variant, workload, base = sys.argv[1:4]
    print(json.dumps({"request": request, "stream": stream, "memory": memory}[workload](variant, base)))
