"""Hostile servers, hostile inputs (issue 13): ids cannot steer paths, bundles hold only what the user
meant, odd webhook headers are signature errors and replays are refused."""

from __future__ import annotations

import asyncio
import io
import os
import re
import socket
import tarfile
import traceback
from pathlib import Path
from typing import Any, cast

import httpx
import pytest
import respx
from respx.models import Call
from spec_tools import Spec
from test_facade_methods import HMAC, KEYS
from test_facade_methods import _required_arguments as required_arguments  # pyright: ignore[reportPrivateUsage]

from muxi import (
    AsyncFormationClient,
    AsyncServerClient,
    BundleEntry,
    ConfigurationError,
    FormationClient,
    MuxiError,
    ServerClient,
    bundle_manifest,
    webhook,
)
from muxi._helpers.bundle import open_bundle

F = "http://formation.test"


def _requests(router: respx.MockRouter) -> list[httpx.Request]:
    return [call.request for call in cast("list[Call]", router.calls)]


S = "http://server.test"

# ============================================================================ 2. ids cannot steer paths


def _path_parameters(path: str) -> list[str]:
    return re.findall(r"{([^}]+)}", path)


@pytest.mark.parametrize("api", ["formation", "server"])
@pytest.mark.parametrize("bad", ["", ".", ".."])
def test_every_path_parameter_refuses_relative_segments(
    api: str, bad: str, formation_spec: Spec, server_spec: Spec
) -> None:
    spec = formation_spec if api == "formation" else server_spec
    checked = 0
    with respx.mock(assert_all_called=False) as router:  # no routes: any request would fail loudly
        client: Any = FormationClient(url=F, user_id="u", **KEYS) if api == "formation" else ServerClient(url=S, **HMAC)
        with client:
            for op in spec.operations:
                method = getattr(client, op.operation_id)
                arguments = required_arguments(method)
                for name in _path_parameters(op.path):
                    if name not in arguments:
                        continue  # e.g. update_formation reads the formation id from its bundle
                    with pytest.raises(ConfigurationError, match=name):
                        method(**{**arguments, name: bad})
                    checked += 1
        assert not router.calls, [str(request.url) for request in _requests(router)]
    assert checked >= (20 if api == "formation" else 10)


@pytest.mark.parametrize("formation_id", ["", ".", "..", "/", "a/b", "?x", "#x", "%2e%2e", "a\\b", "a\nb"])
def test_proxy_formation_id_cannot_change_the_url_path(formation_id: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MUXI_FORMATION_ID", "from-env")  # an explicit "" is not "use the environment"
    with respx.mock(assert_all_called=False) as router, pytest.raises(ConfigurationError, match="formation_id"):
        FormationClient(server_url=S, formation_id=formation_id, user_id="u", **KEYS)
    assert not router.calls


def test_proxy_formation_id_that_is_fine() -> None:
    with FormationClient(server_url=S, formation_id="my-formation", user_id="u", **KEYS) as client:
        assert str(client.base_url).rstrip("/").endswith("/api/my-formation/v1")


# ============================================================================ 8. bundles


CREDENTIALS = [
    ".ssh/id_rsa",
    ".aws/credentials",
    ".gnupg/secring.gpg",
    ".npmrc",
    ".pypirc",
    ".netrc",
    ".git-credentials",
    "id_rsa",
    "id_rsa.pub",
    "id_ed25519",
    "ID_ECDSA",
    "tls/server.pem",
    "tls/server.key",
    "credentials.json",
    ".env",
    ".env.local",
    ".envrc",
    "secrets",
    "nested/.key",
    "cert.p12",
]
KEPT = ["formation.afs", "secrets.enc", ".key", "agents/a.afs", "notes/keys.md", "environment.md"]


def _formation(root: Path) -> Path:
    for relative in [*CREDENTIALS, *KEPT]:
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("id: hostile\nversion: 1.0.0\n" if relative == "formation.afs" else f"content of {relative}")
    return root


def _names(data: bytes) -> list[str]:
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        return [m.name.removeprefix("hostile/") for m in tar.getmembers() if m.isfile()]


def _built(root: Path) -> bytes:
    bundle = open_bundle(root)
    try:
        return bundle.file.read()
    finally:
        bundle.close()


def test_bundles_leave_credential_material_out(tmp_path: Path) -> None:
    names = _names(_built(_formation(tmp_path)))
    assert sorted(names) == sorted(KEPT)


def test_bundle_manifest_lists_entries_and_why_some_are_left_out(tmp_path: Path) -> None:
    entries = bundle_manifest(_formation(tmp_path))
    assert all(isinstance(entry, BundleEntry) for entry in entries)
    by_path = {entry.path: entry for entry in entries}
    for relative in KEPT:
        entry = by_path[relative]
        assert entry.included and entry.reason is None and entry.kind == "file"
        assert entry.size == len(f"content of {relative}") or relative == "formation.afs"
    for folder in (".ssh", ".aws", ".gnupg"):
        assert by_path[folder].kind == "directory" and by_path[folder].reason == "credential material"
        assert not any(path.startswith(folder + "/") for path in by_path)  # an excluded folder is not read
    assert by_path["id_rsa"].reason == "credential material"
    assert by_path["nested/.key"].reason == "credential material"  # only the top-level .key is the server's
    assert by_path[".env.local"].reason is not None and "environment" in by_path[".env.local"].reason
    assert by_path["secrets"].reason is not None and "secrets.enc" in by_path["secrets"].reason
    assert by_path["agents"].kind == "directory" and by_path["agents"].included
    assert [e.path for e in entries if e.included and e.kind == "file"] == _names(_built(tmp_path))
    with pytest.raises(ConfigurationError, match="not a directory"):
        bundle_manifest(tmp_path / "formation.afs")


needs_symlinks = pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")


@needs_symlinks
def test_links_out_of_the_formation_directory_are_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("private")
    root = tmp_path / "formation"
    root.mkdir()
    (root / "formation.afs").write_text("id: hostile\n")
    (root / "agents").mkdir()
    (root / "agents" / "leak.md").symlink_to(outside)
    for call in (open_bundle, bundle_manifest):
        with pytest.raises(ConfigurationError, match=r"'agents/leak\.md'.*link out of"):
            call(root)


@needs_symlinks
@pytest.mark.parametrize("target", ["dir", "missing", "loop"])
def test_links_to_folders_or_nowhere_are_refused(tmp_path: Path, target: str) -> None:
    (tmp_path / "formation.afs").write_text("id: hostile\n")
    (tmp_path / "real").mkdir()
    link = tmp_path / "link"
    link.symlink_to({"dir": tmp_path / "real", "missing": tmp_path / "nope", "loop": link}[target])
    with pytest.raises(ConfigurationError, match="'link'"):
        open_bundle(tmp_path)


@needs_symlinks
def test_links_inside_the_directory_are_stored_as_their_target(tmp_path: Path) -> None:
    (tmp_path / "formation.afs").write_text("id: hostile\n")
    (tmp_path / "shared.md").write_text("shared text")
    (tmp_path / "alias.md").symlink_to(tmp_path / "shared.md")
    with tarfile.open(fileobj=io.BytesIO(_built(tmp_path)), mode="r:gz") as tar:
        member = tar.getmember("hostile/alias.md")
        assert member.isfile() and not member.issym()
        extracted = tar.extractfile(member)
        assert extracted is not None and extracted.read() == b"shared text"
    entry = next(e for e in bundle_manifest(tmp_path) if e.path == "alias.md")
    assert entry.included and entry.size == len("shared text")


@needs_symlinks
def test_an_excluded_link_is_never_followed(tmp_path: Path) -> None:
    (tmp_path / "formation.afs").write_text("id: hostile\n")
    (tmp_path / ".env").symlink_to("/etc/passwd")
    assert _names(_built(tmp_path)) == ["formation.afs"]


# ============================================================================ 10. webhooks

SECRET = "whsec_hostile_0123"
BODY = b'{"id": "req_1", "status": "completed"}'
NOW = 1_800_000_000


def _v1(timestamp: int = NOW) -> str:
    return webhook.sign(BODY, SECRET, timestamp=timestamp).split(",")[1]


@pytest.mark.parametrize(
    ("header", "message"),
    [
        (f"t={NOW},{_v1()},v1={'0' * 64}", "v1= appears more than once"),
        (f"t={NOW},v1={'0' * 64},{_v1()}", "v1= appears more than once"),
        (f"t={NOW},t={NOW - 1},{_v1()}", "t= appears more than once"),
        (f"t={NOW},{_v1()}," + "x=" + "a" * 5000, "too long"),
        (f"t={NOW},v1=" + "a" * 10_000_000, "too long"),
        (f"t={NOW},{_v1()}".encode() + b"\xff" * 2000, "too long"),
        ("t=-1,v1=" + "a" * 64, "not an integer"),
        (f"t={10**19},v1=" + "a" * 64, "stale webhook"),
        ("t=,v1=" + "a" * 64, "not an integer"),
        (f"t={NOW},v1=", "not a hex"),
        (f"t={NOW}", "expected 't=<timestamp>,v1=<hex>'"),
        (_v1(), "expected 't=<timestamp>,v1=<hex>'"),
        (f"t={NOW},v1=" + "é" * 64, "not a hex"),
        (f"t={NOW},v1=".encode() + b"\xe9" * 64, "not a hex"),
        (f"t={NOW};{_v1()}", "malformed"),
        (12345, "expected a str"),
        ([f"t={NOW}", _v1()], "expected a str"),
    ],
    ids=lambda value: repr(value)[:40],
)
def test_odd_signature_headers_are_signature_errors(header: object, message: str) -> None:
    with pytest.raises(webhook.WebhookSignatureError, match=re.escape(message)):
        webhook.verify_signature(BODY, header, SECRET, now=NOW)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]


def test_replay_guard_accepts_a_delivery_once() -> None:
    guard = webhook.ReplayGuard()
    header = webhook.sign(BODY, SECRET, timestamp=NOW)
    assert guard.construct_event(BODY, header, SECRET, now=NOW).id == "req_1"
    with pytest.raises(webhook.WebhookReplayError, match="already received") as info:
        guard.construct_event(BODY, header, SECRET, now=NOW + 10)
    assert isinstance(info.value, webhook.WebhookSignatureError) and SECRET not in str(info.value)
    # the same result signed again (a new timestamp) is a new delivery, not a replay
    assert guard.verify(BODY, webhook.sign(BODY, SECRET, timestamp=NOW + 1), SECRET, now=NOW + 10)
    # once the window has closed the delivery is stale, whatever the guard remembers
    with pytest.raises(webhook.WebhookSignatureError, match="stale"):
        guard.verify(BODY, header, SECRET, now=NOW + 301)
    # a forged delivery is refused before it is remembered
    with pytest.raises(webhook.WebhookSignatureError, match="does not match"):
        guard.verify(b"{}", webhook.sign(BODY, SECRET, timestamp=NOW + 2), SECRET, now=NOW)
    assert guard.verify(BODY, webhook.sign(BODY, SECRET, timestamp=NOW + 2), SECRET, now=NOW)


def test_replay_guard_forgets_closed_windows() -> None:
    guard = webhook.ReplayGuard(tolerance=10)
    for i in range(3000):
        guard.verify(BODY, webhook.sign(BODY, SECRET, timestamp=NOW + i), SECRET, now=NOW + i)
    assert len(guard._expiry) < 2100  # pyright: ignore[reportPrivateUsage]


def test_replay_guard_with_a_shared_store() -> None:
    store: set[str] = set()
    keys: list[str] = []

    def seen(key: str) -> bool:  # what a Redis SET NX does, atomically
        keys.append(key)
        if key in store:
            return True
        store.add(key)
        return False

    first, second = webhook.ReplayGuard(seen=seen), webhook.ReplayGuard(seen=seen)  # two processes
    header = webhook.sign(BODY, SECRET, timestamp=NOW)
    assert first.verify(BODY, header, SECRET, now=NOW)
    with pytest.raises(webhook.WebhookReplayError):
        second.verify(BODY, header, SECRET, now=NOW)
    assert len(keys) == 2 and keys[0] == keys[1] and SECRET not in keys[0]


def test_replay_guard_does_not_consult_the_store_for_bad_signatures() -> None:
    calls: list[str] = []

    def seen(key: str) -> bool:
        calls.append(key)
        return False

    guard = webhook.ReplayGuard(seen=seen)
    with pytest.raises(webhook.WebhookSignatureError):
        guard.verify(BODY, "t=1,v1=" + "a" * 64, SECRET, now=NOW)
    assert calls == []


# ============================================================================ 3. no secret in errors

CLIENT_KEY = "ck_hostile_client_5d4c3b2a19"
ADMIN_KEY = "ak_hostile_admin_7e6f5a4b3c"
KEY_ID = "MUXI_hostile_key_id"
SECRET_KEY = "sk_hostile_secret_8a9b0c1d2e"


def _without_test_frames(summary: traceback.TracebackException) -> traceback.TracebackException:
    """The test's own frames hold the keys it passed: only the SDK's (and httpx's) frames are scanned."""
    summary.stack = traceback.StackSummary.from_list([f for f in summary.stack if f.filename != __file__])
    for chained in (summary.__cause__, summary.__context__):
        if chained is not None:
            _without_test_frames(chained)
    return summary


def _texts(error: BaseException) -> str:
    texts = [str(error), repr(error), *traceback.format_exception(error)]
    texts += _without_test_frames(traceback.TracebackException.from_exception(error, capture_locals=True)).format()
    return "".join(texts)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


FAILURES = ["401", "500", "refused", "timeout", "bad-header", "bad-idempotency-key"]


def _mock(router: respx.MockRouter, host: str, failure: str) -> None:
    route = router.route(host=host)
    if failure == "401":
        route.mock(return_value=httpx.Response(401, json={"error": {"code": "UNAUTHORIZED", "message": "no"}}))
    elif failure == "500":
        route.mock(return_value=httpx.Response(500, headers={"Retry-After": "0"}, json={"error": "boom"}))
    elif failure == "timeout":
        route.mock(side_effect=httpx.ReadTimeout("read timed out"))
    else:
        route.mock(return_value=httpx.Response(200, json={}))


def _call_options(failure: str) -> dict[str, Any]:
    """Per-call options of a failure case: one retry, and the bad value of the bad-input cases."""
    call: dict[str, Any] = {"max_retries": 1}
    if failure == "bad-header":
        call["extra_headers"] = {"X-Custom": "line\nbreak"}
    elif failure == "bad-idempotency-key":
        call["idempotency_key"] = "line\nbreak"
    return call


def _formation_failure(failure: str, kind: str) -> BaseException:
    url = f"http://127.0.0.1:{_closed_port()}" if failure == "refused" else F
    settings: dict[str, Any] = {"url": url, "user_id": "u", "client_key": CLIENT_KEY, "admin_key": ADMIN_KEY}
    call = _call_options(failure)
    with respx.mock(assert_all_called=False) as router:
        if failure != "refused":
            _mock(router, "formation.test", failure)
        else:
            router.route(host="127.0.0.1").pass_through()
        try:
            if kind == "sync":
                with FormationClient(**settings) as client:
                    client.get_secrets(**call)  # an admin-key route
                    client.get_agents(**call)  # a client-key route
            else:

                async def main() -> None:
                    async with AsyncFormationClient(**settings) as client:
                        await client.get_secrets(**call)
                        await client.get_agents(**call)

                asyncio.run(main())
        except MuxiError as error:
            return error
    raise AssertionError("no failure")


def _server_failure(failure: str, kind: str, signatures: list[str]) -> BaseException:
    url = f"http://127.0.0.1:{_closed_port()}" if failure == "refused" else S
    settings: dict[str, Any] = {"url": url, "key_id": KEY_ID, "secret_key": SECRET_KEY}
    call = _call_options(failure)
    with respx.mock(assert_all_called=False) as router:
        if failure != "refused":
            _mock(router, "server.test", failure)
        else:
            router.route(host="127.0.0.1").pass_through()
        try:
            if kind == "sync":
                with ServerClient(**settings) as client:
                    client.list_formations(**call)
            else:

                async def main() -> None:
                    async with AsyncServerClient(**settings) as client:
                        await client.list_formations(**call)

                asyncio.run(main())
        except MuxiError as error:
            return error
        finally:
            signatures += [
                request.headers["Authorization"].rsplit("signature=", 1)[1]
                for request in _requests(router)
                if "Authorization" in request.headers
            ]
    raise AssertionError("no failure")


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("failure", FAILURES)
def test_no_key_in_formation_errors_or_their_tracebacks(failure: str, kind: str) -> None:
    text = _texts(_formation_failure(failure, kind))
    assert CLIENT_KEY not in text and ADMIN_KEY not in text


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("failure", FAILURES)
def test_no_secret_or_signature_in_server_errors_or_their_tracebacks(failure: str, kind: str) -> None:
    signatures: list[str] = []
    text = _texts(_server_failure(failure, kind, signatures))
    assert SECRET_KEY not in text
    for signature in signatures:
        assert signature not in text


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_no_secret_in_deploy_errors(kind: str) -> None:
    fixture = Path(__file__).resolve().parent / "fixtures" / "formation"
    with respx.mock as router:
        router.post(f"{S}/rpc/formations").mock(
            return_value=httpx.Response(400, json={"error": "Bad Request", "message": "IDMismatch", "code": 400})
        )
        try:
            if kind == "sync":
                with ServerClient(url=S, key_id=KEY_ID, secret_key=SECRET_KEY) as client:
                    client.deploy_formation(fixture)
            else:

                async def main() -> None:
                    async with AsyncServerClient(url=S, key_id=KEY_ID, secret_key=SECRET_KEY) as client:
                        await client.deploy_formation(fixture)

                asyncio.run(main())
        except MuxiError as error:
            text = _texts(error)
        else:
            raise AssertionError("no failure")
        signature = router.calls.last.request.headers["Authorization"].rsplit("signature=", 1)[1]
    assert SECRET_KEY not in text and signature not in text


def test_keys_are_sent_as_they_are_but_shown_masked() -> None:
    with respx.mock as router:
        route = router.get(f"{F}/v1/secrets").mock(return_value=httpx.Response(401, json={}))
        with FormationClient(url=F, user_id="u", client_key=CLIENT_KEY, admin_key=ADMIN_KEY) as client:
            with pytest.raises(MuxiError):
                client.get_secrets(max_retries=0)
            shown = repr(vars(client))
        assert route.calls.last.request.headers["X-Muxi-Admin-Key"] == ADMIN_KEY
    assert ADMIN_KEY not in shown and CLIENT_KEY not in shown and "Secret('****')" in shown
