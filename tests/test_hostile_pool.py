"""One pool per client, always: 16 threads hammering a fresh client leave no socket after close()."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from muxi import FormationClient
from muxi.testing import FakeFormation

pytestmark = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts sockets through /proc")


def _client_sockets(port: int) -> int:
    """Established TCP connections of this process whose remote end is the fake on ``port``."""
    inodes: set[str] = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[len("socket:[") : -1])
    count = 0
    for table in ("/proc/self/net/tcp", "/proc/self/net/tcp6"):
        if not Path(table).exists():
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            remote_port = int(fields[2].rsplit(":", 1)[1], 16)
            if remote_port == port and fields[3] == "01" and fields[9] in inodes:  # 01: ESTABLISHED
                count += 1
    return count


def test_sixteen_threads_share_one_pool_and_close_leaves_no_socket() -> None:
    fake = FakeFormation()
    with fake.serve() as url:
        port = int(url.rsplit(":", 1)[1].split("/")[0])
        client = FormationClient(url=url, client_key=fake.client_key)
        barrier = threading.Barrier(16)
        errors: list[BaseException] = []

        def hammer() -> None:
            try:
                barrier.wait(5)
                for _ in range(5):
                    client.health()
            except BaseException as exc:  # reported below
                errors.append(exc)

        workers = [threading.Thread(target=hammer) for _ in range(16)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(30)
        assert not errors
        assert _client_sockets(port) > 0  # the pool holds keep-alive connections...
        client.close()
        deadline = time.monotonic() + 2
        while _client_sockets(port) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert _client_sockets(port) == 0  # ...and close() released every one of them
