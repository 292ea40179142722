"""Runs the stage list over all batches: bounded concurrency, checkpoints, resume."""
from __future__ import annotations

import asyncio
import logging
import time
from typing import List, Optional, Sequence

import pandas as pd

from enrich.context import Context
from enrich.errors import StageError
from enrich.models import Batch, RunSummary, StageReport
from enrich.stages.base import Stage
from enrich.utils.frames import split_frame

log = logging.getLogger(__name__)


class PipelineExecutor:
    def __init__(self, ctx: Context, stages: Sequence[Stage], max_parallel_batches: int = 4) -> None:
        self.ctx = ctx
        self.stages = list(stages)
        self._batch_sem = asyncio.Semaphore(max_parallel_batches)
        self.summary = RunSummary(run_id=ctx.run_id)

    @property
    def stage_names(self) -> List[str]:
        return [s.name for s in self.stages]

    def make_batches(self, frame: pd.DataFrame) -> List[Batch]:
        parts = split_frame(frame, self.ctx.settings.batch_size)
        return [Batch(run_id=self.ctx.run_id, index=i, frame=p) for i, p in enumerate(parts)]

    async def _run_batch(self, batch: Batch) -> Optional[Batch]:
        async with self._batch_sem:
            done = self.ctx.checkpoints.last_completed(batch.key, self.stage_names)
            skip = True if done else False
            if done:
                log.info("batch %s: resuming after stage %s", batch.key, done)
                batch = batch.with_frame(self.ctx.checkpoints.load(batch.key, done))
            for stage in self.stages:
                if skip:
                    skip = stage.name != done
                    continue
                report = StageReport(stage.name, batch.key, rows_in=len(batch), rows_out=0)
                started = time.perf_counter()
                try:
                    batch = await stage.run(batch)
                except StageError as exc:
                    report.errors.append(str(exc))
                    self.summary.add(report.finish(0))
                    log.error("batch %s failed in %s: %s", batch.key, stage.name, exc)
                    self.summary.failed_batches.append(batch.key)
                    return None
                self.summary.add(report.finish(len(batch)))
                log.debug("batch %s: %s done in %.1fs", batch.key, stage.name, time.perf_counter() - started)
                if not self.ctx.dry_run:
                    self.ctx.checkpoints.save(batch.key, stage.name, batch.frame)
            return batch

    async def run(self, frame: pd.DataFrame) -> pd.DataFrame:
        batches = self.make_batches(frame)
        self.summary.batches = len(batches)
        log.info("run %s: %d rows in %d batches, stages=%s", self.ctx.run_id, len(frame),
                 len(batches), ",".join(self.stage_names))
        results = await asyncio.gather(*(self._run_batch(b) for b in batches))
        good = [b.frame for b in results if b is not None]
        self.ctx.checkpoints.flush()
        self.ctx.checkpoints.write_manifest({
            "run_id": self.ctx.run_id,
            "stages": self.stage_names,
            "batches": len(batches),
            "failed": self.summary.failed_batches,
        })
        out = pd.concat(good, ignore_index=True) if good else frame.iloc[0:0]
        self.summary.rows = len(out)
        return out
