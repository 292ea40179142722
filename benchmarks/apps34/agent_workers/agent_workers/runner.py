"""asyncio task runner: pulls from the queue, dispatches to plugins, records results."""
from __future__ import annotations

import asyncio
import logging
import signal
import socket

from agent_workers.config import Settings
from agent_workers.models import Task, TaskResult
from agent_workers.queue import TaskQueue
from agent_workers.registry import PluginRegistry, discover
from agent_workers.toolbox import Toolbox

log = logging.getLogger(__name__)


class Metrics:
    """In-process counters, scraped by the sidecar via ``agent-workers stats``."""

    def __init__(self) -> None:
        self.started = 0
        self.succeeded = 0
        self.failed = 0
        self.timeouts = 0
        self.tokens_in = 0
        self.tokens_out = 0
        self.by_kind: dict[str, int] = {}

    def observe(self, task: Task, result: TaskResult) -> None:
        self.started += 1
        self.by_kind[task.kind] = self.by_kind.get(task.kind, 0) + 1
        if result.error == "timeout":
            self.timeouts += 1
        elif result.error:
            self.failed += 1
        else:
            self.succeeded += 1
        self.tokens_in += result.input_tokens
        self.tokens_out += result.output_tokens

    def snapshot(self) -> dict[str, object]:
        return {
            "started": self.started,
            "succeeded": self.succeeded,
            "failed": self.failed,
            "timeouts": self.timeouts,
            "tokens_in": self.tokens_in,
            "tokens_out": self.tokens_out,
            "by_kind": dict(self.by_kind),
        }


class Runner:
    def __init__(self, settings: Settings, queue: TaskQueue, registry: PluginRegistry, toolbox: Toolbox) -> None:
        self.settings = settings
        self.queue = queue
        self.registry = registry
        self.toolbox = toolbox
        self._sem = asyncio.Semaphore(settings.concurrency)
        self._stopping = asyncio.Event()
        self._inflight: set[asyncio.Task] = set()
        self.metrics = Metrics()
        self.consumer = f"{socket.gethostname()}-{id(self):x}"

    @classmethod
    async def start(cls, settings: Settings) -> "Runner":
        toolbox = Toolbox.create(settings)
        registry = discover(settings.enabled_plugins)
        for plugin in registry:
            await plugin.setup(toolbox)
        queue = TaskQueue.from_url(settings.redis_url, settings.queue_stream, settings.queue_group, settings.dead_letter_stream)
        await queue.ensure_group()
        return cls(settings, queue, registry, toolbox)

    def install_signal_handlers(self) -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, self._stopping.set)

    async def run_one(self, task: Task) -> TaskResult:
        plugin = self.registry.get(task.kind)
        try:
            return await asyncio.wait_for(plugin.handle(task, self.toolbox), timeout=self.settings.task_timeout_s)
        except asyncio.TimeoutError:
            return TaskResult.failed(task, "timeout")
        except Exception as exc:
            log.exception("task %s (%s) failed", task.id, task.kind)
            return TaskResult.failed(task, repr(exc))

    async def _process(self, msg_id: str, task: Task) -> None:
        async with self._sem:
            result = await self.run_one(task)
            self.metrics.observe(task, result)
            await self.queue.store_result(result)
            if result.error and result.error != "timeout":
                await self.queue.retry(msg_id, task, self.settings.max_attempts)
            else:
                await self.queue.ack(msg_id)

    async def serve(self) -> None:
        log.info("runner %s serving %s", self.consumer, self.registry.kinds())
        async for msg_id, task in self.queue.consume(self.consumer, count=self.settings.concurrency):
            t = asyncio.create_task(self._process(msg_id, task))
            self._inflight.add(t)
            t.add_done_callback(self._inflight.discard)
            if self._stopping.is_set():
                break
        await self.shutdown()

    async def shutdown(self) -> None:
        if self._inflight:
            await asyncio.gather(*self._inflight, return_exceptions=True)
        for plugin in self.registry:
            await plugin.teardown()
        await self.toolbox.aclose()
        await self.queue.close()


async def main(settings: Settings) -> None:
    runner = await Runner.start(settings)
    runner.install_signal_handlers()
    await runner.serve()
