"""Hostile response bodies (issue 13): decoded-size limits, bytes past a response's end, and
cross-origin redirects that would re-send a request body. Raw loopback servers, sync and async."""

from __future__ import annotations

import asyncio
import functools
import struct
import time
import tracemalloc
import zlib
from collections.abc import Callable
from typing import Any

import pytest
from fault_server import FaultHandler, FaultServer, envelope, respond
from pools import connection_pool

from muxi import (
    APIStatusError,
    AsyncFormationClient,
    AsyncServerClient,
    ConfigurationError,
    FormationClient,
    ResponseValidationError,
    ServerClient,
)

KINDS = pytest.mark.parametrize("kind", ["sync", "async"])
MiB = 1024 * 1024
BOMB_SIZE = 1024 * MiB  # decoded; about 1 MB on the wire


@pytest.fixture(autouse=True)
def fast_backoff(sleeps: list[float]) -> list[float]:
    return sleeps  # retries are counted, not waited for


@functools.cache
def gzip_bomb() -> bytes:
    """About 1 MB of gzip that decodes to BOMB_SIZE zero bytes (built once per session, fast).

    Each MiB of zeros is compressed after a full flush, so every block compresses to the same
    bytes and the stream is that block repeated, framed by the gzip header and trailer.
    """
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = bytes(MiB)
    compressor.compress(block)
    compressor.flush(zlib.Z_FULL_FLUSH)  # the first block differs; the following ones repeat
    repeated = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(BOMB_SIZE // MiB):
        crc = zlib.crc32(block, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
    trailer = struct.pack("<II", crc, BOMB_SIZE & 0xFFFFFFFF)
    return header + repeated * (BOMB_SIZE // MiB) + compressor.flush() + trailer


def bomb(status: int) -> Callable[[FaultHandler], None]:
    return respond(status, gzip_bomb(), {"Content-Encoding": "gzip"})


def agents(count: int) -> bytes:
    return envelope({"agents": [], "count": count})


def run(
    kind: str, url: str, action: Callable[[Any], Any], *, check: Callable[[Any], None] | None = None, **config: Any
) -> Any:
    """Run ``action(client)`` with a sync or async client; then ``check(http client)`` before closing."""
    config = {"admin_key": "ak", "client_key": "ck", **config}
    if kind == "sync":
        with FormationClient(url=url, **config) as client:
            try:
                return action(client)
            finally:
                if check is not None:
                    check(client._http())  # pyright: ignore[reportPrivateUsage]

    async def main() -> Any:
        async with AsyncFormationClient(url=url, **config) as client:
            try:
                result = action(client)
                return await result if asyncio.iscoroutine(result) else result
            finally:
                if check is not None:
                    check(client._http())  # pyright: ignore[reportPrivateUsage]

    return asyncio.run(main())


def no_connection_kept(http: Any) -> None:
    assert connection_pool(http).connections == []


def peak_memory(function: Callable[[], Any]) -> int:
    tracemalloc.start()
    try:
        function()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# ---------------------------------------------------------------------------------- decoded-size limits


@KINDS
def test_gzip_bomb_on_a_200_is_cut_at_the_default_limit(kind: str) -> None:
    gzip_bomb()  # built before measuring
    with FaultServer(bomb(200)) as server:

        def call() -> None:
            with pytest.raises(ResponseValidationError, match="max_response_bytes=67108864") as caught:
                run(kind, server.url, lambda c: c.get_agents(), check=no_connection_kept)
            error = caught.value
            assert error.status_code == 200 and error.body == b""
            assert error.response is not None and error.response.content == b""  # the body was dropped

        peak = peak_memory(call)
    assert peak < 100 * MiB, f"peak {peak / MiB:.0f} MiB"


@KINDS
def test_gzip_bomb_on_a_503_is_not_retried_and_stays_bounded(kind: str, sleeps: list[float]) -> None:
    gzip_bomb()
    with FaultServer(bomb(503), respond(200, agents(0))) as server:

        def call() -> None:
            with pytest.raises(ResponseValidationError, match="503 response is larger than") as caught:
                run(kind, server.url, lambda c: c.get_agents(max_response_bytes=4 * MiB), check=no_connection_kept)
            assert caught.value.status_code == 503
            assert caught.value.response is not None and caught.value.response.content == b""
            assert caught.value.retries_taken == 0

        peak = peak_memory(call)
    assert peak < 30 * MiB, f"peak {peak / MiB:.0f} MiB"
    assert len(server.attempts) == 1 and sleeps == []


@KINDS
def test_reading_stops_at_the_limit(kind: str) -> None:
    """A body promised larger than the limit fails once the limit is passed, not when it ends."""

    def endless(h: FaultHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(100 * MiB))
        h.end_headers()
        h.raw(b" " * (2 * MiB))
        time.sleep(4)  # the rest never comes in time
        h.close_connection = True

    with FaultServer(endless) as server:
        started = time.monotonic()
        with pytest.raises(ResponseValidationError, match="max_response_bytes=1048576"):
            run(kind, server.url, lambda c: c.get_agents(), max_response_bytes=MiB, check=no_connection_kept)
    assert time.monotonic() - started < 3


@KINDS
def test_limit_per_client_with_options_and_call(kind: str) -> None:
    body = agents(7) + b" " * 5000  # JSON with trailing whitespace: about 5 KB
    with FaultServer(respond(200, body)) as server:
        assert run(kind, server.url, lambda c: c.get_agents()).count == 7
        assert run(kind, server.url, lambda c: c.get_agents(), max_response_bytes=len(body)).count == 7
        with pytest.raises(ResponseValidationError, match="larger than max_response_bytes=1000"):
            run(kind, server.url, lambda c: c.get_agents(), max_response_bytes=1000)
        with pytest.raises(ResponseValidationError, match="max_response_bytes=999"):
            run(kind, server.url, lambda c: c.with_options(max_response_bytes=999).get_agents())
        with pytest.raises(ResponseValidationError, match="max_response_bytes=998"):
            run(kind, server.url, lambda c: c.get_agents(max_response_bytes=998))
        with pytest.raises(ResponseValidationError, match="max_response_bytes=997"):
            run(kind, server.url, lambda c: c.call("get_agents", max_response_bytes=997))
        # the call's own limit wins over the client's
        assert run(kind, server.url, lambda c: c.get_agents(max_response_bytes=MiB), max_response_bytes=10).count == 7


@KINDS
def test_error_bodies_are_limited_too(kind: str) -> None:
    with FaultServer(respond(404, b'{"error": "' + b"x" * 5000 + b'"}')) as server:
        with pytest.raises(ResponseValidationError, match="404 response is larger than max_response_bytes=100"):
            run(kind, server.url, lambda c: c.get_agents(), max_response_bytes=100)


@pytest.mark.parametrize("value", [0, -1, 1.5, True, "1"])
def test_bad_limits_are_configuration_errors(value: Any) -> None:
    with pytest.raises(ConfigurationError, match="max_response_bytes must be a positive number of bytes"):
        FormationClient(url="http://127.0.0.1:1", admin_key="ak", max_response_bytes=value)
    for client_type in (AsyncFormationClient, ServerClient, AsyncServerClient):
        with pytest.raises(ConfigurationError, match="max_response_bytes"):
            client_type(url="http://127.0.0.1:1", max_response_bytes=value)
    client = FormationClient(url="http://127.0.0.1:1", admin_key="ak")
    with pytest.raises(ConfigurationError, match="max_response_bytes"):
        client.with_options(max_response_bytes=value)
    with pytest.raises(ConfigurationError, match="max_response_bytes"):
        client.get_agents(max_response_bytes=value)
    client.close()


# ---------------------------------------------------------------------------------- bytes past the end


def smuggling(h: FaultHandler) -> None:
    """A response followed, in the same write, by a complete second response nobody asked for."""
    smuggled = agents(666)
    real = agents(1)
    h.raw(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s"
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s"
        % (len(real), real, len(smuggled), smuggled)
    )


@KINDS
def test_bytes_past_the_content_length_are_never_the_next_answer(kind: str) -> None:
    with FaultServer(smuggling, respond(200, agents(2))) as server:

        async def async_calls(client: Any) -> list[int]:
            return [(await client.get_agents()).count, (await client.get_agents()).count]

        def calls(client: Any) -> Any:
            if kind == "async":
                return async_calls(client)
            return [client.get_agents().count, client.get_agents().count]

        counts = run(kind, server.url, calls)
    assert counts == [1, 2]
    assert len(server.attempts) == 2


# ---------------------------------------------------------------------------------- redirects and bodies


@KINDS
@pytest.mark.parametrize("status", [307, 308])
def test_cross_origin_redirect_never_resends_the_body(kind: str, status: int) -> None:
    created = envelope({"message": "created"})
    with FaultServer(respond(201, created)) as other:
        moved = respond(status, b"", {"Location": f"{other.url}/v1/secrets"})
        with FaultServer(moved) as server:
            with pytest.raises(APIStatusError, match="would re-send the request body") as caught:
                run(kind, server.url, lambda c: c.create_secret("K", "V"), follow_redirects=True)
    assert caught.value.status_code == status
    assert other.attempts == []  # neither the body nor anything else went there


@KINDS
@pytest.mark.parametrize("status", [307, 308])
def test_same_origin_redirect_resends_the_body(kind: str, status: int) -> None:
    created = envelope({"message": "created"})
    with FaultServer(respond(status, b"", {"Location": "/v1/secrets-moved"}), respond(201, created)) as server:
        run(kind, server.url, lambda c: c.create_secret("K", "V"), follow_redirects=True)
    first, second = server.attempts
    assert second.method == "POST" and second.path == "/v1/secrets-moved"
    assert second.headers["Content-Length"] == first.headers["Content-Length"] != "0"
