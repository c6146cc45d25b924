"""Multi-user isolation: one client, many end users, each with their own sessions.

The user travels in ``X-Muxi-User-ID``: set it once per client (``user_id=``), per call, or
derive a client with ``with_options(user_id=...)``. A user never sees another user's sessions.
(A formation without persistent memory runs single-user and maps every user to "0".)

    python examples/multi_user.py
"""

from __future__ import annotations

from _connect import formation

from muxi import NotFoundError


def main() -> None:
    with formation() as client:
        alice = client.with_options(user_id="alice")
        bob = client.with_options(user_id="bob")

        alice_turn = alice.chat("Remember: my project is called Orion.")
        bob.chat("Hi, I'm Bob.")

        print("alice's sessions:", [s.session_id for s in alice.get_sessions().sessions])
        print("bob's sessions:  ", [s.session_id for s in bob.get_sessions().sessions])
        try:
            bob.get_session(alice_turn.session_id or "")
            print("bob can read alice's session (single-user formation)")
        except NotFoundError as error:
            print(f"bob cannot read alice's session: {error.code}")

        # Per-call override, without a new client:
        print("alice again:", client.chat("What is my project?", user_id="alice").text)


if __name__ == "__main__":
    main()
