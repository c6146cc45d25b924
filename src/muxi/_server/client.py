"""ServerClient and AsyncServerClient: the MUXI Server's management API (``/rpc``)."""

from __future__ import annotations

import io
import time
from collections.abc import Callable, Coroutine, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from muxi_generated.methods import AsyncServerMethods, ServerMethods

from .._core.auth import HmacAuth
from .._core.base_client import BaseClient
from .._core.clients import AsyncClient, SyncClient
from .._core.config import CallOptions, HttpSettings, OptionChanges, env, server_base_url
from .._core.inputs import check_headers, check_options
from .._core.retry import RetryPolicy
from .._core.streaming import AsyncStream, Stream, TypedEvents, send_now
from .._core.transport import Call
from .._helpers.bundle import Bundle, open_bundle
from ..errors import ConfigurationError
from .events import DeployEvent, LogTailEvent
from .options import UploadOptions, UploadStreamOptions
from .policy import ServerPolicy
from .surface import BundleSource, ServerSurface

if TYPE_CHECKING:
    from muxi_generated.server.models import DeployResult, ServerStatus, UpdateResult
    from typing_extensions import Unpack

    from .raw import AsyncServerClientWithRawResponse, ServerClientWithRawResponse


__all__ = ["AsyncServerClient", "ServerClient"]

_ServerSelf = TypeVar("_ServerSelf", bound="_ServerCore[Any, Any, Any, Any]")
_ProgressT = TypeVar("_ProgressT")
_LogTailT = TypeVar("_LogTailT")
_DeployResultT = TypeVar("_DeployResultT")
_UpdateResultT = TypeVar("_UpdateResultT")

# Progress streams (deploy, update, start, restart, rollback) end with exactly one of these.
_PROGRESS_END = ("complete", "error")


def _server_operations() -> Mapping[str, Mapping[str, Any]]:
    from muxi_generated.operations import SERVER

    return SERVER


class _ServerCore(BaseClient[Any], ServerSurface[_ProgressT, _LogTailT, _DeployResultT, _UpdateResultT]):
    """Server-specific configuration, bundles and streams (no I/O); HMAC is its :class:`ServerPolicy`.

    Its public methods are :class:`~muxi._server.surface.ServerSurface`'s, typed by each client's
    type arguments; this class gives them their calls (the hooks), and each client its I/O.
    """

    _method_operations: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "deploy": ("deploy_formation",),
        "status": ("get_server_status",),
        "deploy_formation_stream": ("deploy_formation",),
        "update_formation_stream": ("update_formation",),
        "start_formation_stream": ("start_formation",),
        "restart_formation_stream": ("restart_formation",),
        "rollback_formation_stream": ("rollback_formation",),
        "stream_formation_logs": ("get_formation_logs",),
    }

    _operations: ClassVar[Mapping[str, Mapping[str, Any]]] = _server_operations()
    _models: ClassVar[str] = "muxi_generated.server.models"

    def __init__(
        self,
        url: str | None = None,
        *,
        key_id: str | None = None,
        secret_key: str | None = None,
        clock: Callable[[], float] | None = None,
        **settings: Unpack[HttpSettings],
    ) -> None:
        key_id = key_id or env("MUXI_KEY_ID")
        secret_key = secret_key or env("MUXI_SECRET_KEY")
        if bool(key_id) != bool(secret_key):
            missing = "secret_key= (env MUXI_SECRET_KEY)" if key_id else "key_id= (env MUXI_KEY_ID)"
            raise ConfigurationError(f"HMAC auth needs both key_id and secret_key; {missing} is missing")
        auth = HmacAuth(key_id, secret_key, clock=clock or time.time) if key_id and secret_key else None
        also = ("url", "key_id", "secret_key", "clock")
        self._setup(server_base_url(url), ServerPolicy(auth), settings, also=also)

    def __repr__(self) -> str:
        auth = self._policy.auth if isinstance(self._policy, ServerPolicy) else None
        return f"{type(self).__name__}(url={self._base_url!r}, auth={auth!r})"

    def with_options(self: _ServerSelf, **changes: Unpack[OptionChanges]) -> _ServerSelf:
        """A lightweight copy with other defaults that shares this client's connection pool.

        Takes ``timeout``, ``max_retries``, ``headers`` (added to the client's) and
        ``max_response_bytes``, as the constructor does; an omitted or None value keeps the current one.
        """
        check_options("with_options", changes, OptionChanges)
        return self._changed(changes)

    # ------------------------------------------------------------------ deploy and update

    def _bundle_call(
        self, operation: str, source: BundleSource, options: Mapping[str, Any], *, stream: bool
    ) -> tuple[Call, RetryPolicy, Bundle]:
        """The upload call of a bundle; the bundle is closed by the opener once the call is over."""
        from muxi_generated.server.types import File

        # Checked by name: an unknown option raises TypeError before anything is read or sent.
        method = f"{operation}_stream" if stream else operation
        also = ("source", "bundle_path") if method == "deploy_formation" else ("source",)
        check_options(method, options, UploadStreamOptions if stream else UploadOptions, also=also)
        arguments = {k: v for k, v in options.items() if k not in ("raise_errors", "formation_id", "version")}
        extra_headers = check_headers(arguments.pop("extra_headers", None), "extra_headers")
        bundle = open_bundle(source, formation_id=options.get("formation_id"), version=options.get("version"))
        try:
            arguments["body"] = File(payload=io.BytesIO())  # replaced by a streamed read of the bundle per attempt
            arguments["x_formation_version"] = bundle.version
            arguments["x_formation_id" if operation == "deploy_formation" else "formation_id"] = bundle.formation_id
            arguments["extra_headers"] = {**extra_headers, "Content-Length": str(bundle.size)}
            body = self._file_body(bundle.file)
            call, policy = self._prepare(operation, arguments, stream=stream, body_factory=body)
        except BaseException:
            bundle.close()
            raise
        return call, policy, bundle

    def _deploy_stream(self, operation: str, source: BundleSource, options: Mapping[str, Any]) -> Any:
        call, policy, bundle = self._bundle_call(operation, source, options, stream=True)
        opener = self._opener(call, policy, bundle.close)
        convert = self._progress_events(operation, options)
        return send_now(self._stream_type(opener, convert, None, convert.incomplete))

    def _progress_events(self, operation: str, options: Mapping[str, Any]) -> TypedEvents:
        """The converter of a progress stream, which must end with ``complete`` or ``error``."""
        raise_errors = bool(options.get("raise_errors", True))
        return self._typed_events(operation, raise_errors=raise_errors, terminal=_PROGRESS_END)

    def _lifecycle_stream(self, operation: str, formation_id: str, options: Mapping[str, Any]) -> Any:
        raise_errors = bool(options.get("raise_errors", True))
        arguments = {"formation_id": formation_id, **{k: v for k, v in options.items() if k != "raise_errors"}}
        return self._event_stream(operation, arguments, raise_errors=raise_errors, terminal=_PROGRESS_END)

    def _log_tail(self, formation_id: str, stream: str, options: Mapping[str, Any]) -> Any:
        arguments = {"formation_id": formation_id, "stream": stream, "follow": True, **options}
        return self._event_stream("get_formation_logs", arguments)


class ServerClient(
    _ServerCore[Stream[DeployEvent], Stream[LogTailEvent], "DeployResult", "UpdateResult"], SyncClient, ServerMethods
):
    """Blocking client for a MUXI Server (deploy, list, start/stop, logs, status...).

    Args:
        url: the server, e.g. ``"http://localhost:7890"`` (env ``MUXI_SERVER_URL``).
        key_id: HMAC key id, ``MUXI_...`` (env ``MUXI_KEY_ID``).
        secret_key: HMAC secret, ``sk_...`` (env ``MUXI_SECRET_KEY``); never logged or shown.
        clock: returns Unix time for signatures (tests); defaults to :func:`time.time`.
        **settings: ``timeout``, ``max_retries``, ``headers``, ``debug``, ``http_client``,
            ``follow_redirects`` and ``max_response_bytes``, as for :class:`~muxi.FormationClient`.
    """

    @property
    def with_raw_response(self) -> ServerClientWithRawResponse:
        """Every method of this client, returning a :class:`~muxi.RawResponse`.

        That is the HTTP response (``status_code``, ``headers``, ``http_request``) with the usual
        result (``parse()``).
        """
        from .raw import ServerClientWithRawResponse

        return ServerClientWithRawResponse(self)

    def status(self, **options: Unpack[CallOptions]) -> ServerStatus:
        """The server's status (``get_server_status``)."""
        return self.get_server_status(**options)

    def _upload_result(self, operation: str, source: BundleSource, options: Mapping[str, Any]) -> Any:
        call, policy, bundle = self._bundle_call(operation, source, options, stream=False)
        return self._result(operation, self._opener(call, policy, bundle.close)())


class AsyncServerClient(
    _ServerCore[
        AsyncStream[DeployEvent],
        AsyncStream[LogTailEvent],
        Coroutine[Any, Any, "DeployResult"],
        Coroutine[Any, Any, "UpdateResult"],
    ],
    AsyncClient,
    AsyncServerMethods,
):
    """Asynchronous client for a MUXI Server.

    The same arguments as :class:`ServerClient`, with ``async_http_client`` (your own
    :class:`httpx.AsyncClient`) instead of ``http_client``; every method is awaitable, and
    streams work as ``async for`` (or ``async for e in await ...``).
    """

    @property
    def with_raw_response(self) -> AsyncServerClientWithRawResponse:
        """Every method of this client, awaitable, giving a :class:`~muxi.RawResponse`.

        Streams are opened by the call; see :attr:`ServerClient.with_raw_response`.
        """
        from .raw import AsyncServerClientWithRawResponse

        return AsyncServerClientWithRawResponse(self)

    async def status(self, **options: Unpack[CallOptions]) -> ServerStatus:
        """The server's status; see :meth:`ServerClient.status`."""
        return await self.get_server_status(**options)

    async def _upload_result(self, operation: str, source: BundleSource, options: Mapping[str, Any]) -> Any:
        call, policy, bundle = self._bundle_call(operation, source, options, stream=False)
        return self._result(operation, await self._opener(call, policy, bundle.close)())
