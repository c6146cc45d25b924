"""Read a formation's recent log lines, then follow the log live (and stop when you have enough).

python examples/log_tail.py [FORMATION_ID]
"""

from __future__ import annotations

import io
import sys
import tarfile

from _connect import server


def tiny_bundle(formation_id: str) -> bytes:
    """A minimal formation bundle, so the demo has something to tail on an empty server."""
    data = f'id: {formation_id}\nversion: "1.0.0"\n'.encode()
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        info = tarfile.TarInfo(f"{formation_id}/formation.afs")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def main(argv: list[str]) -> None:
    with server() as client:
        formation_id = argv[0] if argv else "log-demo"
        if formation_id not in [f.id for f in client.list_formations().formations]:
            client.deploy_formation(tiny_bundle(formation_id))

        recent = client.get_formation_logs(formation_id, lines=20, stream="stdout")
        lines = recent.logs.stdout if recent.logs else None
        print(f"last {len(lines or [])} stdout lines of {formation_id}:")
        for line in lines or []:
            print(f"  {line}")

        print("following (stops after 10 lines or when the server ends the stream):")
        seen = 0
        with client.stream_formation_logs(formation_id, timeout=30) as tail:
            for event in tail:
                if event.event == "log":
                    print(f"  > {event.data.line}")
                    seen += 1
                    if seen >= 10:
                        break  # leaving the block closes the connection
        print(f"followed {seen} lines")


if __name__ == "__main__":
    main(sys.argv[1:])
