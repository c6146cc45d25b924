"""A key or secret that is the real value everywhere except its ``repr``.

Keys are held as :class:`Secret` from the moment a client takes them, and the header dicts built
from them hold the same objects, so a dict, a client or a traceback's frame locals
(``traceback.TracebackException(..., capture_locals=True)``, debuggers, error trackers) show
``Secret('****')`` where the key would be. The header value sent is the real one: a ``Secret`` is
a ``str``. Operations that make a new string (``+``, ``strip()``, ``str()``) return plain strings.
"""

from __future__ import annotations

__all__ = ["Secret"]


class Secret(str):
    """A ``str`` whose ``repr`` masks it."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "Secret('****')"
