"""A first conversation with a formation: health, a chat turn, and a streamed answer.

Runs against the formation at MUXI_FORMATION_URL (or MUXI_BASE_URL, which `make demo` exports
for the loopback formation it starts), with MUXI_CLIENT_KEY (and MUXI_ADMIN_KEY for the status).
"""

from __future__ import annotations

import os
import sys

from muxi import FormationClient, MuxiError


def main() -> int:
    url = os.environ.get("MUXI_FORMATION_URL") or os.environ.get("MUXI_BASE_URL") or "http://127.0.0.1:18271"
    with FormationClient(url=url, user_id="quickstart-user", timeout=30) as formation:
        try:
            health = formation.health()
            print(f"{formation.base_url}: {health.status} (formation version {health.version})")
            if os.environ.get("MUXI_ADMIN_KEY"):
                status = formation.get_status()
                print(f"formation {status.formation.id!r} with {status.agents.count} agent(s)")

            reply = formation.chat("Hello, formation!")
            print(f"chat: {reply.text}  [session {reply.session_id}, request {reply.request_id}]")

            print("stream: ", end="", flush=True)
            with formation.chat_stream("Tell me something in a few words", session_id=reply.session_id) as stream:
                for event in stream:
                    if event.type == "text":
                        print(event.text, end="", flush=True)
                    elif event.type == "progress":
                        print(".", end="", flush=True)
            print(f"\nfinal: {stream.text}")
        except MuxiError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
