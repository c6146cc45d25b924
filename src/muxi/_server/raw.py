"""``ServerClient.with_raw_response`` and ``AsyncServerClient.with_raw_response``.

The generated operations come from ``muxi_generated.raw_methods``; the hand-written methods
(deploy and update with their streams, lifecycle streams, log tails, ``status``, ``deploy``) are
added here, each declared once for both clients. See :mod:`muxi._core.response` for what a raw
call returns.
"""

from __future__ import annotations

from muxi_generated.raw_methods import AsyncServerMethodsWithRawResponse, ServerMethodsWithRawResponse

from .._core.raw import AsyncRaw, SyncRaw, twin
from .client import AsyncServerClient, ServerClient

__all__ = ["AsyncServerClientWithRawResponse", "ServerClientWithRawResponse"]


class _FacadeTwins:
    """The raw twins of the facade's own methods, declared once for both clients."""

    __slots__ = ()

    deploy_formation = twin(ServerClient.deploy_formation, AsyncServerClient.deploy_formation)
    update_formation = twin(ServerClient.update_formation, AsyncServerClient.update_formation)
    deploy_formation_stream = twin(ServerClient.deploy_formation_stream, AsyncServerClient.deploy_formation_stream)
    update_formation_stream = twin(ServerClient.update_formation_stream, AsyncServerClient.update_formation_stream)
    start_formation_stream = twin(ServerClient.start_formation_stream, AsyncServerClient.start_formation_stream)
    restart_formation_stream = twin(ServerClient.restart_formation_stream, AsyncServerClient.restart_formation_stream)
    rollback_formation_stream = twin(
        ServerClient.rollback_formation_stream, AsyncServerClient.rollback_formation_stream
    )
    stream_formation_logs = twin(ServerClient.stream_formation_logs, AsyncServerClient.stream_formation_logs)
    status = twin(ServerClient.status, AsyncServerClient.status)
    deploy = twin(ServerClient.deploy, AsyncServerClient.deploy)


class ServerClientWithRawResponse(SyncRaw, _FacadeTwins, ServerMethodsWithRawResponse):
    """``client.with_raw_response``: every method of :class:`~muxi.ServerClient`, raw.

    Each returns a :class:`~muxi.RawResponse` of its usual result.
    """

    __slots__ = ()


class AsyncServerClientWithRawResponse(AsyncRaw, _FacadeTwins, AsyncServerMethodsWithRawResponse):
    """``client.with_raw_response`` of :class:`~muxi.AsyncServerClient`.

    Every method, awaitable, giving a :class:`~muxi.RawResponse` (a stream is opened by the call).
    """

    __slots__ = ()
