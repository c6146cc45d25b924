"""The bases of the ``with_raw_response`` objects (see :mod:`muxi._core.response`).

The generated ``muxi_generated.raw_methods`` classes declare one typed twin per operation; these
bases give them the client to call and the capture of its response. Imported on the first use of
``with_raw_response``, never by ``import muxi``.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, Concatenate, ParamSpec, TypeVar

from muxi_generated.raw_methods import RawMethods

from .response import RawResponse, capture_async, capture_sync

__all__ = ["AsyncRaw", "SyncRaw", "async_raw_iterator"]

P = ParamSpec("P")
Y = TypeVar("Y")


class SyncRaw(RawMethods):
    """The ``with_raw_response`` object of a blocking client: calls its methods, keeps their responses."""

    __slots__ = ("_client",)

    def __init__(self, client: object) -> None:
        self._client = client

    def _call_raw(self, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> RawResponse[Any]:
        return capture_sync(name, getattr(self._client, name), args, kwargs)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._client!r})"


class AsyncRaw(RawMethods):
    """The ``with_raw_response`` object of an async client: awaits its methods, keeps their responses."""

    __slots__ = ("_client",)

    def __init__(self, client: object) -> None:
        self._client = client

    async def _acall_raw(self, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> RawResponse[Any]:
        return await capture_async(name, getattr(self._client, name), args, kwargs)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._client!r})"


def async_raw_iterator(
    method: Callable[Concatenate[Any, P], AsyncIterator[Y]],
) -> Callable[Concatenate[RawMethods, P], Awaitable[RawResponse[AsyncIterator[Y]]]]:
    """:func:`~muxi_generated.raw_methods.async_raw` for an async generator method (artifact content)."""
    name = method.__name__

    @functools.wraps(method)
    async def call_raw(self: RawMethods, /, *args: P.args, **kwargs: P.kwargs) -> RawResponse[AsyncIterator[Y]]:
        result: RawResponse[AsyncIterator[Y]] = await self._acall_raw(name, args, kwargs)  # pyright: ignore[reportPrivateUsage]
        return result

    return call_raw
