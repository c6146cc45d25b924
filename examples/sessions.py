"""Sessions and history: continue a conversation, list sessions, read the messages back.

python examples/sessions.py
"""

from __future__ import annotations

from _connect import formation


def main() -> None:
    with formation(user_id="history-user") as client:
        first = client.chat("My favourite colour is green.")
        client.chat("And my favourite tea is sencha.", session_id=first.session_id)

        assert first.session_id is not None
        session = client.get_session(first.session_id)
        print(f"session {session.session_id}: {session.message_count} messages")

        for message in client.get_session_messages(first.session_id).messages:
            role = message.metadata.to_dict().get("role", "?") if message.metadata else "?"
            print(f"  {role:>9}: {message.text}")

        print("my sessions:", [s.session_id for s in client.get_sessions().sessions])


if __name__ == "__main__":
    main()
