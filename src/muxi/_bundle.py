"""Formation bundles for the MUXI Server: a deterministic ``.tar.gz`` of a formation directory.

The server takes the raw gzip-compressed tar as the body of ``POST /rpc/formations`` (deploy) and
``PUT /rpc/formations/{id}`` (update), with ``X-Formation-ID`` / ``X-Formation-Version`` headers
that must match the ``id`` and ``version`` of the bundle's formation file. A bundle is built the
way the MUXI CLI builds it — entries under ``<formation id>/``, and the same exclusions: VCS and
editor folders, ``.env`` files, the plaintext ``secrets`` template (``secrets.enc`` and ``.key``
stay: the server validates them), caches and logs. Entries are sorted and their times, owners and
modes normalised, so the same directory always gives the same bytes. Large bundles spill to a
temporary file instead of memory.
"""

from __future__ import annotations

import fnmatch
import gzip
import io
import os
import re
import stat
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from .errors import ConfigurationError

__all__ = ["EXCLUDED", "FORMATION_FILES", "Bundle", "formation_metadata", "open_bundle"]

FORMATION_FILES = ("formation.afs", "formation.yaml", "formation.yml")
# The MUXI CLI's deploy exclusions, plus the other VCS folders.
EXCLUDED = (
    ".git", ".hg", ".svn", ".muxi", "secrets", ".env", ".env.*", "node_modules", "__pycache__",
    "*.pyc", ".DS_Store", "*.log", "*.tmp", ".vscode", ".idea",
)  # fmt: skip
DEFAULT_VERSION = "1.0.0"
SPOOL_BYTES = 8 * 1024 * 1024
_TOP_LEVEL = re.compile(r"^(id|version)\s*:\s*(.*?)\s*$")


@dataclass
class Bundle:
    """A bundle ready to upload: a seekable binary file, its size, and the formation's id and version."""

    file: IO[bytes]
    size: int
    formation_id: str
    version: str
    files: tuple[str, ...] = ()

    def close(self) -> None:
        """Release the bundle's file (a temporary file for built bundles)."""
        self.file.close()


def _scalar(raw: str) -> str:
    value = raw.split(" #", 1)[0].strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    return value


def formation_metadata(text: str) -> tuple[str | None, str | None]:
    """The top-level ``id`` and ``version`` of a formation file (YAML), without a YAML library."""
    found: dict[str, str] = {}
    for line in text.splitlines():
        match = _TOP_LEVEL.match(line)  # only unindented keys are top-level
        if match and match.group(1) not in found:
            found[match.group(1)] = _scalar(match.group(2))
    return found.get("id") or None, found.get("version") or None


def _excluded(name: str) -> bool:
    return any(name == pattern or fnmatch.fnmatchcase(name, pattern) for pattern in EXCLUDED)


def _walk(root: Path) -> list[tuple[str, Path]]:
    entries: list[tuple[str, Path]] = []
    for directory, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not _excluded(d))
        base = Path(directory)
        relative = base.relative_to(root)
        if relative != Path("."):
            entries.append((relative.as_posix(), base))
        entries.extend(
            ((relative / name).as_posix(), base / name)
            for name in sorted(files)
            if not _excluded(name) and (base / name).is_file()
        )
    return entries


def _check(found_id: str | None, found_version: str | None, formation_id: str | None, version: str | None,
           where: str) -> tuple[str, str]:  # fmt: skip
    if not found_id and not formation_id:
        raise ConfigurationError(f"{where} has no top-level 'id'; add one or pass formation_id=")
    if found_id and formation_id and found_id != formation_id:
        raise ConfigurationError(f"formation_id={formation_id!r} disagrees with id {found_id!r} in {where}")
    if found_version and version and found_version != version:
        raise ConfigurationError(f"version={version!r} disagrees with version {found_version!r} in {where}")
    return str(formation_id or found_id), str(version or found_version or DEFAULT_VERSION)


def _from_directory(root: Path, formation_id: str | None, version: str | None) -> Bundle:
    formation_file = next((root / name for name in FORMATION_FILES if (root / name).is_file()), None)
    if formation_file is None:
        raise ConfigurationError(f"{root} is not a formation directory: none of {', '.join(FORMATION_FILES)} found")
    found_id, found_version = formation_metadata(formation_file.read_text(encoding="utf-8"))
    formation_id, version = _check(found_id, found_version, formation_id, version, str(formation_file))
    spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115 - handed to the Bundle
    names: list[str] = []
    with (
        gzip.GzipFile(filename="", mode="wb", fileobj=spool, mtime=0) as gz,
        tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar,
    ):
        for relative, path in _walk(root):
            info = tarfile.TarInfo(f"{formation_id}/{relative}")
            info.mtime, info.uid, info.gid, info.uname, info.gname = 0, 0, 0, "", ""
            if path.is_dir():
                info.type, info.mode = tarfile.DIRTYPE, 0o755
                tar.addfile(info)
                continue
            executable = path.stat().st_mode & stat.S_IXUSR
            info.mode, info.size = (0o755 if executable else 0o644), path.stat().st_size
            with path.open("rb") as handle:
                tar.addfile(info, handle)
            names.append(relative)
    size = spool.tell()
    spool.seek(0)
    return Bundle(spool, size, formation_id, version, tuple(names))


def _metadata_in_archive(file: IO[bytes]) -> tuple[str | None, str | None]:
    try:
        with tarfile.open(fileobj=file, mode="r:gz") as tar:
            members = sorted(
                (m for m in tar.getmembers() if m.isfile() and Path(m.name).name in FORMATION_FILES),
                key=lambda m: m.name.count("/"),
            )
            if not members or members[0].name.count("/") > 1:
                return None, None
            extracted = tar.extractfile(members[0])
            text = extracted.read().decode("utf-8", errors="replace") if extracted else ""
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise ConfigurationError(f"the bundle is not a valid .tar.gz: {exc}") from None
    finally:
        file.seek(0)
    return formation_metadata(text)


def open_bundle(
    source: str | os.PathLike[str] | bytes, *, formation_id: str | None = None, version: str | None = None
) -> Bundle:
    """A :class:`Bundle` from a formation directory, a ``.tar.gz`` path, or the bundle's bytes.

    ``formation_id`` / ``version`` default to the formation file's ``id`` / ``version`` and must
    agree with it when both are known; a missing id is an error, a missing version is ``1.0.0``
    (the server's default).
    """
    if isinstance(source, bytes | bytearray):
        file: IO[bytes] = io.BytesIO(bytes(source))
        size, where = len(source), "the bundle"
    elif isinstance(source, str | os.PathLike):  # pyright: ignore[reportUnnecessaryIsInstance]
        path = Path(source)
        if path.is_dir():
            return _from_directory(path, formation_id, version)
        if not path.is_file():
            raise ConfigurationError(f"{str(path)!r} is neither a formation directory nor a .tar.gz file")
        file, size, where = path.open("rb"), path.stat().st_size, str(path)
    else:
        raise ConfigurationError(f"source must be a directory, a .tar.gz path or bytes, got {type(source).__name__}")
    try:
        found_id, found_version = _metadata_in_archive(file)
        formation_id, version = _check(found_id, found_version, formation_id, version, where)
    except BaseException:
        file.close()
        raise
    return Bundle(file, size, formation_id, version)
