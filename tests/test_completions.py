"""The OpenAI-style completions adapter over a formation turn (against muxi.testing's fake)."""

from __future__ import annotations

import json
from dataclasses import dataclass

import anyio
import pytest

from muxi import ConfigurationError, FormationClient
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


def test_async_completion_and_session_continuation(anyio_backend: str) -> None:
    fake = FakeFormation()

    async def main() -> tuple[str | None, str | None, list[str]]:
        async with fake.async_client() as formation:
            first = await formation.create_completion("hello")
            second = await formation.create_completion("again", session_id=first.system_fingerprint)
            deltas = [d async for d in formation.create_completion("x y", stream=True)]
            return first.system_fingerprint, second.system_fingerprint, deltas

    first, second, deltas = anyio.run(main, backend=anyio_backend)
    assert first == second
    assert deltas == ["echo: x y"]


def test_a_user_message_is_required() -> None:
    with FakeFormation().client() as formation, pytest.raises(ConfigurationError, match="at least one user message"):
        formation.create_completion([{"role": "system", "content": "hi"}])


def test_list_models_are_the_formations_agents() -> None:
    fake = FakeFormation(formation_id="support-bot")
    fake.agents.append({"id": "researcher", "name": "Researcher", "description": ""})
    with fake.client(admin_key=fake.admin_key) as formation:
        models = formation.list_models()
        assert formation.create_completion("hi", model=models.data[1].id).choices[0].message.content == "echo: hi"
    assert models.object == "list" and len(models) == 2
    assert [(m.id, m.object, m.owned_by) for m in models] == [
        ("assistant", "model", "support-bot"),
        ("researcher", "model", "support-bot"),
    ]
    assert all(m.created > 0 for m in models)
    assert [r.url.path for r in fake.requests][:2] == ["/v1/status", "/v1/agents"]
    assert json.loads(fake.requests[-1].content)["agent_id"] == "researcher"


def test_list_models_async_and_its_key(anyio_backend: str) -> None:
    fake = FakeFormation()

    async def main() -> list[str]:
        async with fake.async_client(admin_key=fake.admin_key) as formation:
            return [model.id for model in await formation.list_models()]

    assert anyio.run(main, backend=anyio_backend) == ["assistant"]
    client_only = FormationClient(url="http://formation.test", client_key=fake.client_key)
    with client_only, pytest.raises(ConfigurationError, match=r"^list_models needs admin_key= \(env MUXI_ADMIN_KEY\)"):
        client_only.list_models()  # GET /agents and /status need the admin key: refused before any I/O, naming it
    with client_only, pytest.raises(ConfigurationError, match=r"^list_models needs admin_key="):
        client_only.with_raw_response.list_models()
    assert len(fake.requests) == 2
