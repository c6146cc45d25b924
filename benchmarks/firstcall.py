"""A fresh process's first call: ``python firstcall.py MODE VARIANT BASE_URL``.

MODE ``cold``: import the library, make a client, make one typed call (``GET /v1/agents``) and
exit; the parent measures the whole process (CPU, wall, peak RSS) with :func:`os.wait4`. Nothing
else is imported at the top of this file, so only the library's own work differs between variants.

MODE ``stall``: the longest event-loop stall during a fresh async client's first call. The
library is imported and the client constructed first (as at an application's start-up, before it
serves anything), then a watchdog task ticks every millisecond while the first call is awaited;
prints the largest gap between two ticks during the call (seconds), as JSON. With VARIANT
``muxi-warm`` the client's ``warm()`` is awaited at start-up too (before the watched call).

VARIANT is ``raw`` (httpx plus the typed parse with the generated model), ``json`` (httpx and
``response.json()`` only: the floor), ``muxi`` (this SDK), ``muxi-otel`` (this SDK, failing if it
imported opentelemetry: run with the ``otel`` extra installed and no provider) or ``official``
(the PyPI ``muxi``).
"""

from __future__ import annotations

import sys
from typing import Any

ADMIN = {"X-Muxi-Admin-Key": "ak"}


def cold(variant: str, base: str) -> int:
    if variant == "raw":
        import httpx
        from muxi_generated.formation.models import AgentList

        with httpx.Client() as client:
            return len(AgentList.from_dict(client.get(f"{base}/v1/agents", headers=ADMIN).json()["data"]))
    if variant == "json":
        import httpx

        with httpx.Client() as client:
            return len(client.get(f"{base}/v1/agents", headers=ADMIN).json()["data"]["agents"])
    from muxi import FormationClient

    if variant in ("muxi", "muxi-otel"):
        with FormationClient(url=base, admin_key="ak") as sdk:
            count = len(sdk.get_agents())
        if variant == "muxi-otel" and any(name.split(".")[0] == "opentelemetry" for name in sys.modules):
            raise SystemExit("opentelemetry was imported without a tracer provider")
        return count
    official: Any = FormationClient(url=base, admin_key="ak")  # the PyPI package: a dict
    return len(official.get_agents()["agents"])


def stall(variant: str, base: str) -> float:
    import asyncio
    import json
    import time
    from collections.abc import Awaitable, Callable

    first_call: Callable[[], Awaitable[Any]]
    client: Any = None
    if variant in ("raw", "json"):
        import httpx
        from muxi_generated.formation.models import AgentList

        http = httpx.AsyncClient()

        async def get_agents() -> Any:
            body = (await http.get(f"{base}/v1/agents", headers=ADMIN)).json()
            return AgentList.from_dict(body["data"]) if variant == "raw" else body

        first_call = get_agents
    else:
        from muxi import AsyncFormationClient

        client = AsyncFormationClient(url=base, admin_key="ak")
        first_call = client.get_agents

    async def main() -> float:
        if variant == "muxi-warm":
            await client.warm("get_agents")
        ticks: list[float] = []
        running = True

        async def watchdog() -> None:
            while running:
                ticks.append(time.perf_counter())
                await asyncio.sleep(0.001)

        task = asyncio.create_task(watchdog())
        await asyncio.sleep(0.03)  # the watchdog ticks steadily before the call starts
        start = time.perf_counter()
        await first_call()
        end = time.perf_counter()
        await asyncio.sleep(0.005)
        running = False
        await task
        # The gaps that overlap the call: from the last tick before it to the first tick after it.
        before = max(i for i, tick in enumerate(ticks) if tick <= start)
        after = min(i for i, tick in enumerate(ticks) if tick >= end)
        return max(b - a for a, b in zip(ticks[before:after], ticks[before + 1 : after + 1], strict=True))

    gap = asyncio.run(main())
    print(json.dumps({"stall": gap}))
    return 0


if __name__ == "__main__":
    mode, variant, base = sys.argv[1:4]
    if mode == "cold":
        cold(variant, base)
    else:
        stall(variant, base)
