"""One benchmark workload in a fresh process: ``python workloads.py VARIANT WORKLOAD BASE_URL``.

VARIANT is ``paired`` (``python workloads.py paired request|stream BASE_URL VARIANT...``: the
variants run interleaved in one process), ``raw`` (plain httpx doing the same work), ``json``
(plain httpx decoding each frame with ``json.loads`` only, untyped: the floor), ``muxi`` (this
SDK) or ``official`` (the ``muxi`` package from PyPI, run from its own virtualenv). WORKLOAD is
``request`` (client CPU per GET with a typed parse), ``stream`` (client CPU per streamed chat
event), ``memory`` (peak Python memory of 1,000 concurrent async chat streams) or ``latency``
(per-event delivery latency of a chat stream whose server stamps each frame: arrival in the
caller's loop - ``sent_at``). Prints one JSON object.

Raw httpx decodes a chat stream the straightforward way: ``iter_lines``, ``json.loads`` of each
``data:`` line and one typed event per frame (:class:`RawEvent`, a slotted dataclass with the
fields of ``muxi.ChatEvent``); ``json`` stops after ``json.loads``.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

REQUESTS = 1000
CONCURRENT_STREAMS = 1000
ADMIN = {"X-Muxi-Admin-Key": "ak"}
CLIENT = {"X-Muxi-Client-Key": "ck"}


@dataclass(slots=True)
class RawEvent:
    """Raw httpx's typed chat event: what a hand-written client would make of a token frame."""

    type: str
    text: str
    stage: str | None
    session_id: str | None
    request_id: str | None
    raw: dict[str, Any]


def raw_event(line: str) -> RawEvent:
    frame = json.loads(line[5:])
    token = frame.get("token") or frame
    return RawEvent(
        "text" if token.get("type") == "content" else str(token.get("type")),
        token.get("content") or "",
        token.get("stage"),
        token.get("session_id"),
        token.get("request_id"),
        frame,
    )


def json_event(line: str) -> Any:
    return json.loads(line[5:])


def best_cpu(run: Any, repeats: int = 5) -> tuple[float, int]:
    """The lowest process CPU time of ``repeats`` runs of ``run()`` (after one warm-up) and its count."""
    run()
    best, count = float("inf"), 0
    for _ in range(repeats):
        start = time.process_time()
        count = run()
        best = min(best, time.process_time() - start)
    return best, count


def request_runner(variant: str, base: str) -> Callable[[], int]:
    """``REQUESTS`` typed GETs; returns how many."""
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

    return run


def stream_runner(variant: str, base: str) -> Callable[[], int]:
    """One chat stream read to its end; returns its number of events."""
    if variant in ("raw", "json"):
        import httpx

        client = httpx.Client(timeout=30)
        decode = raw_event if variant == "raw" else json_event

        def run() -> int:
            seen = 0
            with client.stream("POST", f"{base}/v1/chat", json={"message": "hi"}, headers=CLIENT) as response:
                for line in response.iter_lines():
                    if line.startswith("data:"):
                        decode(line)
                        seen += 1
            return seen

        return run
    from muxi import FormationClient

    if variant == "muxi":
        sdk = FormationClient(url=base, client_key="ck")
        return lambda: sum(1 for _ in sdk.chat_stream("hi"))
    official: Any = FormationClient(url=base, client_key="ck")
    return lambda: sum(1 for _ in official.chat_stream({"message": "hi"}))


def request(variant: str, base: str) -> dict[str, Any]:
    seconds, count = best_cpu(request_runner(variant, base))
    return {"seconds_per_request": seconds / count}


def stream(variant: str, base: str) -> dict[str, Any]:
    seconds, count = best_cpu(stream_runner(variant, base))
    return {"seconds_per_event": seconds / max(count, 1), "events": count}


def paired(workload: str, base: str, variants: list[str], repeats: int = 7) -> dict[str, Any]:
    """Variants of one workload in one process, their runs interleaved: each sees the same machine.

    Returns each variant's lowest CPU time per unit (request or event): noise only ever adds time.
    """
    make = request_runner if workload == "request" else stream_runner
    runs = {variant: make(variant, base) for variant in variants}
    best = dict.fromkeys(variants, float("inf"))
    count = dict.fromkeys(variants, 1)
    for run in runs.values():
        run()  # warm-up
    for index in range(repeats):
        for variant in variants[index % len(variants) :] + variants[: index % len(variants)]:
            start = time.process_time()
            count[variant] = max(runs[variant](), 1)
            best[variant] = min(best[variant], time.process_time() - start)
    return {variant: best[variant] / count[variant] for variant in variants}


async def _memory_async(variant: str, base: str) -> tuple[int, int]:
    import httpx

    limits = httpx.Limits(max_connections=CONCURRENT_STREAMS, max_keepalive_connections=CONCURRENT_STREAMS)
    http = httpx.AsyncClient(limits=limits, timeout=httpx.Timeout(60))
    if variant in ("raw", "json"):
        decode = raw_event if variant == "raw" else json_event

        async def one() -> int:
            seen = 0
            async with http.stream("POST", f"{base}/v1/chat", json={"message": "hi"}, headers=CLIENT) as response:
                async for line in response.aiter_lines():
                    if line.startswith("data:"):
                        decode(line)
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


def latency(variant: str, base: str) -> dict[str, Any]:
    """Delivery latency of each event of a stamped stream (seconds; one sample per event, stream ends excluded)."""
    clock = time.monotonic
    samples: list[float] = []
    if variant in ("raw", "json"):
        import httpx

        client = httpx.Client(timeout=30)
        with client.stream("POST", f"{base}/v1/chat", json={"message": "hi"}, headers=CLIENT) as response:
            for line in response.iter_lines():
                if line.startswith("data:"):
                    event = raw_event(line)
                    arrived = clock()
                    sent = event.raw.get("token", {}).get("sent_at")
                    if sent is not None:
                        samples.append(arrived - sent)
    elif variant == "muxi":
        from muxi import FormationClient

        sdk = FormationClient(url=base, client_key="ck")
        for chat_event in sdk.chat_stream("hi"):
            arrived = clock()
            token: Any = chat_event.raw.get("token")
            if isinstance(token, dict) and "sent_at" in token:
                samples.append(arrived - float(cast("dict[str, Any]", token)["sent_at"]))
    else:
        from muxi import FormationClient

        official: Any = FormationClient(url=base, client_key="ck")  # the PyPI package: dict frames
        for frame in official.chat_stream({"message": "hi"}):
            data: Any = json.loads(frame["data"])
            arrived = clock()
            token = cast("dict[str, Any]", data).get("token") if isinstance(data, dict) else None
            if isinstance(token, dict) and "sent_at" in token:
                samples.append(arrived - float(cast("dict[str, Any]", token)["sent_at"]))
    return {"samples": samples}


if __name__ == "__main__":
    variant, workload, base = sys.argv[1:4]
    if variant == "paired":  # python workloads.py paired WORKLOAD BASE VARIANT...
        print(json.dumps(paired(workload, base, sys.argv[4:])))
    else:
        workloads = {"request": request, "stream": stream, "memory": memory, "latency": latency}
        print(json.dumps(workloads[workload](variant, base)))
