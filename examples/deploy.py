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
        for event in client.deploy_formation_stream(directory):
            if event.event == "progress":
                attempt = event.get("attempt")
                print(f"  {event.data.stage}: {event.data.message}" + (f" (attempt {attempt})" if attempt else ""))
            elif event.event == "complete":
                print(f"  deployed {event.get('formation_id')} on port {event.get('port')}: {event.get('url')}")
        formation_id = event.get("formation_id")

        info = client.get_formation(formation_id)
        print(f"{info.id}: {info.status}, version {info.version.semantic if info.version else '?'}")

        if not argv:  # ship a new version of the demo, blue-green, then roll it back
            demo_formation(Path(tmp), "1.1.0")
            for event in client.update_formation_stream(directory):
                print(f"  update {event.event}: {event.get('stage') or event.get('new_version')}")
            rolled = client.rollback_formation(formation_id)
            print(f"rolled back: now version {rolled.version} (was {rolled.previous_version})")
            print("deleted:", client.delete_formation(formation_id).message)


if __name__ == "__main__":
    main(sys.argv[1:])
