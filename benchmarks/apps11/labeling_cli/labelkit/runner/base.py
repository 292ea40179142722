"""Sequential job runner; the thread-pool runner in pool.py builds on it."""
from __future__ import annotations

import logging
import random
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, Iterator, List, Optional

from labelkit.errors import LabelkitError, ParseError
from labelkit.plugins.base import LabelResult, ProviderAdapter
from labelkit.retry import RetryPolicy, with_retries
from labelkit.spec import JobSpec
from labelkit.storage import JobStore, S3ResultWriter, iter_items

log = logging.getLogger(__name__)


class Progress:
    def __init__(self, total: Optional[int] = None, every: int = 500) -> None:
        self.total = total
        self.every = every
        self.done = 0
        self.failed = 0
        self.started = time.monotonic()
        self._lock = threading.Lock()

    def tick(self, ok: bool) -> None:
        with self._lock:
            self.done += 1
            if not ok:
                self.failed += 1
            if self.done % self.every == 0:
                log.info("progress: %s", self.describe())

    def completion(self) -> Optional[float]:
        if not self.total:
            return None
        return min(1.0, self.done / self.total)

    def rate(self) -> float:
        elapsed = max(time.monotonic() - self.started, 1e-6)
        return self.done / elapsed

    def describe(self) -> str:
        pct = self.completion()
        pct_s = f" ({pct:.0%})" if pct is not None else ""
        return f"{self.done}{pct_s} done, {self.failed} failed, {self.rate():.1f} items/s"


@dataclass
class RunSummary:
    job: str
    labelled: int = 0
    failed: int = 0
    audited: int = 0
    elapsed_s: float = 0.0
    shards: List[str] = field(default_factory=list)

    def as_dict(self) -> Dict[str, Any]:
        return {"job": self.job, "labelled": self.labelled, "failed": self.failed,
                "audited": self.audited, "elapsed_s": self.elapsed_s, "shards": self.shards}


class JobRunner:
    def __init__(self, spec: JobSpec, adapter: ProviderAdapter, writer: Optional[S3ResultWriter] = None,
                 store: Optional[JobStore] = None, auditor=None, limit: Optional[int] = None,
                 dry_run: bool = False) -> None:
        self.spec = spec
        self.adapter = adapter
        self.writer = writer or S3ResultWriter(spec.results_prefix())
        self.store = store or JobStore()
        self.auditor = auditor
        self.limit = limit
        self.dry_run = dry_run
        self.policy = RetryPolicy.from_spec(spec)
        self.progress = Progress(total=limit)
        self.summary = RunSummary(job=spec.name)
        self._rng = random.Random(spec.name)

    # ------------------------------------------------------------------
    def items(self) -> Iterator[Dict[str, Any]]:
        for n, item in enumerate(iter_items(self.spec.input_uri)):
            if self.limit is not None and n >= self.limit:
                return
            yield item

    def _label_one(self, item: Dict[str, Any]) -> LabelResult:
        self.adapter.limiter.acquire()
        try:
            return with_retries(self.adapter.label, self.policy, item)
        except ParseError as exc:
            return LabelResult(item_id=self.adapter.item_id(item), label=None, model=self.spec.model,
                               provider=self.adapter.name, raw=exc.raw, error="unparseable")
        except LabelkitError as exc:
            return LabelResult(item_id=self.adapter.item_id(item), label=None, model=self.spec.model,
                               provider=self.adapter.name, error=str(exc))

    def _maybe_audit(self, item: Dict[str, Any], result: LabelResult) -> None:
        if self.auditor is None or not result.ok:
            return
        if self._rng.random() >= self.spec.audit.sample_rate:
            return
        try:
            verdict = self.auditor.audit(item, result, text_field=self.spec.text_field)
        except Exception:  # noqa: BLE001 - audits must never fail a job
            log.warning("audit failed for %s", result.item_id, exc_info=True)
            return
        result.meta["audit"] = verdict
        self.summary.audited += 1

    def _record(self, item: Dict[str, Any], result: LabelResult) -> None:
        self._maybe_audit(item, result)
        self.progress.tick(result.ok)
        if result.ok:
            self.summary.labelled += 1
        else:
            self.summary.failed += 1
        if self.dry_run:
            log.info("%s -> %r", result.item_id, result.label)
            return
        full = self.writer.add(result)
        if full:
            self.summary.shards.append(self.writer.flush_shard(full))

    def _process(self, items: Iterable[Dict[str, Any]]) -> None:
        for item in items:
            self._record(item, self._label_one(item))

    # ------------------------------------------------------------------
    def run(self) -> RunSummary:
        job_id = None
        if not self.dry_run:
            job_id = self.store.create(
                name=self.spec.name, provider=self.adapter.name, model=self.spec.model
            )
        started = time.monotonic()
        status = "failed"
        try:
            self._process(self.items())
            status = "succeeded"
        finally:
            self.summary.elapsed_s = time.monotonic() - started
            if not self.dry_run:
                last = self.writer.close()
                if last:
                    self.summary.shards.append(last)
                self.writer.write_manifest({"spec": self.spec.name, "model": self.spec.model,
                                            "status": status, **self.summary.as_dict()})
                self.store.finish(job_id, status, self.summary.labelled, self.summary.failed)
            self.adapter.close()
        log.info("job %s %s: %s", self.spec.name, status, self.progress.describe())
        return self.summary
