"""With debug logging on, a full session never shows a key, secret or signature anywhere."""

from __future__ import annotations

import asyncio
import logging
import shutil
import warnings
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from muxi import AsyncFormationClient, AsyncServerClient, FormationClient, MuxiError, ServerClient
from muxi.testing import FakeServer
from muxi.testing._server import KEY_ID, SECRET

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "formation"
ADMIN = "sk_admin_hygiene_5f1d2c3b4a"
CLIENT = "sk_client_hygiene_9e8d7c6b5a"
F = "http://formation.test"


def envelope(data: Any) -> dict[str, Any]:
    return {"object": "x", "timestamp": 1, "type": "x", "request": {"id": "req_h", "idempotency_key": None},
            "success": True, "error": None, "data": data}  # fmt: skip


def mock_formation() -> None:
    respx.get(f"{F}/v1/agents").mock(
        side_effect=[httpx.Response(503), httpx.Response(200, json=envelope({"agents": [], "count": 0}))] * 2
    )
    reply = envelope({"message": {"role": "assistant", "content": "hi"}, "user_id": "u", "session_id": "s",
                      "request_id": None})  # fmt: skip
    respx.post(f"{F}/v1/chat").mock(return_value=httpx.Response(200, json=reply))
    respx.get(f"{F}/v1/secrets").mock(
        return_value=httpx.Response(401, json={"error": {"code": "UNAUTHORIZED", "message": "bad key"}})
    )


def formation_session_sync(texts: list[str]) -> None:
    with FormationClient(url=F, admin_key=ADMIN, client_key=CLIENT, debug=True) as formation:
        texts.append(repr(formation))
        formation.get_agents()
        formation.chat("hello")
        try:
            formation.get_secrets()
        except MuxiError as error:
            texts += [str(error), repr(error), repr(error.__dict__.get("headers"))]


async def formation_session_async(texts: list[str]) -> None:
    async with AsyncFormationClient(url=F, admin_key=ADMIN, client_key=CLIENT, debug=True) as formation:
        texts.append(repr(formation))
        await formation.get_agents()
        await formation.chat("hello")
        try:
            await formation.get_secrets()
        except MuxiError as error:
            texts += [str(error), repr(error)]


def server_session(standin: FakeServer, directory: Path, texts: list[str]) -> None:
    with ServerClient(url=standin.url, key_id=KEY_ID, secret_key=SECRET, debug=True) as server:
        texts.append(repr(server))
        server.deploy_formation(directory)
        list(server.restart_formation_stream("sdk-e2e"))
        try:
            with ServerClient(url=standin.url, key_id=KEY_ID, secret_key=SECRET + "x", max_retries=0) as wrong:
                wrong.list_formations()
        except MuxiError as error:
            texts += [str(error), repr(error)]

    async def main() -> None:
        async with AsyncServerClient(url=standin.url, key_id=KEY_ID, secret_key=SECRET, debug=True) as server:
            texts.append(repr(server))
            await server.get_server_status()
            await server.delete_formation("sdk-e2e")

    asyncio.run(main())


def test_no_secret_anywhere(caplog: pytest.LogCaptureFixture, tmp_path: Path) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: muxi, httpx, httpcore
    texts: list[str] = []
    directory = tmp_path / "sdk-e2e"
    shutil.copytree(FIXTURE, directory)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with respx.mock:
            mock_formation()
            formation_session_sync(texts)
            asyncio.run(formation_session_async(texts))
        with FakeServer() as standin:
            server_session(standin, directory, texts)
            signatures = [
                r.headers["Authorization"].rsplit("signature=", 1)[1]
                for r in standin.requests
                if "Authorization" in r.headers
            ]
    haystack = "\n".join([caplog.text, *texts, *(str(w.message) for w in caught)])
    assert "retry 1/3" in caplog.text and "-> 200" in caplog.text  # the debug log did run
    assert len(signatures) >= 4
    for secret in (ADMIN, CLIENT, SECRET, *signatures):
        assert secret not in haystack
