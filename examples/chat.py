"""One chat turn, then a follow-up in the same session.

python examples/chat.py
"""

from __future__ import annotations

from _connect import formation


def main() -> None:
    with formation(user_id="example-user") as client:
        reply = client.chat("What can you do?")
        print(f"assistant: {reply.text}")
        print(f"  session {reply.session_id}, request {reply.request_id}")

        follow_up = client.chat("Tell me more.", session_id=reply.session_id)
        print(f"assistant: {follow_up.text}")
        assert follow_up.session_id == reply.session_id


if __name__ == "__main__":
    main()
