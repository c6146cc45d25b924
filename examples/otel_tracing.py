"""Trace calls and streams with OpenTelemetry: one CLIENT span per call, retries as events,
chat attributes, a stream's span open until the stream ends.

pip install "muxi-client[otel]" opentelemetry-sdk
python examples/otel_tracing.py
"""

from __future__ import annotations

from _connect import fake_formation, formation, formation_url
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter


def describe(span: ReadableSpan) -> list[str]:
    """A span in a few lines: name, status, the attributes that matter, the events."""
    attributes = dict(span.attributes or {})
    status = span.status.status_code.name
    lines = [f"{span.name} [{span.kind.name}, {status}] status_code={attributes.get('http.response.status_code')}"]
    shown = (
        "muxi.operation",
        "http.request.resend_count",
        "error.type",
        "gen_ai.operation.name",
        "gen_ai.agent.name",
        "muxi.stream.events",
    )
    lines += [f"  {name}={attributes[name]}" for name in shown if name in attributes]
    for name in ("gen_ai.conversation.id", "muxi.request_id"):
        if name in attributes:
            lines.append(f"  {name}={str(attributes[name]).split('_')[0]}_...")  # ids differ per run
    if "gen_ai.server.time_to_first_token" in attributes:
        lines.append("  gen_ai.server.time_to_first_token: recorded")
    events = [
        f"{event.name}({dict(event.attributes or {}).get('muxi.retry.reason')})"
        if event.name == "muxi.retry"
        else event.name
        for event in span.events
    ]
    lines.append(f"  events: {', '.join(events)}")
    return lines


def main() -> None:
    exporter = InMemorySpanExporter()  # a real app exports with OTLP; this one prints
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    trace.set_tracer_provider(provider)  # from here on the SDK traces every call

    with formation(user_id="example-user") as client:
        if not formation_url():
            fake_formation().fail_next(503, "UNAVAILABLE", retry_after=0.05)  # one retry to see
        client.get_agents()
        print("chat:", client.chat("What can you do?", agent="assistant").text)
        with client.chat_stream("Explain tracing in one sentence.") as stream:
            for _ in stream:
                pass  # the span ends with the stream: exhausted here, or closed, or dropped
        try:
            client.get_agent("no-such-agent")
        except Exception as error:
            print("error:", type(error).__name__)

    provider.force_flush()
    for span in exporter.get_finished_spans():
        print("\n".join(describe(span)))
    # The formation received the span's context: its own spans join this trace.
    if not formation_url():
        print("traceparent sent:", "traceparent" in fake_formation().requests[-1].headers)


if __name__ == "__main__":
    main()
