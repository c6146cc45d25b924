"""Which async library runs the current task — asyncio or trio — and the few things that differ.

httpx runs on both (httpcore picks its backend with ``sniffio``); the SDK does too. It asks the
same question the same way, so the retry wait sleeps on the library that runs the call, the pool
remembers the *run* its connections belong to (an asyncio event loop, or the
:class:`trio.lowlevel.TrioToken` of a ``trio.run``), and a finalizer schedules work on it. Nothing
here imports trio (or sniffio): when trio has not been imported it cannot be running.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Awaitable, Callable
from typing import Any

__all__ = ["current_run", "run_finished", "run_is_running", "run_soon", "sleep", "spawn_soon", "trio_running"]


def trio_running() -> bool:
    """Whether this thread runs trio (sniffio's answer, as httpcore asks it)."""
    if "trio" not in sys.modules:
        return False
    sniffio: Any = sys.modules.get("sniffio")  # trio imports it
    if sniffio is None:
        return False
    try:
        return bool(sniffio.current_async_library() == "trio")
    except Exception:  # sniffio.AsyncLibraryNotFoundError: no async library runs here
        return False


def current_run() -> Any:
    """The running asyncio loop, or the token of the running trio run; None outside both."""
    if trio_running():
        return sys.modules["trio"].lowlevel.current_trio_token()
    import asyncio  # only async clients need it: keep it out of the sync import path

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def _is_trio_token(run: object) -> bool:
    trio: Any = sys.modules.get("trio")
    return trio is not None and isinstance(run, trio.lowlevel.TrioToken)


def run_is_running(run: Any) -> bool:
    """Whether ``run`` (an asyncio loop or a trio token) is still running."""
    if _is_trio_token(run):
        try:
            run.run_sync_soon(_nothing)
        except sys.modules["trio"].RunFinishedError:
            return False
        return True
    return bool(run.is_running())


def run_finished(run: Any) -> bool:
    """Whether ``run`` is over for good (a closed asyncio loop, a finished trio run)."""
    if _is_trio_token(run):
        return not run_is_running(run)
    return bool(run.is_closed())


def run_soon(run: Any, function: Callable[[], object]) -> None:
    """Call ``function`` soon on ``run``, from any thread (``call_soon_threadsafe``/``run_sync_soon``)."""
    if _is_trio_token(run):
        run.run_sync_soon(function)
    else:
        run.call_soon_threadsafe(function)


def spawn_soon(make: Callable[[], Awaitable[object]]) -> bool:
    """Run the coroutine ``make()`` soon on the running loop or trio run, from synchronous code.

    Meant for finalizers: its failure is dropped. False when no async library runs in this thread.
    """

    async def quietly() -> None:
        with contextlib.suppress(Exception):
            await make()

    if trio_running():
        trio: Any = sys.modules["trio"]
        token = trio.lowlevel.current_trio_token()
        token.run_sync_soon(lambda: trio.lowlevel.spawn_system_task(quietly))
        return True
    asyncio: Any = sys.modules.get("asyncio")
    if asyncio is None:
        return False
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return False
    task = loop.create_task(quietly())
    _tasks.add(task)
    task.add_done_callback(_tasks.discard)
    return True


_tasks: set[Any] = set()  # tasks of spawn_soon (an asyncio loop only keeps weak references)


async def sleep(seconds: float) -> None:
    """Wait on the library that runs this task."""
    if trio_running():
        await sys.modules["trio"].sleep(seconds)
        return
    import asyncio

    await asyncio.sleep(seconds)


def _nothing() -> None:
    pass
