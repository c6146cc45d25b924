"""ServerClient / AsyncServerClient against the loopback stand-in of the MUXI Server."""

from __future__ import annotations

import asyncio
import gzip
import io
import shutil
import tarfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from muxi import (
    AsyncServerClient,
    AuthenticationError,
    ConfigurationError,
    ConflictError,
    FormationClient,
    FormationError,
    NotFoundError,
    ServerClient,
    ValidationError,
)
from muxi._helpers.bundle import open_bundle
from muxi.testing import FakeServer
from muxi.testing._server import KEY_ID, SECRET

FORMATION = Path(__file__).resolve().parent / "fixtures" / "formation"


@pytest.fixture
def standin() -> Iterator[FakeServer]:
    with FakeServer() as server:
        yield server


@pytest.fixture
def formation_dir(tmp_path: Path) -> Path:
    """The harness formation, plus files a bundle must never carry."""
    target = tmp_path / "sdk-e2e"
    shutil.copytree(FORMATION, target)
    (target / ".env").write_text("OPENAI_API_KEY=sk-local-only\n")
    (target / ".git").mkdir()
    (target / ".git" / "config").write_text("[core]\n")
    (target / "agents" / "__pycache__").mkdir()
    (target / "agents" / "__pycache__" / "x.pyc").write_bytes(b"\0")
    (target / "secrets.enc").write_bytes(b"encrypted")
    (target / "debug.log").write_text("noise")
    return target


def client(standin: FakeServer, **kwargs: Any) -> ServerClient:
    return ServerClient(url=standin.url, key_id=KEY_ID, secret_key=SECRET, clock=standin.now, **kwargs)


# --------------------------------------------------------------------------- bundles


def test_bundle_from_a_directory_is_deterministic_and_clean(formation_dir: Path) -> None:
    first = open_bundle(formation_dir)
    second = open_bundle(formation_dir)
    try:
        assert (first.formation_id, first.version) == ("sdk-e2e", "1.0.0")
        data = first.file.read()
        assert data == second.file.read()  # same directory, same bytes
        assert len(data) == first.size
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
            names = sorted(m.name for m in tar.getmembers())
            assert all(m.mtime == 0 and m.uid == 0 and m.uname == "" for m in tar.getmembers())
    finally:
        first.close()
        second.close()
    assert names == [
        "sdk-e2e/agents",
        "sdk-e2e/agents/assistant.afs",
        "sdk-e2e/formation.afs",
        "sdk-e2e/secrets.enc",
    ]
    assert gzip.decompress(data)  # a real gzip stream


def test_bundle_id_and_version_checks(formation_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="disagrees with id 'sdk-e2e'"):
        open_bundle(formation_dir, formation_id="other")
    with pytest.raises(ConfigurationError, match=r"version='2\.0\.0' disagrees with version '1\.0\.0'"):
        open_bundle(formation_dir, version="2.0.0")
    (formation_dir / "formation.afs").write_text("schema: '1.0.0'\ndescription: no id here\n")
    with pytest.raises(ConfigurationError, match="has no top-level 'id'"):
        open_bundle(formation_dir)
    with pytest.raises(ConfigurationError, match="not a formation directory"):
        open_bundle(tmp_path / "sdk-e2e" / "agents")
    with pytest.raises(ConfigurationError, match=r"neither a formation directory nor a \.tar\.gz"):
        open_bundle(tmp_path / "missing")
    with pytest.raises(ConfigurationError, match=r"not a valid \.tar\.gz"):
        open_bundle(b"not gzip")


# --------------------------------------------------------------------------- the whole lifecycle


def lifecycle_sync(standin: FakeServer, formation_dir: Path) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    with client(standin) as server:
        seen["ping"] = server.ping()
        seen["health"] = server.health().status
        seen["deploy"] = server.deploy(formation_dir)
        seen["list"] = [(f.id, f.status, f.port) for f in server.list_formations()]
        seen["get"] = server.get_formation("sdk-e2e")
        seen["logs"] = server.get_formation_logs("sdk-e2e", lines=2)
        with server.stream_formation_logs("sdk-e2e") as tail:
            first, second = next(iter(tail)), next(iter(tail))
            assert second.event == "log"
            seen["tail"] = [first.event, second.data.line]
        seen["restart"] = [e.event for e in server.restart_formation_stream("sdk-e2e")]
        with pytest.raises(FormationError) as info:
            list(server.start_formation_stream("sdk-e2e"))
        seen["start_error"] = info.value
        (formation_dir / "formation.afs").write_text(
            (formation_dir / "formation.afs").read_text().replace('version: "1.0.0"', 'version: "1.1.0"')
        )
        seen["update"] = [(e.event, e.data.to_dict()) for e in server.update_formation_stream(formation_dir)]
        seen["rollback"] = server.rollback_formation("sdk-e2e")
        seen["status"] = server.status()
        seen["server_logs"] = server.get_server_logs(lines=3)
        seen["stop"] = server.stop_formation("sdk-e2e").status
        with pytest.raises(ConflictError):
            server.stop_formation("sdk-e2e")
        seen["delete"] = server.delete_formation("sdk-e2e").message
        with pytest.raises(NotFoundError):
            server.get_formation("sdk-e2e")
    return seen


def lifecycle_async(standin: FakeServer, formation_dir: Path) -> dict[str, Any]:
    async def main() -> dict[str, Any]:
        seen: dict[str, Any] = {}
        async with AsyncServerClient(url=standin.url, key_id=KEY_ID, secret_key=SECRET, clock=standin.now) as server:
            seen["ping"] = await server.ping()
            seen["health"] = (await server.health()).status
            seen["deploy"] = await server.deploy(formation_dir)
            seen["list"] = [(f.id, f.status, f.port) for f in await server.list_formations()]
            seen["get"] = await server.get_formation("sdk-e2e")
            seen["logs"] = await server.get_formation_logs("sdk-e2e", lines=2)
            async with server.stream_formation_logs("sdk-e2e") as tail:
                first = await tail.__anext__()
                second = await tail.__anext__()
                assert second.event == "log"
                seen["tail"] = [first.event, second.data.line]
            seen["restart"] = [e.event async for e in server.restart_formation_stream("sdk-e2e")]
            with pytest.raises(FormationError) as info:
                [e async for e in server.start_formation_stream("sdk-e2e")]
            seen["start_error"] = info.value
            (formation_dir / "formation.afs").write_text(
                (formation_dir / "formation.afs").read_text().replace('version: "1.0.0"', 'version: "1.1.0"')
            )
            stream = await server.update_formation_stream(formation_dir)
            seen["update"] = [(e.event, e.data.to_dict()) async for e in stream]
            seen["rollback"] = await server.rollback_formation("sdk-e2e")
            seen["status"] = await server.status()
            seen["server_logs"] = await server.get_server_logs(lines=3)
            seen["stop"] = (await server.stop_formation("sdk-e2e")).status
            with pytest.raises(ConflictError):
                await server.stop_formation("sdk-e2e")
            seen["delete"] = (await server.delete_formation("sdk-e2e")).message
            with pytest.raises(NotFoundError):
                await server.get_formation("sdk-e2e")
        return seen

    return asyncio.run(main())


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_formation_lifecycle(kind: str, standin: FakeServer, formation_dir: Path) -> None:
    seen = (lifecycle_sync if kind == "sync" else lifecycle_async)(standin, formation_dir)
    assert seen["ping"] == "pong"
    assert seen["health"] == "ok"
    deploy = seen["deploy"]
    assert (deploy.formation_id, deploy.port, deploy.status) == ("sdk-e2e", 8000, "running")
    assert seen["list"] == [("sdk-e2e", "running", 8000)]
    detail = seen["get"]
    assert detail.healthy is True and detail.updated_at.year == 1  # the Go zero time parses
    assert seen["logs"].logs.stdout == ["ready", "GET /v1/health 200"] and seen["logs"].logs.stderr is None
    assert seen["tail"] == ["connected", "booting"]
    assert seen["restart"][-1] == "complete" and seen["restart"][0] == "progress"
    error = seen["start_error"]
    assert (error.code, error.message) == ("AlreadyRunning", "Formation is already running")
    assert seen["update"][-1] == (
        "complete",
        {"formation_id": "sdk-e2e", "port": 8000, "status": "running", "previous_version": "1", "new_version": "2"},
    )
    assert (seen["rollback"].version, seen["rollback"].previous_version) == (3, 2)
    assert seen["status"].formations.total == 1
    assert seen["server_logs"] == "audit line 0\naudit line 1\naudit line 2\n"
    assert seen["stop"] == "stopped"
    assert seen["delete"] == "Formation deleted successfully"

    deploy_request = next(r for r in standin.requests if r.method == "POST" and r.path == "/rpc/formations")
    assert deploy_request.headers["Content-Type"] == "application/gzip"
    assert deploy_request.headers["X-Formation-ID"] == "sdk-e2e"
    assert deploy_request.headers["X-Formation-Version"] == "1.0.0"
    with tarfile.open(fileobj=io.BytesIO(deploy_request.body), mode="r:gz") as tar:
        shipped = {m.name for m in tar.getmembers()}
    assert "sdk-e2e/.env" not in shipped and "sdk-e2e/secrets" not in shipped and "sdk-e2e/.git" not in shipped
    update_request = next(r for r in standin.requests if r.method == "PUT")
    assert update_request.headers["X-Formation-Version"] == "1.1.0"
    follow = next(r for r in standin.requests if r.query.get("follow") == ["true"])
    assert follow.query["stream"] == ["all"] and follow.headers["Accept"] == "text/event-stream"


def test_deploy_refusals_are_typed(standin: FakeServer, formation_dir: Path, tmp_path: Path) -> None:
    bundle = open_bundle(formation_dir)
    archive = tmp_path / "bundle.tar.gz"
    archive.write_bytes(bundle.file.read())
    bundle.close()
    with client(standin) as server:
        assert server.deploy_formation(archive).formation_id == "sdk-e2e"  # a .tar.gz path
        with pytest.raises(ConflictError, match=r"already exists\. Use PUT to update"):
            server.deploy_formation(archive.read_bytes())  # the bundle's bytes
        server.delete_formation("sdk-e2e")
        with pytest.raises(ConfigurationError, match="formation_id='other' disagrees"):
            server.deploy_formation(archive, formation_id="other")  # refused before any I/O
        with pytest.raises(ValidationError, match="IDMismatch"):  # what the server says when they disagree
            server.call("deploy_formation", body=_file(archive), x_formation_id="other-id")
    assert not any(r.headers.get("X-Formation-ID") == "other" for r in standin.requests)


def _file(path: Path) -> Any:
    from muxi_generated.server.types import File

    return File(payload=io.BytesIO(path.read_bytes()))


def test_hmac_failures_say_why(standin: FakeServer) -> None:
    wrong = ServerClient(url=standin.url, key_id=KEY_ID, secret_key="sk_wrong", max_retries=0)
    with wrong, pytest.raises(AuthenticationError, match="Invalid signature"):
        wrong.list_formations()
    late = ServerClient(url=standin.url, key_id=KEY_ID, secret_key=SECRET, max_retries=0, clock=lambda: 1_800_000_000)
    standin.clock = 1_800_000_301  # the server's clock is 301 s ahead of ours
    with late, pytest.raises(AuthenticationError, match=r"Request expired \(timestamp too old or in future\)"):
        late.list_formations()
    standin.clock = 1_800_000_300  # 300 s apart is still accepted
    with ServerClient(url=standin.url, key_id=KEY_ID, secret_key=SECRET, clock=lambda: 1_800_000_000) as on_time:
        assert on_time.list_formations().total == 0
    other = ServerClient(url=standin.url, key_id="MUXI_other", secret_key=SECRET)
    with other, pytest.raises(AuthenticationError, match="Invalid key"):
        other.list_formations()


def test_formation_client_through_the_server_proxy(standin: FakeServer, formation_dir: Path) -> None:
    with client(standin) as server:
        server.deploy_formation(formation_dir)
    with FormationClient(server_url=standin.url, formation_id="sdk-e2e") as formation:
        assert formation.base_url == f"{standin.url}/api/sdk-e2e/v1"
        assert formation.health().status == "healthy"
    proxied = standin.requests[-1]
    assert proxied.path == "/api/sdk-e2e/v1/health"
    assert proxied.headers["X-Muxi-SDK"].startswith("python/")


def test_large_bundles_spill_to_disk_and_stream(standin: FakeServer, formation_dir: Path) -> None:
    import os

    (formation_dir / "knowledge").mkdir()
    (formation_dir / "knowledge" / "big.bin").write_bytes(os.urandom(9 * 1024 * 1024))  # incompressible
    bundle = open_bundle(formation_dir)
    try:
        assert bundle.size > 9 * 1024 * 1024
        # on disk, not in memory (SpooledTemporaryFile._rolled: white-box)
        assert bundle.file._rolled  # type: ignore[attr-defined]  # pyright: ignore[reportAttributeAccessIssue, reportUnknownMemberType]
    finally:
        bundle.close()
    with client(standin) as server:
        result = server.deploy_formation(bundle_path=formation_dir)  # the cross-language docs' keyword
    assert result.formation_id == "sdk-e2e"
    upload = next(r for r in standin.requests if r.method == "POST")
    assert int(upload.headers["Content-Length"]) == len(upload.body) > 9 * 1024 * 1024


def test_seed_000_server_snippets(standin: FakeServer, formation_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    server = ServerClient(url=standin.url, key_id=KEY_ID, secret_key=SECRET)
    result = server.deploy(str(formation_dir))
    print(result.port)
    formations = server.list_formations()
    for f in formations:
        print(f.id, f.status, f.port)
    server.stop_formation("sdk-e2e")
    server.start_formation("sdk-e2e")
    server.restart_formation("sdk-e2e")
    server.delete_formation("sdk-e2e")
    server.close()
    assert capsys.readouterr().out.splitlines() == ["8000", "sdk-e2e running 8000"]
