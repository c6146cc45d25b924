"""Check a formation: its health, its status and its agents.

Runs against the formation at MUXI_FORMATION_URL (or MUXI_BASE_URL, which `make demo` exports
for the loopback harness it starts), with MUXI_ADMIN_KEY for the admin-only routes.
"""

from __future__ import annotations

import os
import sys

from muxi import FormationClient, MuxiError, get_request_id


def main() -> int:
    url = os.environ.get("MUXI_FORMATION_URL") or os.environ.get("MUXI_BASE_URL") or "http://127.0.0.1:18271"
    with FormationClient(url=url, timeout=10) as formation:
        try:
            health = formation.call("health")
            print(f"{formation.base_url}: {health.status} (formation version {health.version})")
            if os.environ.get("MUXI_ADMIN_KEY"):
                status = formation.call("get_status")
                agents, request_id = status.agents.count, get_request_id(status)
                print(f"formation {status.formation.id!r}: {agents} agent(s), request {request_id}")
                for agent in formation.call("get_agents").agents:
                    print(f"  agent {agent.id}: {agent.name}")
        except MuxiError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
