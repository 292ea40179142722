"""Dynamic micro-batching for providers that accept list inputs (embeddings).

KServe calls ``predict`` once per HTTP request; for embeddings we would rather
coalesce concurrent requests into one upstream call.  Triton has its own
dynamic batcher, so this is only used on the KServe side.
"""
from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field
from typing import Awaitable, Callable, Generic, List, Sequence, TypeVar

logger = logging.getLogger(__name__)

In = TypeVar("In")
Out = TypeVar("Out")


@dataclass
class _Pending(Generic[In, Out]):
    item: In
    future: asyncio.Future
    enqueued_at: float = field(default_factory=time.monotonic)


class MicroBatcher(Generic[In, Out]):
    def __init__(
        self,
        flush_fn: Callable[[Sequence[In]], Awaitable[List[Out]]],
        max_batch_size: int = 16,
        window_ms: int = 25,
    ) -> None:
        self._flush_fn = flush_fn
        self._max = max_batch_size
        self._window = window_ms / 1000.0
        self._queue: list[_Pending[In, Out]] = []
        self._lock = asyncio.Lock()
        self._timer: asyncio.TimerHandle | None = None

    async def submit(self, item: In) -> Out:
        loop = asyncio.get_running_loop()
        fut: asyncio.Future = loop.create_future()
        async with self._lock:
            self._queue.append(_Pending(item, fut))
            if len(self._queue) >= self._max:
                await self._flush_locked()
            elif self._timer is None:
                self._timer = loop.call_later(self._window, lambda: asyncio.ensure_future(self.flush()))
        return await fut

    async def flush(self) -> None:
        async with self._lock:
            await self._flush_locked()

    async def _flush_locked(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        batch, self._queue = self._queue, []
        if not batch:
            return
        started = time.monotonic()
        try:
            results = await self._flush_fn([p.item for p in batch])
        except Exception as exc:  # noqa: BLE001
            for p in batch:
                if not p.future.done():
                    p.future.set_exception(exc)
            return
        if len(results) != len(batch):
            err = RuntimeError(f"batch size mismatch: sent {len(batch)}, got {len(results)}")
            for p in batch:
                p.future.set_exception(err)
            return
        for p, r in zip(batch, results):
            if not p.future.done():
                p.future.set_result(r)
        logger.debug("flushed batch of %d in %.1fms", len(batch), (time.monotonic() - started) * 1000)


def chunked(items: Sequence[In], size: int) -> List[Sequence[In]]:
    return [items[i : i + size] for i in range(0, len(items), size)]
