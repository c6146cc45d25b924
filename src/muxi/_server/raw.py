"""``ServerClient.with_raw_response`` and ``AsyncServerClient.with_raw_response``.

The generated operations come from ``muxi_generated.raw_methods``; the hand-written methods
(deploy and update with their streams, lifecycle streams, log tails, ``status``, ``deploy``) are
added here. See :mod:`muxi._core.response` for what a raw call returns.
"""

from __future__ import annotations

from muxi_generated.raw_methods import AsyncServerMethodsWithRawResponse, ServerMethodsWithRawResponse, async_raw, raw

from .._core.raw import AsyncRaw, SyncRaw
from .client import AsyncServerClient, ServerClient

__all__ = ["AsyncServerClientWithRawResponse", "ServerClientWithRawResponse"]


class ServerClientWithRawResponse(SyncRaw, ServerMethodsWithRawResponse):
    """``client.with_raw_response``: every method of :class:`~muxi.ServerClient`, raw.

    Each returns a :class:`~muxi.RawResponse` of its usual result.
    """

    __slots__ = ()

    deploy_formation = raw(ServerClient.deploy_formation)
    update_formation = raw(ServerClient.update_formation)
    deploy_formation_stream = raw(ServerClient.deploy_formation_stream)
    update_formation_stream = raw(ServerClient.update_formation_stream)
    start_formation_stream = raw(ServerClient.start_formation_stream)
    restart_formation_stream = raw(ServerClient.restart_formation_stream)
    rollback_formation_stream = raw(ServerClient.rollback_formation_stream)
    stream_formation_logs = raw(ServerClient.stream_formation_logs)
    status = raw(ServerClient.status)
    deploy = raw(ServerClient.deploy)


class AsyncServerClientWithRawResponse(AsyncRaw, AsyncServerMethodsWithRawResponse):
    """``client.with_raw_response`` of :class:`~muxi.AsyncServerClient`.

    Every method, awaitable, giving a :class:`~muxi.RawResponse` (a stream is opened by the call).
    """

    __slots__ = ()

    deploy_formation = async_raw(AsyncServerClient.deploy_formation)
    update_formation = async_raw(AsyncServerClient.update_formation)
    deploy_formation_stream = async_raw(AsyncServerClient.deploy_formation_stream)
    update_formation_stream = async_raw(AsyncServerClient.update_formation_stream)
    start_formation_stream = async_raw(AsyncServerClient.start_formation_stream)
    restart_formation_stream = async_raw(AsyncServerClient.restart_formation_stream)
    rollback_formation_stream = async_raw(AsyncServerClient.rollback_formation_stream)
    stream_formation_logs = async_raw(AsyncServerClient.stream_formation_logs)
    status = async_raw(AsyncServerClient.status)
    deploy = async_raw(AsyncServerClient.deploy)
