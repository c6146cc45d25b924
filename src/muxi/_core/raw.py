"""The bases of the ``with_raw_response`` objects (see :mod:`muxi._core.response`).

The generated ``muxi_generated.raw_methods`` classes declare one typed twin per operation; these
bases give them the client to call and the capture of its response. Imported on the first use of
``with_raw_response``, never by ``import muxi``.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar, overload

from muxi_generated.raw_methods import RawMethods, async_raw, raw

from .response import RawResponse, capture_async, capture_sync

__all__ = ["AsyncRaw", "RawCalls", "SyncRaw", "Twin", "async_raw_iterator", "iterator_twin", "twin"]

P = ParamSpec("P")
Q = ParamSpec("Q")
R = TypeVar("R")
S = TypeVar("S")
Y = TypeVar("Y")


class RawCalls(RawMethods):
    """What the hand-written raw methods call: :meth:`_raw`, given by :class:`SyncRaw` and :class:`AsyncRaw`."""

    __slots__ = ()

    def _raw(self, name: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> Any:
        """The raw response of the client's method ``name`` (awaitable on an async client's object)."""
        raise NotImplementedError


class SyncRaw(RawCalls):
    """The ``with_raw_response`` object of a blocking client: calls its methods, keeps their responses."""

    __slots__ = ("_client",)

    def __init__(self, client: object) -> None:
        self._client = client

    def _call_raw(self, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> RawResponse[Any]:
        return capture_sync(name, getattr(self._client, name), args, kwargs)

    def _raw(self, name: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> Any:
        return self._call_raw(name, args, dict(kwargs))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._client!r})"


class AsyncRaw(RawCalls):
    """The ``with_raw_response`` object of an async client: awaits its methods, keeps their responses."""

    __slots__ = ("_client",)

    def __init__(self, client: object) -> None:
        self._client = client

    async def _acall_raw(self, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> RawResponse[Any]:
        return await capture_async(name, getattr(self._client, name), args, kwargs)

    def _raw(self, name: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> Any:
        return self._acall_raw(name, args, dict(kwargs))  # a coroutine: awaited by the caller

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


class Twin(Generic[P, R, Q, S]):
    """The raw twin of one hand-written method of both clients, declared once for both (:func:`twin`).

    Read on a :class:`SyncRaw` object it is the blocking method's twin (its parameters, a
    :class:`~muxi.RawResponse` of its result), on an :class:`AsyncRaw` object the async method's.
    """

    __slots__ = ("_async", "_sync")

    def __init__(self, blocking: Callable[..., Any], asynchronous: Callable[..., Any]) -> None:
        """``blocking`` and ``asynchronous``: the two raw twins, made by :func:`twin` or :func:`iterator_twin`."""
        if blocking.__name__ != asynchronous.__name__:
            raise TypeError(f"the twins of two methods: {blocking.__name__} and {asynchronous.__name__}")
        self._sync, self._async = blocking, asynchronous

    @overload
    def __get__(self, instance: SyncRaw, owner: type[Any] | None = None) -> Callable[P, RawResponse[R]]: ...

    @overload
    def __get__(self, instance: AsyncRaw, owner: type[Any] | None = None) -> Callable[Q, Awaitable[RawResponse[S]]]: ...

    @overload
    def __get__(self, instance: None, owner: type[Any] | None = None) -> Twin[P, R, Q, S]: ...

    def __get__(self, instance: object, owner: type[Any] | None = None) -> Any:
        if instance is None:
            return self
        method = self._async if isinstance(instance, AsyncRaw) else self._sync
        return method.__get__(instance, owner)


def twin(
    blocking: Callable[Concatenate[Any, P], R], asynchronous: Callable[Concatenate[Any, Q], Awaitable[S]]
) -> Twin[P, R, Q, S]:
    """The raw twins of a method of both clients, in a class both raw classes inherit.

    ``chat = twin(FormationClient.chat, AsyncFormationClient.chat)``.
    """
    return Twin(raw(blocking), async_raw(asynchronous))


def iterator_twin(
    blocking: Callable[Concatenate[Any, P], R], asynchronous: Callable[Concatenate[Any, Q], AsyncIterator[Y]]
) -> Twin[P, R, Q, AsyncIterator[Y]]:
    """:func:`twin` for a method that is an async generator on the async client.

    Awaiting its async twin gives a :class:`~muxi.RawResponse` of the iterator.
    """
    return Twin(raw(blocking), async_raw_iterator(asynchronous))
