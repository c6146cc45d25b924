"""Impossible to misuse quietly: every mistake and every odd answer fails early, loudly, typed.

Each scenario runs with the blocking and the async client. What a caller gets wrong (a
misspelt option, a path parameter that would change the route, a header value HTTP cannot
carry, a body JSON cannot encode) raises before anything is sent; whatever a server sends
back raises a :class:`muxi.MuxiError` with its cause chained; errors name the culprit; and a
numeric ``timeout=`` is the deadline of the whole call.
"""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import hmac
import inspect
import io
import json
import re
import tarfile
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import respx
from fault_server import Behaviour, FaultHandler, FaultServer, closed_port, envelope, respond
from respx_calls import sent_requests

import muxi._core.shells as shells
import muxi._core.transport as transport
from muxi import (
    AsyncFormationClient,
    AsyncServerClient,
    ConfigurationError,
    ConnectionError,
    FormationClient,
    HmacAuth,
    MuxiError,
    ResponseValidationError,
    ServerClient,
    ServerError,
    StreamError,
    TimeoutError,
    ValidationError,
    webhook,
)
from muxi.errors import error_from_response

F = "http://formation.test"
S = "http://server.test:7890"
CLIENT_KEY = "sk_client_0123456789"
ADMIN_KEY = "sk_admin_0123456789"
KEY_ID = "MUXI_0011223344"
SECRET = "sk_secret_0123456789"
AGENTS: dict[str, Any] = {
    "object": "agent_list", "timestamp": 1, "type": "agents.retrieved",
    "request": {"id": "req_1", "idempotency_key": None}, "success": True, "error": None,
    "data": {"agents": [], "count": 0},
}  # fmt: skip
CHAT: dict[str, Any] = {
    **AGENTS,
    "data": {
        "message": {"role": "assistant", "content": "echo: hi", "artifacts": None, "metadata": {"session_id": "s1"}},
        "user_id": "0", "session_id": "s1", "request_id": None,
    },
}  # fmt: skip
ANY = Callable[[Any], Any]
KINDS = pytest.mark.parametrize("kind", ["sync", "async"])


@pytest.fixture(autouse=True)
def no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("MUXI_ADMIN_KEY", "MUXI_CLIENT_KEY", "MUXI_KEY_ID", "MUXI_SECRET_KEY", "MUXI_USER_ID", "MUXI_DEBUG"):
        monkeypatch.delenv(name, raising=False)


def run(kind: str, action: ANY, *, server: bool = False, **config: Any) -> Any:
    """``action(client)`` with a blocking or an async client (awaiting what it returns)."""
    if server:
        config = {"url": S, "key_id": KEY_ID, "secret_key": SECRET, **config}
    else:
        config = {"url": F, "client_key": CLIENT_KEY, "admin_key": ADMIN_KEY, **config}
    if kind == "sync":
        with (ServerClient if server else FormationClient)(**config) as client:
            return action(client)

    async def main() -> Any:
        async with (AsyncServerClient if server else AsyncFormationClient)(**config) as client:
            result = action(client)
            while inspect.isawaitable(result):
                result = await result
            return result

    return asyncio.run(main())


def construct(kind: str, *, server: bool = False, **config: Any) -> Any:
    """Build (only) a client of the kind."""
    if server:
        return (ServerClient if kind == "sync" else AsyncServerClient)(**config)
    return (FormationClient if kind == "sync" else AsyncFormationClient)(**config)


def _reply(request: httpx.Request) -> httpx.Response:
    """A fitting 200 for the operations these tests complete."""
    path = request.url.path
    if path.endswith("/chat"):
        return httpx.Response(200, json=CHAT)
    if "/triggers/" in path:
        return httpx.Response(200, json={**AGENTS, "data": {"status": "processing"}})
    if "/agents/" in path:
        return httpx.Response(200, json={**AGENTS, "data": {"id": "a", "name": "A"}})
    return httpx.Response(200, json=AGENTS)


@pytest.fixture
def wire() -> Iterator[respx.Route]:
    """A respx router where every request lands on one route: ``route.called`` says whether anything was sent."""
    with respx.mock(assert_all_called=False) as router:
        yield router.route().mock(side_effect=_reply)


def bundle_bytes() -> bytes:
    """A deployable bundle of formation ``f`` version 1.0.0."""
    data = b"id: f\nversion: 1.0.0\n"
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        info = tarfile.TarInfo("f/formation.afs")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


class FakeClock:
    """The call flow's clock; the retry waits advance it instead of waiting."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()

    async def sleep_async(seconds: float) -> None:
        fake.sleep(seconds)

    monkeypatch.setattr(transport, "monotonic", fake, raising=False)
    monkeypatch.setattr(shells, "sleep_sync", fake.sleep)
    monkeypatch.setattr(shells, "sleep_async", sleep_async)
    return fake


# =========================================================================== 1. unknown keyword arguments


MISSPELT_CHAT_OPTIONS: list[ANY] = [
    lambda c: c.chat("hi", sesion_id="s"),
    lambda c: c.chat_stream("hi", sesion_id="s"),
    lambda c: c.audio_chat([b"RIFF"], sesion_id="s"),
    lambda c: c.audio_chat_stream([b"RIFF"], sesion_id="s"),
    lambda c: c.create_completion("hi", sesion_id="s"),
    lambda c: c.create_completion("hi", stream=True, sesion_id="s"),
]
UNKNOWN_ARGUMENTS: list[tuple[ANY, str]] = [
    (lambda c: c.get_secret("K", user="u"), "user"),
    (lambda c: c.set_secret("K", "V", retries=2), "retries"),
    (lambda c: c.stream_events(raise_error=False), "raise_error"),
    (lambda c: c.call("get_agents", limt=3), "limt"),
    (lambda c: c.call("get_agents", extra_body={"x": 1}), "extra_body"),
    (lambda c: c.stream_logs(levle="info"), "levle"),  # the typo, not "needs at least one filter"
    (lambda c: c.iter_artifact_content("a", chunksize=4), "chunksize"),
    (lambda c: c.download_artifact("a", "out.bin", chunk_size=4), "chunk_size"),
]
UNKNOWN_SERVER_ARGUMENTS: list[tuple[ANY, str]] = [
    (lambda c: c.deploy_formation(bundle_bytes(), idempotency="k"), "idempotency"),
    (lambda c: c.update_formation_stream(bundle_bytes(), raise_error=1), "raise_error"),
    (lambda c: c.start_formation_stream("f", raise_error=False), "raise_error"),
    (lambda c: c.call("list_formations", user_id="u"), "user_id"),
    (lambda c: c.deploy_formation(bundle_bytes(), formationid="f"), "formationid"),
    (lambda c: c.with_options(user_id="u"), "user_id"),  # a formation setting, not a server one
]


@KINDS
@pytest.mark.parametrize(
    "action",
    MISSPELT_CHAT_OPTIONS,
    ids=["chat", "chat_stream", "audio_chat", "audio_chat_stream", "create_completion", "completion_stream"],
)
def test_misspelt_chat_option_is_a_type_error_before_io(kind: str, action: ANY, wire: respx.Route) -> None:
    with pytest.raises(TypeError) as info:
        run(kind, action, user_id="u1")
    message = str(info.value)
    assert "unexpected keyword argument 'sesion_id' (did you mean 'session_id'?)" in message
    assert "it accepts" in message and "session_id" in message and "extra_body" in message
    assert not wire.called


@KINDS
@pytest.mark.parametrize(
    ("action", "name"),
    UNKNOWN_ARGUMENTS,
    ids=[
        "get_secret",
        "set_secret",
        "stream_events",
        "call",
        "call-extra_body-without-a-body",
        "stream_logs",
        "iter_artifact_content",
        "download_artifact",
    ],
)
def test_unknown_argument_of_other_methods_is_a_type_error(
    kind: str, action: ANY, name: str, wire: respx.Route
) -> None:
    with pytest.raises(TypeError, match=f"unexpected keyword argument '{name}'.*; it accepts .*extra_query"):
        run(kind, action, user_id="u1")
    assert not wire.called


@KINDS
@pytest.mark.parametrize(
    ("action", "name"),
    UNKNOWN_SERVER_ARGUMENTS,
    ids=["deploy", "update_stream", "start_stream", "call", "deploy-formationid", "with_options"],
)
def test_unknown_argument_of_server_methods_is_a_type_error(
    kind: str, action: ANY, name: str, wire: respx.Route
) -> None:
    with pytest.raises(TypeError, match=f"unexpected keyword argument '{name}'"):
        run(kind, action, server=True)
    assert not wire.called


@KINDS
@pytest.mark.parametrize("server", [False, True], ids=["formation", "server"])
def test_misspelt_constructor_setting_is_a_type_error_naming_the_right_one(kind: str, server: bool) -> None:
    url = S if server else F
    with pytest.raises(TypeError) as info:
        construct(kind, server=server, url=url, timout=5)
    name = ("Async" if kind == "async" else "") + ("ServerClient" if server else "FormationClient")
    message = str(info.value)
    assert message.startswith(f"{name}() got unexpected keyword argument 'timout' (did you mean 'timeout'?)")
    assert "max_response_bytes" in message and "url" in message  # the settings and the client's own arguments


@KINDS
def test_misspelt_with_options_change_is_a_type_error(kind: str) -> None:
    client = construct(kind, url=F)
    with pytest.raises(TypeError, match=r"with_options\(\) got unexpected keyword argument 'timout' \(did you mean"):
        client.with_options(timout=3)


@KINDS
def test_follow_redirects_must_be_a_bool(kind: str) -> None:
    with pytest.raises(ConfigurationError, match="follow_redirects must be True or False, got 'yes'"):
        construct(kind, url=F, follow_redirects="yes")


@KINDS
def test_call_with_a_missing_argument_is_a_type_error(kind: str, wire: respx.Route) -> None:
    with pytest.raises(TypeError, match="get_agent\\(\\) missing required argument: 'agent_id'"):
        run(kind, lambda c: c.call("get_agent"))
    assert not wire.called


@KINDS
def test_extra_body_and_extra_query_are_sent(kind: str, wire: respx.Route) -> None:
    run(kind, lambda c: c.chat("hi", extra_body={"new_field": [1]}, extra_query={"trace": "1"}), user_id="u1")
    run(kind, lambda c: c.fire_trigger("t", {"a": 1}, extra_body={"priority": 2}, extra_query={"dry": True}))
    run(kind, lambda c: c.call("get_agents", extra_query={"page": 2}))
    chat, trigger, agents = sent_requests(wire)
    assert json.loads(chat.content) == {"message": "hi", "stream": False, "new_field": [1]}
    assert chat.url.params["trace"] == "1"
    assert json.loads(trigger.content) == {"data": {"a": 1}, "priority": 2}
    assert trigger.url.params["dry"] == "true"
    assert str(agents.url) == f"{F}/v1/agents?page=2"


@KINDS
def test_extra_body_cannot_change_what_chat_streams(kind: str, wire: respx.Route) -> None:
    with pytest.raises(ConfigurationError, match="call chat_stream\\(\\) instead"):
        run(kind, lambda c: c.chat("hi", extra_body={"stream": True}), user_id="u1")
    with pytest.raises(ConfigurationError, match="extra_body must be a mapping"):
        run(kind, lambda c: c.chat("hi", extra_body=["stream"]), user_id="u1")
    assert not wire.called


# =========================================================================== 2. path parameters


@KINDS
@pytest.mark.parametrize("value", ["", ".", ".."])
def test_dot_segments_and_empty_path_parameters_are_refused(kind: str, value: str, wire: respx.Route) -> None:
    with pytest.raises(ConfigurationError, match="get_agent\\(\\) argument agent_id is"):
        run(kind, lambda c: c.get_agent(value))
    with pytest.raises(ConfigurationError, match="delete_formation\\(\\) argument formation_id is"):
        run(kind, lambda c: c.delete_formation(value), server=True)
    assert not wire.called


@KINDS
@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (None, "is required"),
        ({"a": 1}, "must be a str, got dict"),
        (["x"], "must be a str, got list"),
        (True, "must be a str, got bool"),
        ("\ud800", "contains a lone surrogate"),
    ],
)
def test_path_parameters_must_be_strings(kind: str, value: object, shown: str, wire: respx.Route) -> None:
    with pytest.raises(ConfigurationError, match=f"get_agent\\(\\) argument agent_id {shown}"):
        run(kind, lambda c: c.get_agent(value))
    assert not wire.called


@KINDS
def test_path_parameters_are_percent_encoded_and_keep_their_route(kind: str, wire: respx.Route) -> None:
    run(kind, lambda c: c.get_agent("a/../b?c=1#d"))
    run(kind, lambda c: c.get_agent(7))
    first, second = sent_requests(wire)
    assert first.url.raw_path == b"/v1/agents/a%2F..%2Fb%3Fc%3D1%23d" and not first.url.query
    assert second.url.path == "/v1/agents/7"


# =========================================================================== 3. header values, bodies


@KINDS
@pytest.mark.parametrize(
    ("argument", "value", "problem"),
    [
        ("client_key", CLIENT_KEY + "\n", "ends with a newline (a trailing '\\n' from a file"),
        ("admin_key", ADMIN_KEY + "\r\nX-Evil: 1", "contains a line break"),
        ("client_key", "sk_\x00client", "contains the control character U+0000"),
        ("admin_key", " " + ADMIN_KEY, "has leading or trailing whitespace"),
        ("client_key", CLIENT_KEY + "é", "contains non-ASCII characters"),
    ],
)
def test_bad_formation_keys_fail_at_construction_without_echoing(
    kind: str, argument: str, value: str, problem: str
) -> None:
    config: dict[str, Any] = {"url": F, argument: value}
    with pytest.raises(ConfigurationError, match=f"^{argument} {re.escape(problem)}") as info:
        construct(kind, **config)
    assert "0123456789" not in str(info.value) and info.value.__cause__ is None


@KINDS
@pytest.mark.parametrize(
    ("argument", "problem"), [("key_id", "ends with a newline"), ("secret_key", "ends with a newline")]
)
def test_bad_server_keys_fail_at_construction_without_echoing(kind: str, argument: str, problem: str) -> None:
    keys: dict[str, Any] = {"key_id": KEY_ID, "secret_key": SECRET}
    keys[argument] += "\n"
    with pytest.raises(ConfigurationError, match=f"^{argument} {problem}") as info:
        construct(kind, server=True, url=S, **keys)
    assert "0123456789" not in str(info.value) and "0011223344" not in str(info.value)
    with pytest.raises(ConfigurationError, match="key_id contains a line break"):
        HmacAuth("MUXI_a\nb", SECRET)


@KINDS
@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (123, "user_id must be a str, got int"),
        ("zoë", "user_id must be ASCII"),
        ("u\r\n1", "user_id contains a line break"),
        ("", "user_id is empty"),
    ],
)
def test_bad_user_ids_fail_at_construction_with_options_and_per_call(
    kind: str, value: object, problem: str, wire: respx.Route
) -> None:
    if value != "":  # an empty user id at construction means "none"
        with pytest.raises(ConfigurationError, match=problem):
            construct(kind, url=F, client_key=CLIENT_KEY, user_id=value)
    client = construct(kind, url=F, client_key=CLIENT_KEY)
    if value != "":
        with pytest.raises(ConfigurationError, match=problem):
            client.with_options(user_id=value)
    with pytest.raises(ConfigurationError, match=problem):
        run(kind, lambda c: c.chat("hi", user_id=value))
    with pytest.raises(ConfigurationError, match=problem):
        run(kind, lambda c: c.fire_trigger("t", {}, user_id=value))
    assert not wire.called


def test_non_ascii_user_id_explains_what_to_do() -> None:
    with pytest.raises(ConfigurationError) as info:
        FormationClient(url=F, user_id="zoë")
    assert "Latin-1" in str(info.value) and "percent-encode" in str(info.value) and "zoë" not in str(info.value)[:40]


@KINDS
def test_bad_extra_headers_and_headers_are_refused_before_io(kind: str, wire: respx.Route, sleeps: list[float]) -> None:
    with pytest.raises(ConfigurationError, match="extra_headers\\['X-Trace'\\] ends with a newline") as info:
        run(kind, lambda c: c.get_agents(extra_headers={"X-Trace": "secret-token\n"}))
    assert "secret-token" not in str(info.value)
    with pytest.raises(ConfigurationError, match="extra_headers has an invalid header name 'X Bad'"):
        run(kind, lambda c: c.get_agents(extra_headers={"X Bad": "1"}))
    with pytest.raises(ConfigurationError, match="idempotency_key contains a line break"):
        run(kind, lambda c: c.get_agents(idempotency_key="a\nb"))
    with pytest.raises(ConfigurationError, match="headers\\['X-Team'\\] contains the control character U\\+0007"):
        construct(kind, url=F, headers={"X-Team": "a\x07"})
    with pytest.raises(ConfigurationError, match="headers\\['X-Team'\\] has leading or trailing whitespace"):
        construct(kind, url=F).with_options(headers={"X-Team": "a "})
    assert not wire.called and sleeps == []


@KINDS
def test_body_that_cannot_be_encoded_names_the_field(kind: str, wire: respx.Route) -> None:
    with pytest.raises(ConfigurationError, match=r"^chat\(\): message contains a lone surrogate \(U\+D800\)") as info:
        run(kind, lambda c: c.chat("hi \ud800"), user_id="u1")
    assert isinstance(info.value.__cause__, UnicodeEncodeError)
    with pytest.raises(ConfigurationError, match="fire_trigger\\(\\): data\\['score'\\] is nan, which JSON cannot"):
        run(kind, lambda c: c.fire_trigger("t", {"score": float("nan")}))
    with pytest.raises(ConfigurationError, match="fire_trigger\\(\\): data\\['when'\\] is a object, which JSON"):
        run(kind, lambda c: c.fire_trigger("t", {"when": object()}))
    with pytest.raises(ConfigurationError, match="get_agents\\(\\): query parameter q cannot be sent"):
        run(kind, lambda c: c.get_agents(extra_query={"q": "\udcff"}))
    assert not wire.called


@KINDS
def test_body_arguments_of_the_wrong_kind_are_named(kind: str, wire: respx.Route) -> None:
    with pytest.raises(
        ConfigurationError, match="fire_trigger\\(\\) argument data must be a dict \\(JSON object\\), got str"
    ):
        run(kind, lambda c: c.fire_trigger("t", "not-a-dict"))
    with pytest.raises(
        ConfigurationError, match="fire_trigger\\(\\) argument use_async must be a bool or None, got str"
    ):
        run(kind, lambda c: c.fire_trigger("t", {}, use_async="yes"))
    with pytest.raises(ConfigurationError, match="fire_trigger\\(\\) argument data is required \\(got None\\)"):
        run(kind, lambda c: c.fire_trigger("t", None))
    with pytest.raises(ConfigurationError, match=r"job\(\) argument type_ must be one of 'one_time', 'recurring'"):
        run(kind, lambda c: c.create_scheduler_job("weekly", "0 9 * * 1", "Digest"))
    with pytest.raises(ConfigurationError, match="chat\\(\\) argument agent must be a str or None, got int"):
        run(kind, lambda c: c.chat("hi", agent=5), user_id="u1")
    with pytest.raises(
        ConfigurationError, match="fire_trigger\\(\\): the fields of body do not fit the TriggerRequest"
    ):
        run(kind, lambda c: c.call("fire_trigger", trigger_name="t", body={"data": "x"}))
    with pytest.raises(ConfigurationError, match="argument body must be a TriggerRequest or a dict, got list"):
        run(kind, lambda c: c.call("fire_trigger", trigger_name="t", body=[1]))
    assert not wire.called


# =========================================================================== 4. odd answers are MuxiErrors


def _deep(depth: int) -> bytes:
    return b'{"success":true,"data":' + b"[" * depth + b"]" * depth + b"}"


@KINDS
def test_a_json_body_nested_too_deeply_is_a_response_validation_error(kind: str, wire: respx.Route) -> None:
    headers = {"content-type": "application/json"}
    wire.mock(return_value=httpx.Response(200, content=_deep(100_000), headers=headers))
    with pytest.raises(ResponseValidationError) as info:
        run(kind, lambda c: c.get_agents())
    assert isinstance(info.value.__cause__, RecursionError)
    wire.mock(return_value=httpx.Response(500, content=_deep(100_000), headers=headers))
    with pytest.raises(ServerError):  # an error body nobody can parse still gives the status error
        run(kind, lambda c: c.get_agents(max_retries=0))


@KINDS
@pytest.mark.parametrize("status", [200, 500])
def test_a_body_that_cannot_be_decoded_is_a_response_validation_error(kind: str, status: int) -> None:
    gzipped = {"Content-Encoding": "gzip"}
    plain, compressed = b'{"not": "gzip"}', gzip.compress(envelope(AGENTS["data"]))
    with FaultServer(respond(status, plain, gzipped), respond(200, compressed, gzipped)) as server:
        expected = f"the body of the {status} response could not be decoded"
        with pytest.raises(ResponseValidationError, match=expected) as info:
            run(kind, lambda c: c.get_agents(max_retries=0), url=server.url)
        assert isinstance(info.value.__cause__, httpx.DecodingError) and info.value.status_code == status
        assert run(kind, lambda c: c.get_agents(), url=server.url).count == 0  # a real gzip body is fine
    assert len(server.attempts) == 2


@KINDS
def test_broken_utf8_json_is_a_response_validation_error(kind: str, wire: respx.Route) -> None:
    wire.mock(
        return_value=httpx.Response(200, content=b'{"data": "\xff\xfe"}', headers={"content-type": "application/json"})
    )
    with pytest.raises(ResponseValidationError) as info:
        run(kind, lambda c: c.get_agents())
    assert isinstance(info.value.__cause__, UnicodeDecodeError)


def _signed(body: bytes, timestamp: int = 1_700_000_000) -> str:
    return hmac.new(b"whsec", f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()


@pytest.mark.parametrize(
    "header",
    [
        "t=1700000000,v1=é",
        "t=1700000000,v1=" + "é" * 64,
        "t=\uff11\uff17\uff10\uff10,v1=" + "a" * 64,  # fullwidth digits: int() would take them
        "t=1700000000,v1=zz",
        "t=" + "9" * 5000 + ",v1=" + "a" * 64,
    ],
)
def test_garbage_webhook_signatures_are_signature_errors(header: str) -> None:
    with pytest.raises(webhook.WebhookSignatureError, match="malformed X-Muxi-Signature"):
        webhook.verify_signature(b"{}", header, "whsec", now=1_700_000_000)


def test_webhook_header_as_bytes_and_bad_payloads() -> None:
    body = b'{"id": "req_1", "status": "completed"}'
    header = f"t=1700000000,v1={_signed(body)}".encode()
    assert webhook.verify_signature(body, header, "whsec", now=1_700_000_000)  # type: ignore[arg-type]
    with pytest.raises(webhook.WebhookSignatureError, match="cannot be encoded as UTF-8"):
        webhook.verify_signature("\ud800", header.decode(), "whsec", now=1_700_000_000)
    with pytest.raises(MuxiError, match="RecursionError") as info:
        webhook.parse(b"[" * 100_000 + b"]" * 100_000)
    assert isinstance(info.value.__cause__, RecursionError)


# =========================================================================== 5. errors that name the culprit


RUNTIME_422 = {
    "object": "error", "timestamp": 1795379760018, "type": "error.validation",
    "request": {"id": "req_lI_ovSxktH6d7RybmiArN", "idempotency_key": None}, "success": False,
    "error": {"code": "INVALID_PARAMS", "message": "Validation failed: 1 error(s)",
              "data": {"validation_errors": [{"field": "message", "msg": "Field required", "type": "string",
                                              "error": "missing"}]}},
    "data": {},
}  # fmt: skip


@KINDS
def test_validation_errors_name_the_fields(kind: str, wire: respx.Route) -> None:
    wire.mock(return_value=httpx.Response(422, json=RUNTIME_422))
    with pytest.raises(ValidationError) as info:
        run(kind, lambda c: c.chat("hi"), user_id="u1")
    assert str(info.value) == (
        "422 INVALID_PARAMS: Validation failed: 1 error(s): message: Field required "
        "(request_id=req_lI_ovSxktH6d7RybmiArN)"
    )
    assert info.value.message == "Validation failed: 1 error(s)"  # the server's words are kept


def test_fastapi_style_validation_errors_name_the_fields() -> None:
    body = {"detail": [{"loc": ["body", "data", "issue"], "msg": "Field required", "type": "missing"}] * 7}
    error = error_from_response(httpx.Response(422, json=body))
    assert str(error).startswith("422: Validation failed: data.issue: Field required; data.issue: Field required")
    assert str(error).endswith("(+2 more)")


@KINDS
@pytest.mark.parametrize(
    "message", ["X-Muxi-User-ID header is required", "X-Muxi-User-ID header is required when using client API key"]
)
def test_a_missing_user_id_says_how_to_pass_one(kind: str, message: str, wire: respx.Route) -> None:
    body = {**RUNTIME_422, "error": {"code": "INVALID_REQUEST", "message": message, "data": None}}
    wire.mock(return_value=httpx.Response(400, json=body))
    with pytest.raises(ValidationError) as info:
        run(kind, lambda c: c.get_agents())
    hint = "pass user_id=... to the call, or set a default with FormationClient(user_id=...)"
    assert f"400 INVALID_REQUEST: {message}; {hint}" in str(info.value)


@KINDS
def test_network_errors_say_how_many_attempts_and_retries(kind: str, sleeps: list[float]) -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    with pytest.raises(ConnectionError, match=r"failed: .* \(after 4 attempts\)$") as info:
        run(kind, lambda c: c.get_agents(), url=url)
    assert info.value.retries_taken == 3 and len(sleeps) == 3
    with pytest.raises(ConnectionError, match=r"\(after 1 attempt\)$") as info:
        run(kind, lambda c: c.get_agents(max_retries=0), url=url)
    assert info.value.retries_taken == 0


@KINDS
def test_status_errors_after_retries_carry_retries_taken(kind: str, wire: respx.Route, sleeps: list[float]) -> None:
    wire.mock(return_value=httpx.Response(503, json=AGENTS))
    with pytest.raises(ServerError) as info:
        run(kind, lambda c: c.get_agents(max_retries=2))
    assert info.value.retries_taken == 2 and wire.call_count == 3
    wire.mock(return_value=httpx.Response(404, json=AGENTS))
    with pytest.raises(MuxiError) as other:
        run(kind, lambda c: c.get_agents())
    assert other.value.retries_taken == 0
    assert ConfigurationError("x").retries_taken == 0


# =========================================================================== 6. a deadline per call


@KINDS
def test_retries_stop_at_the_deadline(kind: str, wire: respx.Route, clock: FakeClock) -> None:
    wire.mock(return_value=httpx.Response(503, headers={"Retry-After": "0.8"}))
    with pytest.raises(ServerError) as info:
        run(kind, lambda c: c.get_agents(timeout=2, max_retries=5))
    # attempts at 0, 0.8 and 1.6 s; a fourth would start at 2.4 s, past the 2 s deadline
    assert wire.call_count == 3 and clock.slept == [0.8, 0.8] and info.value.retries_taken == 2
    second = sent_requests(wire)[1].extensions["timeout"]
    assert second == {phase: pytest.approx(1.2) for phase in ("connect", "read", "write", "pool")}


@KINDS
def test_the_client_default_of_30_seconds_is_a_deadline(kind: str, wire: respx.Route, clock: FakeClock) -> None:
    wire.mock(return_value=httpx.Response(503, headers={"Retry-After": "20"}))
    with pytest.raises(ServerError):
        run(kind, lambda c: c.get_agents())
    assert wire.call_count == 2 and clock.slept == [20.0]


@KINDS
def test_running_out_of_time_is_a_timeout_error_naming_the_deadline(
    kind: str, wire: respx.Route, clock: FakeClock
) -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        clock.now += 2.5
        raise httpx.ReadTimeout("read timed out", request=request)

    wire.mock(side_effect=slow)
    with pytest.raises(TimeoutError) as info:
        run(kind, lambda c: c.get_agents(timeout=2))
    assert "did not complete within its 2 s deadline (timeout=2) after 1 attempt" in str(info.value)
    assert wire.call_count == 1 and isinstance(info.value.__cause__, httpx.ReadTimeout)
    # An httpx.Timeout keeps per-phase limits: no deadline, the GET is retried.
    wire.reset()
    with pytest.raises(TimeoutError, match="timed out \\(read timeout\\) after 4 attempts"):
        run(kind, lambda c: c.get_agents(timeout=httpx.Timeout(2)))
    assert wire.call_count == 4


def drip(prefix: int, every: float) -> Behaviour:
    """A 200 whose body (JSON after ``prefix`` leading spaces) starts with one space every ``every`` seconds."""
    body = b" " * prefix + envelope({"agents": [], "count": 0})

    def behave(h: FaultHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.flush()
        for index in range(prefix):
            h.raw(body[index : index + 1])
            time.sleep(every)
        h.raw(body[prefix:])

    return behave


@KINDS
def test_a_dripping_body_cannot_outlast_the_deadline(kind: str) -> None:
    with FaultServer(drip(16, 0.25)) as server:  # 4 s of drip, each byte well within any read timeout
        started = time.monotonic()
        with pytest.raises(TimeoutError, match="within its 1 s deadline"):
            run(kind, lambda c: c.get_agents(), url=server.url, timeout=1)
        elapsed = time.monotonic() - started
    assert elapsed < 2.5 and len(server.attempts) == 1


def test_an_empty_user_id_at_construction_is_a_mistake() -> None:
    with pytest.raises(ConfigurationError, match="user_id is empty"):
        FormationClient(url="http://formation.test", client_key="ck", user_id="")


def test_a_deeply_nested_stream_frame_is_a_stream_error() -> None:
    from muxi._core.sse import ServerSentEvent
    from muxi._formation.chat import ChatState

    deep = "[" * 100_000 + "]" * 100_000
    with pytest.raises(StreamError):
        ChatState().convert(ServerSentEvent(event="message", data=deep))
    with pytest.raises(StreamError):
        ServerSentEvent(event="log", data=deep).json()
