"""The hand-written methods of the server clients and of their ``with_raw_response`` objects, written once.

:class:`ServerSurface` is typed by its type arguments, the results of its methods: progress
streams (``_ProgressT``), log tails (``_LogTailT``) and the results of ``deploy_formation`` and
``update_formation``. What the methods do is their class's hooks: a client's
(:class:`~muxi._server.client.ServerClient`: send the call; the async client's results are
awaitable) or a raw object's (:mod:`muxi._server.raw`: call the client's method of the same name
and keep its response). A method added here is therefore on both clients and both raw objects.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

from .._core.config import CallOptions
from ..errors import ConfigurationError
from .options import StreamOptions, UploadOptions, UploadStreamOptions

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["BundleSource", "ServerSurface"]

BundleSource = str | os.PathLike[str] | bytes

_ProgressT = TypeVar("_ProgressT")
_LogTailT = TypeVar("_LogTailT")
_DeployResultT = TypeVar("_DeployResultT")
_UpdateResultT = TypeVar("_UpdateResultT")


class ServerSurface(Generic[_ProgressT, _LogTailT, _DeployResultT, _UpdateResultT]):
    """The server clients' own methods (deploy, update, lifecycle streams, log tails); see the module docstring."""

    __slots__ = ()

    def deploy_formation(
        self,
        source: BundleSource | None = None,
        *,
        bundle_path: str | os.PathLike[str] | None = None,
        **options: Unpack[UploadOptions],
    ) -> _DeployResultT:
        """Deploy a new formation (``POST /rpc/formations``) and wait until it runs.

        Args:
            source: a formation directory (bundled here, like ``muxi deploy``: deterministic
                ``.tar.gz``, no ``.env``, VCS folders or plaintext ``secrets``), a ``.tar.gz`` path,
                or the bundle's bytes.
            bundle_path: another name for ``source`` (the cross-language SDK docs use it).
            **options: ``formation_id`` (defaults to the formation file's ``id``; must agree with
                it), ``version`` (defaults to the file's ``version``, else ``1.0.0``; must agree
                with it), and the per-call options (:class:`~muxi._server.options.UploadOptions`).

        Returns:
            the ``DeployResult`` (``formation_id``, ``port``, ``url``, ``status``...); awaitable on the
            async client. The bundle is streamed from disk, never held twice in memory.
        """
        bundle = self._source(source, bundle_path)
        result: _DeployResultT = self._upload_result("deploy_formation", bundle, options)
        return result

    def update_formation(self, source: BundleSource, **options: Unpack[UploadOptions]) -> _UpdateResultT:
        """Replace a running formation with a new bundle, blue-green (``PUT /rpc/formations/{id}``).

        ``source``, ``formation_id`` and ``version`` as for :meth:`deploy_formation`; returns the
        ``UpdateResult`` (awaitable on the async client).
        """
        result: _UpdateResultT = self._upload_result("update_formation", source, options)
        return result

    def deploy_formation_stream(self, source: BundleSource, **options: Unpack[UploadStreamOptions]) -> _ProgressT:
        """Deploy and stream the server's progress: ``progress`` events, then ``complete``.

        Takes ``source``, ``formation_id`` and ``version`` as :meth:`deploy_formation` does, plus
        ``raise_errors``. The upload is sent here: header-stage failures (bad id, conflict) are
        plain HTTP errors raised by this call. Events are :data:`~muxi.DeployEvent` values
        (``data`` is a ``ProgressEvent`` / ``CompleteEvent``); an ``error`` event raises
        :class:`~muxi.FormationError` (or is yielded with ``raise_errors=False``); a body that
        ends before ``complete`` or ``error`` raises :class:`~muxi.StreamError`.
        """
        stream: _ProgressT = self._deploy_stream("deploy_formation", source, options)
        return stream

    def update_formation_stream(self, source: BundleSource, **options: Unpack[UploadStreamOptions]) -> _ProgressT:
        """Update and stream the server's progress, like :meth:`deploy_formation_stream`."""
        stream: _ProgressT = self._deploy_stream("update_formation", source, options)
        return stream

    def start_formation_stream(self, formation_id: str, **options: Unpack[StreamOptions]) -> _ProgressT:
        """Start a stopped formation and stream its progress.

        ``progress`` events name their ``stage`` (``validating``, ``resolving_runtime``,
        ``downloading_sif``, ``pulling_runner``, ``spawning``, ``health_check``); ``complete``
        carries ``formation_id``, ``port`` and ``status``. The server answers with a stream before
        any check, so every failure, ``NotFound`` and ``AlreadyRunning`` included, arrives as an
        ``error`` event: raised as :class:`~muxi.FormationError`, or yielded with
        ``raise_errors=False``.
        """
        stream: _ProgressT = self._lifecycle_stream("start_formation", formation_id, options)
        return stream

    def restart_formation_stream(self, formation_id: str, **options: Unpack[StreamOptions]) -> _ProgressT:
        """Restart a formation (a stopped one too) and stream its progress: ``stopping``, then the stages of a start.

        ``complete`` adds ``restart_count``; failures arrive as ``error`` events, as for
        :meth:`start_formation_stream`.
        """
        stream: _ProgressT = self._lifecycle_stream("restart_formation", formation_id, options)
        return stream

    def rollback_formation_stream(self, formation_id: str, **options: Unpack[StreamOptions]) -> _ProgressT:
        """Roll back to the previous version, blue-green, and stream the progress.

        The previous version starts on a staging port (``spawning_previous``), is health-checked,
        then replaces the current one (``stopping_current``, ``swapping``); ``complete`` carries
        ``previous_version`` and ``new_version``. ``NoPreviousVersion``, and a previous version
        that fails its health check (the current one keeps running), arrive as ``error`` events.
        """
        stream: _ProgressT = self._lifecycle_stream("rollback_formation", formation_id, options)
        return stream

    def stream_formation_logs(
        self,
        formation_id: str,
        *,
        stream: Literal["stdout", "stderr", "all"] = "all",
        **options: Unpack[CallOptions],
    ) -> _LogTailT:
        """Follow a formation's log (``?follow=true``): a ``connected`` event, then one ``log`` event per line.

        The request is sent here (HTTP and auth errors are raised by this call). The server starts
        at the end of the file and never ends the stream: close it when done. ``stream="stderr"``
        follows stderr; anything else follows stdout.
        """
        tail: _LogTailT = self._log_tail(formation_id, stream, options)
        return tail

    def deploy(self, source: BundleSource, **options: Unpack[UploadOptions]) -> _DeployResultT:
        """Deploy a formation directory, ``.tar.gz`` or bytes (:meth:`deploy_formation`)."""
        return self.deploy_formation(source, **options)

    # ------------------------------------------------------------------ hooks

    @staticmethod
    def _source(source: BundleSource | None, bundle_path: str | os.PathLike[str] | None) -> BundleSource:
        if source is not None and bundle_path is None:
            return source
        if source is None and bundle_path is not None:
            return bundle_path
        raise ConfigurationError("deploy_formation takes the bundle as source= or bundle_path=: exactly one")

    def _upload_result(self, operation: str, source: BundleSource, options: Mapping[str, Any]) -> Any:
        raise NotImplementedError  # the upload of the bundle (deploy_formation, update_formation)

    def _deploy_stream(self, operation: str, source: BundleSource, options: Mapping[str, Any]) -> Any:
        raise NotImplementedError  # the upload's progress stream (``{operation}_stream``)

    def _lifecycle_stream(self, operation: str, formation_id: str, options: Mapping[str, Any]) -> Any:
        raise NotImplementedError  # start, restart or rollback, streamed (``{operation}_stream``)

    def _log_tail(self, formation_id: str, stream: str, options: Mapping[str, Any]) -> Any:
        raise NotImplementedError  # stream_formation_logs
