"""Stopping background tasks for sure."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable


async def stop_tasks(tasks: Iterable[asyncio.Task[None]], *, poll_seconds: float = 0.2) -> None:
    """Cancel until every task has ended.

    redis-py can swallow a cancellation that lands inside a command (the command
    returns normally), so a loop that calls Redis may need telling more than once.
    """
    pending = [task for task in tasks if not task.done()]
    while pending:
        for task in pending:
            task.cancel()
        await asyncio.wait(pending, timeout=poll_seconds)
        pending = [task for task in pending if not task.done()]
