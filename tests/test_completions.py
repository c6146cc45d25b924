"""The OpenAI-style completions adapter over a formation turn (against muxi.testing's fake)."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass

import pytest

from muxi import ConfigurationError
from muxi.testing import FakeFormation


@dataclass
class Message:
    role: str
    content: str


def test_completion_maps_the_last_user_message_onto_one_turn() -> None:
    fake = FakeFormation()
    fake.reply_with("Paris.")
    messages: list[dict[str, str] | Message | str] = [
        {"role": "system", "content": "You are terse."},
        Message("user", "Capital of Italy?"),
        {"role": "assistant", "content": "Rome."},
        "And of France?",
    ]
    with fake.client() as formation:
        completion = formation.create_completion(messages, model="assistant", user="alice")
    assert completion.choices[0].message.content == "Paris."
    assert completion.choices[0].message.role == "assistant" and completion.usage is None
    assert completion.system_fingerprint and completion.system_fingerprint.startswith("sess_")
    sent = json.loads(fake.requests[-1].content)
    assert sent == {"message": "And of France?", "agent_id": "assistant", "stream": False}
    assert fake.requests[-1].headers["x-muxi-user-id"] == "alice"


def test_streamed_completion_yields_deltas_then_metadata() -> None:
    fake = FakeFormation()
    with fake.client() as formation:
        stream = formation.create_completion([{"role": "user", "content": "one two three four five"}], stream=True)
        deltas = list(stream)
    assert "".join(deltas) == "echo: one two three four five"
    assert stream.completion is not None and stream.completion.system_fingerprint


def test_async_completion_and_session_continuation() -> None:
    fake = FakeFormation()

    async def main() -> tuple[str | None, str | None, list[str]]:
        async with fake.async_client() as formation:
            first = await formation.create_completion("hello")
            second = await formation.create_completion("again", session_id=first.system_fingerprint)
            deltas = [d async for d in formation.create_completion("x y", stream=True)]
            return first.system_fingerprint, second.system_fingerprint, deltas

    first, second, deltas = asyncio.run(main())
    assert first == second
    assert deltas == ["echo: x y"]


def test_a_user_message_is_required() -> None:
    with FakeFormation().client() as formation, pytest.raises(ConfigurationError, match="at least one user message"):
        formation.create_completion([{"role": "system", "content": "hi"}])
