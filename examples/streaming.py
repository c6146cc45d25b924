"""Stream an answer token by token, and look at every typed event on the way.

python examples/streaming.py
"""

from __future__ import annotations

from collections import Counter

from _connect import formation


def main() -> None:
    kinds: Counter[str] = Counter()
    with formation(user_id="example-user") as client:
        with client.chat_stream("Explain server-sent events in one paragraph.") as stream:
            for event in stream:
                kinds[event.type] += 1
                if event.type == "text":
                    print(event.text, end="", flush=True)  # a delta of the answer
                elif event.type in ("progress", "planning"):
                    print(f"[{event.type}: {event.text}]")
        print()
        # After the stream: the joined answer, the session, and the final `completed` event.
        print(f"answer: {len(stream.text)} characters in session {stream.session_id}")
        print("events:", ", ".join(f"{kind}={count}" for kind, count in sorted(kinds.items())))
        final = stream.final_response()
        assert final.text == stream.text


if __name__ == "__main__":
    main()
