"""Deploy a formation directory to a MUXI Server with streamed progress, then update and roll back.

The directory is bundled like ``muxi deploy`` does (a deterministic .tar.gz without ``.env``,
VCS folders or plaintext secrets) and streamed to the server.

    python examples/deploy.py [FORMATION_DIR]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from _connect import server

import muxi


def demo_formation(root: Path, version: str) -> Path:
    """A minimal formation directory (used when no directory is given)."""
    directory = root / "hello-formation"
    (directory / "agents").mkdir(parents=True, exist_ok=True)
    (directory / "formation.afs").write_text(f'schema: "1.0.0"\nid: hello-formation\nversion: "{version}"\n')
    (directory / "agents" / "assistant.afs").write_text("id: assistant\nname: Assistant\n")
    (directory / ".env").write_text("OPENAI_API_KEY=never-leaves-this-machine\n")  # excluded from the bundle
    return directory


def main(argv: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp, server() as client:
        directory = Path(argv[0]) if argv else demo_formation(Path(tmp), "1.0.0")
        print(f"deploying {directory} ...")
        formation_id = ""
        for event in client.deploy_formation_stream(directory):
            if event.event == "progress":  # the event name narrows event.data to its model
                attempt = f" (attempt {event.data.attempt})" if event.data.attempt else ""
                print(f"  {event.data.stage}: {event.data.message}{attempt}")
            elif event.event == "complete":
                done = event.data
                formation_id = done.formation_id
                print(f"  deployed {formation_id} on port {done.port}: {muxi.or_none(done.url)}")

        info = client.get_formation(formation_id)
        print(f"{info.id}: {info.status}, version {info.version.semantic if info.version else '?'}")

        if not argv:  # ship a new version of the demo, blue-green, then roll it back
            demo_formation(Path(tmp), "1.1.0")
            for event in client.update_formation_stream(directory):
                if event.event == "progress":
                    print(f"  update progress: {event.data.stage}")
                elif event.event == "complete":
                    print(f"  update complete: version {muxi.or_none(event.data.new_version)}")
            rolled = client.rollback_formation(formation_id)
            print(f"rolled back: now version {rolled.version} (was {rolled.previous_version})")
            print("deleted:", client.delete_formation(formation_id).message)


if __name__ == "__main__":
    main(sys.argv[1:])
