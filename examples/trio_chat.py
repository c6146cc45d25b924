"""The async client under trio (or asyncio): a chat, a streamed answer and models, concurrently.

python examples/trio_chat.py   # needs `pip install trio`; falls back to asyncio without it
"""

from __future__ import annotations

import importlib.util

import anyio
from _connect import async_formation

from muxi import AsyncFormationClient


async def stream(client: AsyncFormationClient, results: dict[str, str]) -> None:
    results["stream"] = "".join(
        [event.text async for event in client.chat_stream("Count to three") if event.type == "text"]
    )


async def main() -> None:
    results: dict[str, str] = {}
    async with async_formation(user_id="example-user") as client:
        async with anyio.create_task_group() as group:  # a trio nursery under trio
            group.start_soon(stream, client, results)
            results["chat"] = (await client.chat("Hello from trio")).text
        models = await client.list_models()
    print("chat:", results["chat"])
    print("stream:", results["stream"])
    print("models:", ", ".join(model.id for model in models))


if __name__ == "__main__":
    backend = "trio" if importlib.util.find_spec("trio") else "asyncio"
    anyio.run(main, backend=backend)
    print(f"ran on {backend}")
