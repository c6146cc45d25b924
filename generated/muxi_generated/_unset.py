"""The "not given" sentinel shared by the generated APIs (written by ``scripts/regenerate.py``)."""

from typing import Literal

__all__ = ["UNSET", "Unset"]


class Unset:
    """The type of :data:`UNSET`: an optional field the server did not send. Falsy."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # pickles as the module-level singleton


UNSET: Unset = Unset()
