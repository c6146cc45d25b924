"""OpenTelemetry: one CLIENT span per call and per stream, free when no tracer provider is set.

The spans are read from an ``InMemorySpanExporter`` behind an SDK ``TracerProvider`` that the
``spans`` fixture installs as OpenTelemetry's global provider for one test only (the global is
restored after it, so the other tests never see a provider or a ``traceparent`` header).
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator, Mapping
from typing import Any

import httpx
import pytest
import respx
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode
from respx_calls import sent_requests

from muxi import ChatEvent, FormationClient, FormationError, MuxiError, NotFoundError, RateLimitError
from muxi import ConnectionError as MuxiConnectionError
from muxi._core.otel import CAPTURE_CONTENT_ENV, NO_TRACE, call_trace
from muxi._core.transport import Call
from muxi.testing import FakeFormation, FakeServer

F = "http://formation.test"


def envelope(data: Any) -> dict[str, Any]:
    return {"object": "x", "timestamp": 1, "type": "x", "request": {"id": "req_otel", "idempotency_key": None},
            "success": True, "error": None, "data": data}  # fmt: skip


AGENTS = envelope({"agents": [], "count": 0})


@pytest.fixture
def spans(monkeypatch: pytest.MonkeyPatch) -> Iterator[InMemorySpanExporter]:
    """An SDK provider with an in-memory exporter as the global provider, for this test only."""
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    monkeypatch.setattr(trace, "_TRACER_PROVIDER", provider)
    monkeypatch.delenv(CAPTURE_CONTENT_ENV, raising=False)
    yield exporter
    provider.shutdown()


def only(exporter: InMemorySpanExporter) -> ReadableSpan:
    finished = exporter.get_finished_spans()
    assert len(finished) == 1, [span.name for span in finished]
    return finished[0]


def attributes(span: ReadableSpan) -> Mapping[str, Any]:
    return dict(span.attributes or {})


def event_names(span: ReadableSpan) -> list[str]:
    return [event.name for event in span.events]


def traceparent(span: ReadableSpan) -> str:
    """The W3C traceparent of ``span`` without its flags: version, trace id, parent id."""
    context = span.get_span_context()
    assert context is not None
    return f"00-{context.trace_id:032x}-{context.span_id:016x}"


def sent(request: httpx.Request | Mapping[str, str]) -> str:
    """The traceparent a request carried, without its flags."""
    headers = request.headers if isinstance(request, httpx.Request) else request
    return headers["traceparent"].rsplit("-", 1)[0]


def everything(span: ReadableSpan) -> str:
    """Every text a span exports: name, attributes, events and their attributes, status."""
    texts = [span.name, json.dumps(attributes(span), default=str), span.status.description or ""]
    for event in span.events:
        texts += [event.name, json.dumps(dict(event.attributes or {}), default=str)]
    return "\n".join(texts)


# ------------------------------------------------------------------------------------ free when unused


def test_no_provider_no_trace_and_no_header() -> None:
    """opentelemetry is imported here (this module), but no provider is set: nothing is recorded."""
    assert isinstance(trace.get_tracer_provider(), trace.ProxyTracerProvider)
    call = Call(operation="get_agents", build=lambda: httpx.Request("GET", F))
    assert call_trace(call, {}, F) is NO_TRACE
    fake = FakeFormation()
    with fake.client() as client:
        client.get_agents()
    assert "traceparent" not in fake.requests[-1].headers


def test_import_and_first_call_never_import_opentelemetry() -> None:
    """Without a provider, and with the package not installed at all, muxi never imports it."""
    script = textwrap.dedent(
        """
        import sys

        class Absent:  # the extra is not installed: every opentelemetry import fails
            def find_spec(self, name, path=None, target=None):
                if name == "opentelemetry" or name.startswith("opentelemetry."):
                    raise ImportError(name)
                return None

        if sys.argv[1] == "absent":
            sys.meta_path.insert(0, Absent())
        import muxi
        from muxi.testing import FakeFormation

        fake = FakeFormation()
        with fake.client() as client:
            client.get_agents()
            print(client.chat("hi").text)
            with client.chat_stream("hi") as stream:
                print(stream.final_response().text)
        print(sorted(name for name in sys.modules if name.startswith("opentelemetry")))
        """
    )
    for mode in ("installed", "absent"):
        done = subprocess.run(
            [sys.executable, "-c", script, mode], capture_output=True, text=True, timeout=60, check=False
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.splitlines() == ["echo: hi", "echo: hi", "[]"], (mode, done.stdout)


# ------------------------------------------------------------------------------------ one span per call


def test_one_client_span_per_call_with_the_http_conventions(spans: InMemorySpanExporter) -> None:
    fake = FakeFormation()
    with fake.client() as client:
        client.get_agents()
    span = only(spans)
    assert span.name == "GET /v1/agents"
    assert span.kind is SpanKind.CLIENT
    assert span.status.status_code is StatusCode.UNSET
    found = attributes(span)
    assert found["http.request.method"] == "GET"
    assert found["server.address"] == "fake-formation.test"
    assert found["server.port"] == 80
    assert found["url.full"] == "http://fake-formation.test/v1/agents"
    assert found["url.template"] == "/v1/agents"
    assert found["http.response.status_code"] == 200
    assert found["muxi.operation"] == "get_agents"
    assert str(found["muxi.request_id"]).startswith("req_")
    assert "http.request.resend_count" not in found
    assert event_names(span) == ["muxi.attempt"]
    assert "gen_ai.operation.name" not in found
    # The span's context travelled with the request, so the formation's spans can join the trace.
    assert sent(fake.requests[-1]) == traceparent(span)


def test_path_template_and_redacted_query(spans: InMemorySpanExporter) -> None:
    fake = FakeFormation()
    with fake.client() as client, pytest.raises(NotFoundError):
        client.get_agent("nobody", extra_query={"token": "s3cr3t-value", "limit": 5})
    span = only(spans)
    assert span.name == "GET /v1/agents/{agent_id}"
    found = attributes(span)
    assert found["url.full"] == "http://fake-formation.test/v1/agents/nobody?token=REDACTED&limit=REDACTED"
    assert "s3cr3t-value" not in everything(span)
    assert fake.requests[-1].url.params["token"] == "s3cr3t-value"  # only the span is redacted


def test_retries_are_events_of_the_one_span(spans: InMemorySpanExporter, sleeps: list[float]) -> None:
    fake = FakeFormation()
    fake.fail_next(503, "UNAVAILABLE", times=2)
    with fake.client() as client:
        client.get_agents()
    span = only(spans)
    assert event_names(span) == ["muxi.attempt", "muxi.retry", "muxi.attempt", "muxi.retry", "muxi.attempt"]
    retries = [dict(event.attributes or {}) for event in span.events if event.name == "muxi.retry"]
    assert [r["muxi.retry"] for r in retries] == [1, 2]
    assert [r["muxi.retry.reason"] for r in retries] == ["HTTP 503", "HTTP 503"]
    assert [r["http.response.status_code"] for r in retries] == [503, 503]
    assert [r["muxi.retry.wait_s"] for r in retries] == sleeps
    attempts = [dict(event.attributes or {})["muxi.attempt"] for event in span.events if event.name == "muxi.attempt"]
    assert attempts == [1, 2, 3]
    found = attributes(span)
    assert found["http.request.resend_count"] == 2
    assert found["http.response.status_code"] == 200
    assert span.status.status_code is StatusCode.UNSET
    # Every attempt carries the same span's context.
    assert [sent(r) for r in fake.requests] == [traceparent(span)] * 3


def test_a_call_that_gives_up_is_an_error_span(spans: InMemorySpanExporter, sleeps: list[float]) -> None:
    fake = FakeFormation()
    fake.fail_next(429, "RATE_LIMITED", times=3, retry_after=0.1)
    with fake.client(max_retries=1) as client, pytest.raises(RateLimitError):
        client.get_agents()
    span = only(spans)
    assert event_names(span).count("muxi.retry") == 1 == len(sleeps)
    found = attributes(span)
    assert found["error.type"] == "429"
    assert found["http.response.status_code"] == 429
    assert found["http.request.resend_count"] == 1
    assert span.status.status_code is StatusCode.ERROR


def test_a_404_sets_error_status_and_error_type(spans: InMemorySpanExporter) -> None:
    fake = FakeFormation()
    with fake.client() as client, pytest.raises(NotFoundError) as raised:
        client.get_agent("nobody")
    span = only(spans)
    assert span.status.status_code is StatusCode.ERROR
    assert span.status.description == "NotFoundError"
    found = attributes(span)
    assert found["error.type"] == "404"
    assert found["http.response.status_code"] == 404
    assert found["muxi.error.code"] == raised.value.code
    assert found["muxi.request_id"] == raised.value.request_id
    exception = next(event for event in span.events if event.name == "exception")
    details = dict(exception.attributes or {})
    assert details["exception.type"] == "muxi.errors.NotFoundError"
    assert details["exception.message"] == str(raised.value)


def test_a_network_failure_is_an_error_span(spans: InMemorySpanExporter) -> None:
    with respx.mock:
        respx.get(f"{F}/v1/agents").mock(side_effect=httpx.ConnectError("refused"))
        with FormationClient(url=F, admin_key="sk_a", max_retries=0) as client, pytest.raises(MuxiConnectionError):
            client.get_agents()
    span = only(spans)
    assert attributes(span)["error.type"] == "ConnectionError"
    assert "http.response.status_code" not in attributes(span)
    assert event_names(span) == ["muxi.attempt", "exception"]
    assert span.status.status_code is StatusCode.ERROR


# ------------------------------------------------------------------------------------ chat and streams


def test_chat_has_the_genai_attributes_and_no_content_by_default(spans: InMemorySpanExporter) -> None:
    fake = FakeFormation()
    with fake.client(user_id="alice") as client:
        answer = client.chat("What is MUXI?", agent="assistant")
    span = only(spans)
    assert span.name == "POST /v1/chat"
    found = attributes(span)
    assert found["gen_ai.operation.name"] == "chat"
    assert found["gen_ai.provider.name"] == "muxi"
    assert found["gen_ai.agent.name"] == found["gen_ai.agent.id"] == "assistant"
    assert found["gen_ai.conversation.id"] == answer.session_id
    assert found["muxi.request_id"] == answer.request_id
    assert found["gen_ai.response.id"] == answer.request_id
    assert "gen_ai.input.messages" not in found and "gen_ai.output.messages" not in found
    assert "What is MUXI?" not in everything(span) and answer.text not in everything(span)
    assert "alice" not in everything(span)  # the end user's id is not recorded


def test_content_is_captured_only_on_opt_in(spans: InMemorySpanExporter, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CAPTURE_CONTENT_ENV, "true")
    fake = FakeFormation()
    with fake.client(user_id="alice") as client:
        answer = client.chat("What is MUXI?")
        with client.chat_stream("Stream it") as stream:
            streamed = stream.final_response()
    chat, streamed_chat = spans.get_finished_spans()
    sent = json.loads(str(attributes(chat)["gen_ai.input.messages"]))
    assert sent == [{"role": "user", "parts": [{"type": "text", "content": "What is MUXI?"}]}]
    received = json.loads(str(attributes(chat)["gen_ai.output.messages"]))
    assert received[0]["role"] == "assistant"
    assert received[0]["parts"] == [{"type": "text", "content": answer.text}]
    received = json.loads(str(attributes(streamed_chat)["gen_ai.output.messages"]))
    assert received[0]["parts"] == [{"type": "text", "content": streamed.text}]


def test_a_chat_stream_span_lasts_until_the_stream_is_exhausted(spans: InMemorySpanExporter) -> None:
    fake = FakeFormation()
    with fake.client(user_id="alice") as client:
        stream = client.chat_stream("Tell me a story", agent="assistant")
        assert spans.get_finished_spans() == ()  # sent, open: the span is not over
        events = list(stream)
        response = stream.final_response()
    span = only(spans)
    found = attributes(span)
    assert found["muxi.stream.events"] == len(events)
    assert isinstance(found["gen_ai.server.time_to_first_token"], float)
    assert found["gen_ai.server.time_to_first_token"] >= found["muxi.stream.time_to_first_event"] >= 0
    assert found["gen_ai.conversation.id"] == response.session_id
    assert found["muxi.request_id"] == response.request_id
    assert found["http.response.status_code"] == 200
    assert found["gen_ai.agent.name"] == "assistant"
    assert span.status.status_code is StatusCode.UNSET
    assert sent(fake.requests[-1]) == traceparent(span)


def test_a_stream_closed_early_ends_its_span(spans: InMemorySpanExporter) -> None:
    fake = FakeFormation()
    with fake.client(user_id="alice") as client:
        stream = client.chat_stream("Tell me a story")
        first = next(iter(stream))
        assert spans.get_finished_spans() == ()
        stream.close()
    span = only(spans)
    assert attributes(span)["muxi.stream.events"] == 1  # what reached the caller, not what was decoded
    assert first.type in ("progress", "planning", "text")


def test_captured_content_is_what_the_caller_read(spans: InMemorySpanExporter, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CAPTURE_CONTENT_ENV, "true")
    fake = FakeFormation()
    fake.reply_with("a story told in several words")
    with fake.client(user_id="alice") as client, client.chat_stream("Tell me a story") as stream:
        read: list[ChatEvent] = []
        for event in stream:
            read.append(event)
            if event.type == "text":
                break
    span = only(spans)
    assert attributes(span)["muxi.stream.events"] == len(read)
    received = json.loads(str(attributes(span)["gen_ai.output.messages"]))
    text = "".join(event.text or "" for event in read if event.type == "text")
    assert received[0]["parts"] == [{"type": "text", "content": text}]
    assert text != "a story told in several words"  # the rest was decoded but never read: not recorded


def test_an_abandoned_stream_ends_its_span_when_collected(spans: InMemorySpanExporter) -> None:
    fake = FakeFormation()
    client = fake.client(user_id="alice")
    stream = client.chat_stream("Tell me a story")
    next(iter(stream))
    del stream
    gc.collect()
    only(spans)
    never_iterated = client.chat_stream("Again")
    del never_iterated
    gc.collect()
    assert len(spans.get_finished_spans()) == 2
    client.close()


def test_a_stream_error_frame_sets_the_error_status(spans: InMemorySpanExporter) -> None:
    frames = b'data: {"token": {"type": "progress", "content": "..."}}\n\nevent: error\ndata: {"error": "boom"}\n\n'
    with respx.mock:
        respx.post(f"{F}/v1/chat").mock(
            return_value=httpx.Response(200, content=frames, headers={"content-type": "text/event-stream"})
        )
        with FormationClient(url=F, client_key="sk_c", user_id="u") as client, pytest.raises(FormationError):
            for _ in client.chat_stream("hi"):
                pass
    span = only(spans)
    assert span.status.status_code is StatusCode.ERROR
    assert attributes(span)["error.type"] == "FormationError"
    assert attributes(span)["muxi.stream.events"] == 1


# ------------------------------------------------------------------------------------ async


@pytest.mark.anyio
async def test_async_calls_and_streams(spans: InMemorySpanExporter, sleeps: list[float]) -> None:
    fake = FakeFormation()
    fake.fail_next(502, times=1)
    async with fake.async_client(user_id="alice") as client:
        await client.get_agents()
        with pytest.raises(NotFoundError):
            await client.get_agent("nobody")
        stream = client.chat_stream("Tell me a story")
        count = 0
        async for _ in stream:
            count += 1
        await client.chat("hi", agent="assistant")
    agents, missing, streamed, chat = spans.get_finished_spans()
    assert event_names(agents).count("muxi.retry") == 1 and len(sleeps) == 1
    assert attributes(agents)["http.request.resend_count"] == 1
    assert missing.status.status_code is StatusCode.ERROR and attributes(missing)["error.type"] == "404"
    assert attributes(streamed)["muxi.stream.events"] == count
    assert "gen_ai.server.time_to_first_token" in attributes(streamed)
    assert attributes(chat)["gen_ai.agent.name"] == "assistant"
    assert [span.kind for span in (agents, missing, streamed, chat)] == [SpanKind.CLIENT] * 4
    assert sent(fake.requests[-2]) == traceparent(streamed)


@pytest.mark.anyio
async def test_an_async_stream_closed_early_ends_its_span(spans: InMemorySpanExporter) -> None:
    fake = FakeFormation()
    async with fake.async_client(user_id="alice") as client:
        stream = await client.chat_stream("Tell me a story")
        assert spans.get_finished_spans() == ()
        await stream.__anext__()
        await stream.aclose()
    assert attributes(only(spans))["muxi.stream.events"] == 1


# ------------------------------------------------------------------------------------ server API, secrets


def test_server_api_spans(spans: InMemorySpanExporter) -> None:
    server = FakeServer()
    server.add_formation("hello")
    with server.client() as client:
        client.list_formations()
        with pytest.raises(NotFoundError):
            client.get_formation("nobody")
    listed, missing = spans.get_finished_spans()
    assert listed.name == "GET /rpc/formations"
    assert attributes(listed)["muxi.operation"] == "list_formations"
    assert missing.name == "GET /rpc/formations/{formation_id}"
    assert attributes(missing)["error.type"] == "404"
    assert all(sent(r.headers) for r in server.requests)


@pytest.mark.anyio
async def test_async_server_api_spans(spans: InMemorySpanExporter) -> None:
    server = FakeServer()
    async with server.async_client() as client:
        await client.list_formations()
    assert only(spans).name == "GET /rpc/formations"


def test_no_secret_in_any_span(spans: InMemorySpanExporter, sleeps: list[float]) -> None:
    admin, client_key = "sk_admin_otel_7c1f9a2b", "sk_client_otel_3e5d8b1a"
    with respx.mock:
        respx.get(f"{F}/v1/agents").mock(side_effect=[httpx.Response(503), httpx.Response(200, json=AGENTS)])
        # A server that echoes the key it was sent: the error text is redacted in the span.
        respx.get(f"{F}/v1/status").mock(
            return_value=httpx.Response(401, json={"error": {"code": "UNAUTHORIZED", "message": f"bad key {admin}"}})
        )
        respx.post(f"{F}/v1/chat").mock(return_value=httpx.Response(500, text=f"oops {client_key}"))
        with FormationClient(url=F, admin_key=admin, client_key=client_key, user_id="u", max_retries=0) as client:
            client.with_options(max_retries=1).get_agents()
            with pytest.raises(MuxiError):
                client.get_status()
            with pytest.raises(MuxiError):
                client.chat("hi")
    server = FakeServer()
    with server.client() as rpc:
        rpc.list_formations()
        with pytest.raises(NotFoundError):
            rpc.get_formation("nobody")
    finished = spans.get_finished_spans()
    assert len(finished) == 5
    for span in finished:
        text = everything(span)
        for secret in (admin, client_key, server.secret_key):
            assert secret not in text, (span.name, secret)
        assert "MUXI-HMAC" not in text and "signature=" not in text


def test_cross_origin_redirect_gets_no_trace_context(spans: InMemorySpanExporter) -> None:
    with respx.mock:
        origin = respx.get(f"{F}/v1/agents").mock(
            return_value=httpx.Response(302, headers={"location": "http://elsewhere.test/v1/agents?sig=abc"})
        )
        moved = respx.get("http://elsewhere.test/v1/agents").mock(return_value=httpx.Response(200, json=AGENTS))
        with FormationClient(url=F, admin_key="sk_a", follow_redirects=True) as client:
            client.get_agents()
        first, second = sent_requests(origin)[0], sent_requests(moved)[0]
    span = only(spans)
    assert sent(first) == traceparent(span)
    assert "traceparent" not in second.headers and "x-muxi-admin-key" not in second.headers
    redirect = next(event for event in span.events if event.name == "muxi.redirect")
    assert dict(redirect.attributes or {}) == {
        "http.response.status_code": 302,
        "url.full": "http://elsewhere.test/v1/agents?sig=REDACTED",
        "muxi.redirect.same_origin": False,
    }
    assert attributes(span)["http.request.resend_count"] == 1
    assert attributes(span)["server.address"] == "formation.test"  # the call's origin


def test_a_method_of_several_calls_is_one_parent_span(spans: InMemorySpanExporter) -> None:
    """list_models() and set_secret() (POST, then PUT after a 409) are one logical call: one INTERNAL parent."""
    fake = FakeFormation()
    with fake.client() as client:
        assert [model.id for model in client.list_models()] == ["assistant"]
        client.set_secret("API_TOKEN", "first")
        client.set_secret("API_TOKEN", "second")  # 409 on POST, then PUT
    finished = spans.get_finished_spans()
    parents = [span for span in finished if span.kind is SpanKind.INTERNAL]
    assert [span.name for span in parents] == ["muxi.list_models", "muxi.set_secret", "muxi.set_secret"]

    def children(parent: ReadableSpan) -> list[ReadableSpan]:
        context = parent.context
        assert context is not None
        return [span for span in finished if span.parent is not None and span.parent.span_id == context.span_id]

    for parent in parents:
        assert parent.status.status_code is StatusCode.UNSET  # the caught 409 is the child's, not the method's
        assert all(child.kind is SpanKind.CLIENT for child in children(parent))
    assert [len(children(parent)) for parent in parents] == [2, 1, 2]
    recorded = str([attributes(span) for span in finished])
    assert "first" not in recorded and "second" not in recorded


@pytest.mark.parametrize(
    ("value", "in_attributes", "in_events"),
    [("EVENT_ONLY", False, True), ("SPAN_AND_EVENT", True, True), ("SPAN_ONLY", True, False), ("false", False, False)],
)
def test_where_content_goes_follows_the_genai_convention(
    spans: InMemorySpanExporter, monkeypatch: pytest.MonkeyPatch, value: str, in_attributes: bool, in_events: bool
) -> None:
    monkeypatch.setenv(CAPTURE_CONTENT_ENV, value)
    fake = FakeFormation()
    with fake.client(user_id="alice") as client:
        client.chat("What is MUXI?")
    span = only(spans)
    assert ("gen_ai.input.messages" in attributes(span)) is in_attributes
    assert ("gen_ai.output.messages" in attributes(span)) is in_attributes
    details = [event for event in span.events if event.name == "gen_ai.client.inference.operation.details"]
    assert bool(details) is in_events
    if in_events:
        recorded = {name for event in details for name in (event.attributes or {})}
        assert recorded == {"gen_ai.input.messages", "gen_ai.output.messages"}
    assert ("What is MUXI?" in everything(span)) is (in_attributes or in_events)
