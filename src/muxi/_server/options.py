"""The keyword options of the Server API facade's methods, as TypedDicts (checked by name at run time)."""

from __future__ import annotations

from .._core.config import CallOptions

__all__ = ["StreamOptions", "UploadOptions", "UploadStreamOptions"]


class StreamOptions(CallOptions, total=False):
    """:class:`CallOptions` plus ``raise_errors`` (False: ``error`` events are yielded, not raised)."""

    raise_errors: bool


class UploadOptions(CallOptions, total=False):
    """Options of a bundle upload: ``formation_id`` and ``version`` default to the formation file's.

    Each must agree with the file when given (a bundle's ``id`` and ``version`` are what the
    server deploys); a file without a ``version`` is ``1.0.0``.
    """

    formation_id: str | None
    version: str | None


class UploadStreamOptions(UploadOptions, StreamOptions, total=False):
    """:class:`UploadOptions` plus ``raise_errors``."""
