"""Start-up work: a client prepares at construction, ``warm()`` prepares named operations.

What each step loads is checked in a fresh interpreter (``sys.modules`` before and after), so the
answer does not depend on what earlier tests imported. No timing is asserted.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import httpx
import pytest
import respx

from muxi import AsyncFormationClient, AsyncServerClient, ConfigurationError, FormationClient, ServerClient

F = "http://formation.test"
AGENTS = {"success": True, "data": {"agents": [{"id": "a1", "name": "A"}], "count": 1}}
CHAT = {"message": {"role": "assistant", "content": "hi"}, "user_id": "0", "session_id": "s", "request_id": None}

_PROBE = textwrap.dedent(
    """
    import asyncio, json, sys

    import respx

    from muxi import AsyncFormationClient, FormationClient

    F = "http://formation.test"
    AGENTS = {AGENTS}
    CHAT = {CHAT}
    report = {{}}

    def ours(before):
        return sorted(name for name in set(sys.modules) - before if name.split(".")[0] in ("muxi", "muxi_generated"))

    before = set(sys.modules)
    cold = FormationClient(url=F, admin_key="ak")
    report["construction"] = ours(before)
    with respx.mock(base_url=F) as mock:
        mock.get("/v1/agents").respond(json=AGENTS)
        before = set(sys.modules)
        cold.get_agents()
        report["first call, not warmed"] = ours(before)

        warm = FormationClient(url=F, admin_key="ak")
        before = set(sys.modules)
        warm.warm("health")
        report["warm"] = ours(before)
        mock.get("/v1/health").respond(json={{"status": "healthy", "version": "1", "uptime_seconds": 1.0}})
        before = set(sys.modules)
        warm.health()
        report["first call, warmed"] = ours(before)

        async def main():
            client = AsyncFormationClient(url=F, client_key="ck")
            await client.warm("chat")
            mock.post("/v1/chat").respond(json={{"success": True, "data": CHAT}})
            before = set(sys.modules)
            await client.chat("hello")
            report["first async chat, warmed"] = ours(before)
            await client.aclose()

        asyncio.run(main())
    print(json.dumps(report))
    """
).format(AGENTS=repr(AGENTS), CHAT=repr(CHAT))


@pytest.fixture(scope="module")
def loaded() -> dict[str, list[str]]:
    done = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    report: dict[str, list[str]] = json.loads(done.stdout)
    return report


def test_construction_loads_the_generated_package(loaded: dict[str, list[str]]) -> None:
    assert "muxi_generated.formation.client" in loaded["construction"]
    assert "muxi_generated.formation.models" in loaded["construction"]
    assert not any(".api." in name for name in loaded["construction"])  # no operation module yet


def test_a_first_call_loads_only_its_own_operation(loaded: dict[str, list[str]]) -> None:
    first = loaded["first call, not warmed"]
    assert "muxi_generated.formation.api.agents.get_agents" in first
    assert "muxi_generated.formation.models.agent_list" in first
    assert len(first) < 20  # one operation's modules, never the models package


def test_warm_loads_the_named_operations_so_their_first_call_loads_nothing(loaded: dict[str, list[str]]) -> None:
    assert "muxi_generated.formation.api.health.health" in loaded["warm"]
    assert "muxi_generated.formation.models.health_status" in loaded["warm"]
    assert loaded["first call, warmed"] == []
    assert loaded["first async chat, warmed"] == []


def test_the_pool_exists_once_the_client_is_constructed() -> None:
    for client in (FormationClient(url=F, admin_key="ak"), ServerClient(url=F, key_id="k", secret_key="s")):
        assert isinstance(client._pool.client, httpx.Client)  # pyright: ignore[reportPrivateUsage]
        client.close()


@pytest.mark.anyio
async def test_an_async_pool_made_outside_a_loop_binds_to_the_loop_of_its_first_call() -> None:
    client = AsyncFormationClient(url=F, admin_key="ak")
    made = client._pool.client  # pyright: ignore[reportPrivateUsage]
    assert isinstance(made, httpx.AsyncClient)
    with respx.mock(base_url=F) as mock:
        mock.get("/v1/agents").respond(json=AGENTS)
        await client.warm("get_agents")
        assert len(await client.get_agents()) == 1
    assert client._pool.client is made  # pyright: ignore[reportPrivateUsage]
    await client.aclose()


def test_clients_share_one_tls_context() -> None:
    first, second = FormationClient(url=F, admin_key="ak"), FormationClient(url=F, admin_key="ak")
    contexts = [
        client._pool.client._transport._pool._ssl_context  # type: ignore[union-attr]  # pyright: ignore
        for client in (first, second)
    ]
    assert contexts[0] is contexts[1]
    first.close()
    second.close()


def test_warm_refuses_unknown_operations_before_any_io() -> None:
    client = FormationClient(url=F, admin_key="ak")
    with respx.mock(base_url=F, assert_all_called=False) as mock:
        with pytest.raises(ConfigurationError, match="unknown operation 'chat_streaming'"):
            client.warm("get_agents", "chat_streaming")
        with pytest.raises(TypeError, match="operation ids"):
            client.warm(42)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
        assert mock.calls.call_count == 0
    client.close()


@pytest.mark.anyio
async def test_async_warm_refuses_unknown_operations_and_closed_clients() -> None:
    client = AsyncServerClient(url=F, key_id="k", secret_key="s")
    with pytest.raises(ConfigurationError, match="unknown operation 'nope'"):
        await client.warm("nope")
    await client.aclose()
    with pytest.raises(ConfigurationError, match="closed"):
        await client.warm()


def test_warm_is_cheap_to_repeat_and_sends_nothing() -> None:
    client = FormationClient(url=F, admin_key="ak")
    with respx.mock(base_url=F, assert_all_called=False) as mock:
        client.warm("chat", "get_agents")
        client.warm("chat", "get_agents")
        client.warm()
        assert mock.calls.call_count == 0
    client.close()


@pytest.mark.parametrize("client_type", [FormationClient, ServerClient])
def test_warm_takes_every_public_method_name(client_type: type[FormationClient] | type[ServerClient]) -> None:
    """Each public method that is not one operation names the operations it calls (``warm("chat_stream")``)."""
    import inspect

    operations = set(client_type.operations())
    plumbing = {"call", "close", "operations", "warm", "with_options"}
    methods = {
        name
        for name, value in inspect.getmembers(client_type)
        if callable(value) and not name.startswith("_") and name not in operations | plumbing
    }
    aliases = client_type._method_operations  # pyright: ignore[reportPrivateUsage]
    assert methods == set(aliases)
    assert {op for ops in aliases.values() for op in ops} <= operations


@respx.mock(assert_all_called=False)
def test_warm_by_method_name_loads_its_operations(respx_mock: respx.MockRouter) -> None:
    with FormationClient(url="http://formation.test", admin_key="fmt_admin") as client:
        client.warm("chat_stream", "list_models", "set_secret")
        with pytest.raises(ConfigurationError, match="unknown operation 'chat_streem'"):
            client.warm("chat_streem")
    assert not respx_mock.calls
