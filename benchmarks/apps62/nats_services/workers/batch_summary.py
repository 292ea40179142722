"""JetStream push consumer: summarises documents queued on ``batch.summarise``.

Results are published on ``results.summarise.<job_id>``.
"""
from __future__ import annotations

import asyncio
import functools
import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone

from nats.aio.msg import Msg

from svc import Service
from svc.codec import decode, encode
from svc.jetstream import push_consumer
from svc.llm import get_anthropic

log = logging.getLogger(__name__)


@dataclass
class JobRecord:
    job_id: str
    status: str = "queued"
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    attempts: int = 0

    @classmethod
    def create(cls, job_id: str) -> "JobRecord":
        return cls(job_id=job_id)


class BatchSummaryWorker(Service):
    name = "batch-summary"

    def __init__(self, *a, **kw) -> None:
        super().__init__(*a, **kw)
        self.jobs: dict[str, JobRecord] = {}
        client = get_anthropic()
        self._ask = functools.partial(client.messages.create, model="claude-3-5-haiku-latest", max_tokens=800)
        self._sem = asyncio.Semaphore(8)

    async def on_start(self) -> None:
        self._sub = await push_consumer(self.nc, "batch.summarise", durable="batch-summary", cb=self.on_msg)

    async def on_msg(self, msg: Msg) -> None:
        req = decode(msg.data)
        job = self.jobs.setdefault(req["job_id"], JobRecord.create(req["job_id"]))
        job.attempts += 1
        async with self._sem:
            try:
                resp = await self._ask(messages=[{"role": "user", "content": f"Summarise:\n\n{req['text']}"}])
            except Exception:  # noqa: BLE001
                log.exception("job %s failed (attempt %d)", job.job_id, job.attempts)
                await msg.nak(delay=min(300, 10 * job.attempts))
                return
        job.status = "done"
        text = "".join(b.text for b in resp.content if b.type == "text")
        await self.nc.publish(f"results.summarise.{job.job_id}", encode({"job_id": job.job_id, "summary": text}))
        await msg.ack()
