"""A first conversation with a formation: health, a chat turn, and an answer streamed token by token.

With MUXI_FORMATION_URL (or MUXI_BASE_URL) and MUXI_CLIENT_KEY set it talks to that formation
(`make demo-live` starts a real one on loopback); otherwise it runs against the in-process fake
formation from `muxi.testing`, so it works on a fresh machine with no server at all.
"""

from __future__ import annotations

import sys

from _connect import fake_formation, formation, formation_url

from muxi import FormationClient, MuxiError


def connect() -> FormationClient:
    if not formation_url():  # script the fake's answers
        fake_formation().reply_with(
            "Hello! I am a fake formation running inside this process.",
            "MUXI formations stream their answers as server-sent events, and this SDK turns each frame "
            "into a typed ChatEvent, so what you see printing now arrives token by token.",
        )
    return formation(user_id="quickstart-user", timeout=30)


def main() -> int:
    with connect() as formation:
        try:
            health = formation.health()
            print(f"{formation.base_url}: {health.status} (formation version {health.version})")
            reply = formation.chat("Hello, formation!")
            print(f"chat: {reply.text}\n      [session {reply.session_id}, request {reply.request_id}]")
            print("stream: ", end="", flush=True)
            with formation.chat_stream("Tell me how streaming works", session_id=reply.session_id) as stream:
                for event in stream:
                    if event.type == "text":
                        print(event.text, end="", flush=True)
            print(f"\nfinal ({len(stream.text)} characters): {stream.text}")
        except MuxiError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
