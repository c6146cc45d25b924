"""Configuration: URL modes, environment fallbacks, validation at construction, headers."""

from __future__ import annotations

import platform
import re
from typing import Literal, TypedDict

import httpx
import pytest

import muxi
from muxi import AsyncFormationClient, AsyncServerClient, ConfigurationError, FormationClient, ServerClient

ENV = (
    "MUXI_SERVER_URL", "MUXI_KEY_ID", "MUXI_SECRET_KEY", "MUXI_FORMATION_URL", "MUXI_FORMATION_ID",
    "MUXI_ADMIN_KEY", "MUXI_CLIENT_KEY", "MUXI_DEBUG",
)  # fmt: skip


class FormationLocation(TypedDict, total=False):
    """The ways to say where a formation is (FormationClient's location arguments)."""

    url: str
    server_url: str
    formation_id: str
    base_url: str
    mode: Literal["live", "draft"]


class ServerConfig(TypedDict, total=False):
    url: str
    key_id: str
    secret_key: str


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"url": "http://localhost:8001"}, "http://localhost:8001/v1"),
        ({"url": "http://localhost:8001/"}, "http://localhost:8001/v1"),
        ({"url": "http://localhost:8001/v1"}, "http://localhost:8001/v1"),
        ({"url": "https://f.example.com/base"}, "https://f.example.com/base/v1"),
        ({"server_url": "http://srv:7890", "formation_id": "my-bot"}, "http://srv:7890/api/my-bot/v1"),
        (
            {"server_url": "http://srv:7890/", "formation_id": "my-bot", "mode": "draft"},
            "http://srv:7890/draft/my-bot/v1",
        ),
        ({"base_url": "http://localhost:9012/v1"}, "http://localhost:9012/v1"),
        ({"base_url": "http://gw.test/custom/prefix"}, "http://gw.test/custom/prefix"),
    ],
)
def test_formation_url_modes(kwargs: FormationLocation, expected: str) -> None:
    assert FormationClient(**kwargs).base_url == expected
    assert AsyncFormationClient(**kwargs).base_url == expected


def test_formation_url_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MUXI_FORMATION_URL", "http://env-formation:8001")
    assert FormationClient().base_url == "http://env-formation:8001/v1"
    assert FormationClient(url="http://explicit:1").base_url == "http://explicit:1/v1"


def test_server_proxy_url_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MUXI_SERVER_URL", "http://srv:7890")
    monkeypatch.setenv("MUXI_FORMATION_ID", "bot")
    assert FormationClient().base_url == "http://srv:7890/api/bot/v1"
    assert FormationClient(formation_id="other").base_url == "http://srv:7890/api/other/v1"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "no formation URL: pass url="),
        ({"url": "localhost:8001"}, "is not an absolute http(s) URL"),
        ({"url": "ftp://x"}, "is not an absolute http(s) URL"),
        ({"url": "http://x?a=1"}, "must not have a query string"),
        ({"url": "  "}, "url must be a non-empty http(s) URL"),
        ({"server_url": "http://srv"}, "server_url= needs formation_id="),
        ({"url": "http://a", "base_url": "http://b"}, "pass only one of url=, server_url= or base_url="),
        ({"url": "http://a", "mode": "staging"}, "mode must be 'live' or 'draft'"),
        ({"url": "http://a", "timeout": -1}, "timeout must be a positive number"),
        ({"url": "http://a", "max_retries": -1}, "max_retries must be an integer >= 0"),
        ({"url": "http://a", "http_client": object()}, "http_client must be an httpx.Client"),
        ({"url": "http://a", "async_http_client": httpx.AsyncClient()}, "FormationClient takes http_client="),
    ],
)
def test_bad_formation_configuration_fails_at_construction(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigurationError, match=re.escape(message)):
        FormationClient(**kwargs)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]


def test_keys_from_env_and_never_in_repr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MUXI_ADMIN_KEY", "sk_admin_from_env")
    client = FormationClient(url="http://f.test", client_key="sk_client_explicit")
    text = repr(client)
    assert "sk_admin_from_env" not in text and "sk_client_explicit" not in text
    assert "client_key" in text and "admin_key" in text


def test_server_client_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MUXI_SERVER_URL", "http://srv:7890/")
    monkeypatch.setenv("MUXI_KEY_ID", "MUXI_abc")
    monkeypatch.setenv("MUXI_SECRET_KEY", "sk_secret_value")
    client = ServerClient()
    assert client.base_url == "http://srv:7890"
    assert "sk_secret_value" not in repr(client)
    assert "MUXI_abc" in repr(client)
    assert AsyncServerClient(url="http://other:1").base_url == "http://other:1"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "no server URL"),
        ({"url": "srv:7890"}, "not an absolute http(s) URL"),
        ({"url": "http://srv", "key_id": "MUXI_x"}, "secret_key= (env MUXI_SECRET_KEY) is missing"),
        ({"url": "http://srv", "secret_key": "sk_x"}, "key_id= (env MUXI_KEY_ID) is missing"),
    ],
)
def test_bad_server_configuration(kwargs: ServerConfig, message: str) -> None:
    with pytest.raises(ConfigurationError, match=re.escape(message)):
        ServerClient(**kwargs)


def test_defaults_and_with_options_share_the_pool() -> None:
    client = FormationClient(url="http://f.test")
    assert client.timeout == httpx.Timeout(30.0)
    assert client.max_retries == 3
    quick = client.with_options(timeout=2, max_retries=0, headers={"X-Trace": "1"})
    assert quick.timeout == httpx.Timeout(2.0) and quick.max_retries == 0
    assert client.timeout == httpx.Timeout(30.0) and client.max_retries == 3
    assert quick._pool is client._pool  # pyright: ignore[reportPrivateUsage]
    assert quick._http() is client._http()  # pyright: ignore[reportPrivateUsage]
    client.close()


def test_user_http_client_is_not_closed() -> None:
    mine = httpx.Client()
    with FormationClient(url="http://f.test", http_client=mine) as client:
        assert client._http() is mine  # pyright: ignore[reportPrivateUsage]
    assert not mine.is_closed
    mine.close()


def test_owned_client_is_closed() -> None:
    client = FormationClient(url="http://f.test")
    pool = client._http()  # pyright: ignore[reportPrivateUsage]
    client.close()
    assert pool.is_closed
    with pytest.raises(ConfigurationError, match="is closed"):
        client._http()  # pyright: ignore[reportPrivateUsage]


def test_sdk_headers() -> None:
    from muxi._core.config import sdk_headers

    headers = sdk_headers()
    assert headers["X-Muxi-SDK"] == f"python/{muxi.__version__}"
    expected = f"{platform.system().lower()}-{platform.machine().lower()}/py{platform.python_version()}"
    assert headers["X-Muxi-Client"] == expected
    assert re.fullmatch(r"py\d+\.\d+\.\d+", headers["X-Muxi-Client"].split("/")[1])
    assert headers["User-Agent"].startswith(f"muxi-client-python/{muxi.__version__} ")


def test_import_muxi_is_lazy_and_every_public_name_resolves() -> None:
    import subprocess
    import sys

    code = (
        "import sys, muxi; loaded = [m for m in ('httpx', 'muxi_generated', 'muxi._formation') if m in sys.modules]; "
        "print(','.join(loaded)); [getattr(muxi, name) for name in muxi.__all__]; "
        "print('muxi_generated.methods' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[0] == ""  # `import muxi` loads neither httpx nor the generated clients
    assert out[1] == "True"  # touching the clients loads them
    with pytest.raises(AttributeError, match="has no attribute 'Nope'"):
        muxi.Nope  # type: ignore[attr-defined]  # noqa: B018  # pyright: ignore[reportAttributeAccessIssue, reportUnknownMemberType]
