"""``ServerClient.with_raw_response`` and ``AsyncServerClient.with_raw_response``.

The generated operations come from ``muxi_generated.raw_methods``; the hand-written methods are
:class:`~muxi._server.surface.ServerSurface`'s (deploy and update with their streams, lifecycle
streams, log tails, ``deploy``), typed by raw results, whose hooks here call the client's method
of the same name and keep its response; ``status`` is a :func:`~muxi._core.raw.twin`. See
:mod:`muxi._core.response` for what a raw call returns.
"""

from __future__ import annotations

from collections.abc import Awaitable, Mapping
from typing import TYPE_CHECKING, Any

from muxi_generated.raw_methods import AsyncServerMethodsWithRawResponse, ServerMethodsWithRawResponse

from .._core.raw import AsyncRaw, RawCalls, SyncRaw, twin
from .._core.response import RawResponse
from .._core.streaming import AsyncStream, Stream
from .client import AsyncServerClient, ServerClient
from .events import DeployEvent, LogTailEvent
from .surface import BundleSource, ServerSurface

if TYPE_CHECKING:
    from muxi_generated.server.models import DeployResult, UpdateResult

__all__ = ["AsyncServerClientWithRawResponse", "ServerClientWithRawResponse"]


class _RawHooks(RawCalls):
    """The surface's hooks on a raw object: the client's method of the same name, its response kept."""

    __slots__ = ()

    status = twin(ServerClient.status, AsyncServerClient.status)

    def _upload_result(self, operation: str, source: BundleSource, options: Mapping[str, Any]) -> Any:
        return self._raw(operation, (source,), options)

    def _deploy_stream(self, operation: str, source: BundleSource, options: Mapping[str, Any]) -> Any:
        return self._raw(f"{operation}_stream", (source,), options)

    def _lifecycle_stream(self, operation: str, formation_id: str, options: Mapping[str, Any]) -> Any:
        return self._raw(f"{operation}_stream", (formation_id,), options)

    def _log_tail(self, formation_id: str, stream: str, options: Mapping[str, Any]) -> Any:
        return self._raw("stream_formation_logs", (formation_id,), {"stream": stream, **options})


class ServerClientWithRawResponse(
    SyncRaw,
    _RawHooks,
    ServerSurface[
        RawResponse[Stream[DeployEvent]],
        RawResponse[Stream[LogTailEvent]],
        RawResponse["DeployResult"],
        RawResponse["UpdateResult"],
    ],
    ServerMethodsWithRawResponse,
):
    """``client.with_raw_response``: every method of :class:`~muxi.ServerClient`, raw.

    Each returns a :class:`~muxi.RawResponse` of its usual result.
    """

    __slots__ = ()


class AsyncServerClientWithRawResponse(
    AsyncRaw,
    _RawHooks,
    ServerSurface[
        Awaitable[RawResponse[AsyncStream[DeployEvent]]],
        Awaitable[RawResponse[AsyncStream[LogTailEvent]]],
        Awaitable[RawResponse["DeployResult"]],
        Awaitable[RawResponse["UpdateResult"]],
    ],
    AsyncServerMethodsWithRawResponse,
):
    """``client.with_raw_response`` of :class:`~muxi.AsyncServerClient`.

    Every method, awaitable, giving a :class:`~muxi.RawResponse` (a stream is opened by the call).
    """

    __slots__ = ()
