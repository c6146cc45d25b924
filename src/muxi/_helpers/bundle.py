"""Formation bundles for the MUXI Server: a deterministic ``.tar.gz`` of a formation directory.

The server takes the raw gzip-compressed tar as the body of ``POST /rpc/formations`` (deploy) and
``PUT /rpc/formations/{id}`` (update), with ``X-Formation-ID`` / ``X-Formation-Version`` headers
that must match the ``id`` and ``version`` of the bundle's formation file. A bundle is built the
way the MUXI CLI builds it — entries under ``<formation id>/``, and the same exclusions: VCS and
editor folders, ``.env`` files, the plaintext ``secrets`` template (``secrets.enc`` and the
top-level ``.key`` stay: the server validates them), caches and logs — plus credential material
that never belongs in a formation (``.ssh/``, ``.aws/``, ``.gnupg/``, ``.npmrc``, ``.pypirc``,
``.netrc``, ``.git-credentials``, ``credentials.json``, private keys). Symbolic links are never
followed out of the formation directory: a link whose target lies outside it (or is missing), and
a link to a directory, is refused with :class:`ConfigurationError` naming the link; a link to a
file inside the directory is stored as that file's content. :func:`bundle_manifest` lists what a
deploy would upload, and why anything else is left out. Entries are sorted and their times,
owners and modes normalised, so the same directory always gives the same bytes. Large bundles
spill to a temporary file instead of memory.
"""

from __future__ import annotations

import fnmatch
import gzip
import io
import os
import stat
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Literal

from ..errors import ConfigurationError
from .formation_file import FORMATION_FILES, FormationFile, read_formation_file

__all__ = [
    "EXCLUDED",
    "Bundle",
    "BundleEntry",
    "bundle_manifest",
    "open_bundle",
]

# Why each name is left out, matched case-insensitively against every file and folder name: the
# MUXI CLI's deploy exclusions, the other VCS folders, and credential material.
_CREDENTIALS = "credential material"
_REASONS: tuple[tuple[tuple[str, ...], str], ...] = (
    ((".git", ".hg", ".svn"), "version control"),
    ((".muxi",), "MUXI CLI state"),
    (("secrets",), "plaintext secrets template (secrets.enc is uploaded)"),
    ((".env", ".env*"), "environment file (credentials)"),
    ((".ssh", ".aws", ".gnupg", ".npmrc", ".pypirc", ".netrc", ".git-credentials", "credentials.json",
      "id_rsa*", "id_dsa*", "id_ecdsa*", "id_ed25519*", "*.pem", "*.key", "*.p12", "*.pfx"), _CREDENTIALS),
    (("node_modules", "__pycache__", "*.pyc", ".ds_store", "*.log", "*.tmp"), "cache, log or temporary file"),
    ((".vscode", ".idea"), "editor settings"),
)  # fmt: skip
EXCLUDED = tuple(pattern for patterns, _ in _REASONS for pattern in patterns)
# The server decrypts secrets.enc with the .key next to it (server-api.md §4.4: "secrets validation").
_KEPT = frozenset({".key"})
DEFAULT_VERSION = "1.0.0"
SPOOL_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class BundleEntry:
    """One file or folder of a formation directory, and whether a deploy uploads it.

    Attributes:
        path: the path relative to the formation directory, with ``/`` separators.
        kind: ``"file"`` or ``"directory"`` (a link to a file inside the directory is a ``"file"``).
        size: the bytes uploaded for a file (``None`` for folders and excluded entries).
        reason: why the entry is left out (``None`` when it is uploaded). The contents of an
            excluded folder are not listed.
    """

    path: str
    kind: Literal["file", "directory"]
    size: int | None = None
    reason: str | None = None

    @property
    def included(self) -> bool:
        """Whether a deploy uploads this entry."""
        return self.reason is None


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


def _exclusion(relative: str) -> str | None:
    """Why ``relative`` (a path inside the formation directory) is left out, or None."""
    if relative in _KEPT:
        return None
    name = relative.rsplit("/", 1)[-1].lower()
    for patterns, reason in _REASONS:
        if any(name == pattern or fnmatch.fnmatchcase(name, pattern) for pattern in patterns):
            return reason
    return None


def _inside(root: Path, link: Path, relative: str) -> Path:
    """The target of the link ``relative``, which must be a file inside ``root``."""
    try:
        target = link.resolve(strict=True)
    except (OSError, RuntimeError):
        raise ConfigurationError(
            f"{relative!r} in the formation directory is a broken or looping symbolic link; "
            "remove it (bundles never follow links)"
        ) from None
    if not target.is_relative_to(root):
        raise ConfigurationError(
            f"{relative!r} in the formation directory is a symbolic link out of it (to {str(target)!r}); bundles "
            "never follow links out of the formation directory: copy the file in or remove the link"
        )
    if not target.is_file():
        raise ConfigurationError(
            f"{relative!r} in the formation directory is a symbolic link to a folder; "
            "bundles store links to files only: copy the folder in or remove the link"
        )
    return target


def _plan(root: Path) -> list[tuple[BundleEntry, Path]]:
    """Every entry of the formation directory, sorted, with the path whose content a file uploads."""
    root = root.resolve()
    planned: list[tuple[BundleEntry, Path]] = []
    for directory, dirs, files in os.walk(root):
        base = Path(directory)
        relative = base.relative_to(root)
        prefix = "" if relative == Path(".") else relative.as_posix() + "/"
        kept_dirs: list[str] = []
        for name in sorted([*dirs, *files]):
            path, rel = base / name, prefix + name
            reason = _exclusion(rel)
            if name in dirs and not path.is_symlink():
                planned.append((BundleEntry(rel, "directory", reason=reason), path))
                if reason is None:
                    kept_dirs.append(name)
                continue
            if reason is not None:
                planned.append((BundleEntry(rel, "file", reason=reason), path))
                continue
            source = _inside(root, path, rel) if path.is_symlink() else path
            mode = source.stat().st_mode
            if not stat.S_ISREG(mode):
                planned.append((BundleEntry(rel, "file", reason="not a regular file"), path))
                continue
            planned.append((BundleEntry(rel, "file", size=source.stat().st_size), source))
        dirs[:] = kept_dirs
    return planned


def bundle_manifest(path: str | os.PathLike[str]) -> list[BundleEntry]:
    """What deploying the formation directory ``path`` would upload, and what it leaves out and why.

    The entries come in bundle order; excluded ones carry a ``reason`` (and an excluded folder's
    contents are not listed). Raises :class:`ConfigurationError` where a deploy would: ``path`` is
    not a directory, or a symbolic link points out of it, to a folder, or nowhere.
    """
    root = Path(path)
    if not root.is_dir():
        raise ConfigurationError(f"{str(root)!r} is not a directory")
    return [entry for entry, _ in _plan(root)]


def _open_regular(path: Path) -> IO[bytes]:
    """Open a planned file without following a link swapped in since the plan."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
    return os.fdopen(fd, "rb")


def _check(found: FormationFile, formation_id: str | None, version: str | None) -> tuple[str, str]:
    """The bundle's id and version: the given ones, which must agree with the formation file's, else the file's.

    A value the file states in a way the reader cannot prove (:mod:`muxi._helpers.formation_file`)
    raises :class:`ConfigurationError` unless it is given. A file without a version has the
    server's default, ``1.0.0``, so another ``version=`` disagrees with it (the server would answer
    400 ``VersionMismatch``).
    """
    found_id = found.require("id") if formation_id is None else found.id
    found_version = found.require("version") if version is None else found.version
    if "version" not in found.problems and found.read:
        found_version = found_version or DEFAULT_VERSION  # what the server reads from a file without one
    where = found.where
    if not found_id and not formation_id:
        raise ConfigurationError(f"{where} has no top-level 'id'; add one or pass formation_id=")
    if not found_id and "id" not in found.problems and found.read:
        raise ConfigurationError(
            f"{where} has no top-level 'id'; add one: the server compares it with formation_id={formation_id!r}"
        )
    if found_id and formation_id and found_id != formation_id:
        raise ConfigurationError(f"formation_id={formation_id!r} disagrees with id {found_id!r} in {where}")
    if found_version and version and found_version != version:
        raise ConfigurationError(f"version={version!r} disagrees with version {found_version!r} in {where}")
    return str(formation_id or found_id), str(version or found_version or DEFAULT_VERSION)


def _from_directory(root: Path, formation_id: str | None, version: str | None) -> Bundle:
    planned = _plan(root)  # refuses links out of the directory before anything is read
    formation_file = next((root / name for name in FORMATION_FILES if (root / name).is_file()), None)
    if formation_file is None:
        raise ConfigurationError(f"{root} is not a formation directory: none of {', '.join(FORMATION_FILES)} found")
    found = read_formation_file(formation_file.read_text(encoding="utf-8"), str(formation_file))
    formation_id, version = _check(found, formation_id, version)
    spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115 - handed to the Bundle
    names: list[str] = []
    try:
        with (
            gzip.GzipFile(filename="", mode="wb", fileobj=spool, mtime=0) as gz,
            tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar,
        ):
            for entry, path in planned:
                if not entry.included:
                    continue
                info = tarfile.TarInfo(f"{formation_id}/{entry.path}")
                info.mtime, info.uid, info.gid, info.uname, info.gname = 0, 0, 0, "", ""
                if entry.kind == "directory":
                    info.type, info.mode = tarfile.DIRTYPE, 0o755
                    tar.addfile(info)
                    continue
                with _open_regular(path) as handle:
                    status = os.fstat(handle.fileno())
                    info.mode = 0o755 if status.st_mode & stat.S_IXUSR else 0o644
                    info.size = status.st_size
                    tar.addfile(info, handle)
                names.append(entry.path)
    except BaseException:
        spool.close()
        raise
    size = spool.tell()
    spool.seek(0)
    return Bundle(spool, size, formation_id, version, tuple(names))


def _metadata_in_archive(file: IO[bytes], where: str) -> FormationFile:
    try:
        with tarfile.open(fileobj=file, mode="r:gz") as tar:
            members = sorted(
                (m for m in tar.getmembers() if m.isfile() and Path(m.name).name in FORMATION_FILES),
                key=lambda m: m.name.count("/"),
            )
            if not members or members[0].name.count("/") > 1:
                return FormationFile(where, read=False)
            extracted = tar.extractfile(members[0])
            text = extracted.read().decode("utf-8", errors="replace") if extracted else ""
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise ConfigurationError(f"the bundle is not a valid .tar.gz: {exc}") from None
    finally:
        file.seek(0)
    return read_formation_file(text, f"{where}: {members[0].name}")


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
        formation_id, version = _check(_metadata_in_archive(file, where), formation_id, version)
    except BaseException:
        file.close()
        raise
    return Bundle(file, size, formation_id, version)
