"""Thread-pool runner: N workers share one adapter (all our SDK clients are thread-safe)."""
from __future__ import annotations

import itertools
import logging
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import Any, Dict, Iterable, Set

from labelkit.runner.base import JobRunner

log = logging.getLogger(__name__)


class ThreadPoolRunner(JobRunner):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.workers = self.spec.concurrency
        # uploads happen off the labelling threads so a slow S3 PUT does not stall workers
        self._uploader = ThreadPoolExecutor(max_workers=2, thread_name_prefix="labelkit-upload")
        self._uploads: Set[Future] = set()

    def _record(self, item: Dict[str, Any], result) -> None:
        self._maybe_audit(item, result)
        self.progress.tick(result.ok)
        if result.ok:
            self.summary.labelled += 1
        else:
            self.summary.failed += 1
        if self.dry_run:
            return
        full = self.writer.add(result)
        if full:
            self._uploads.add(self._uploader.submit(self.writer.flush_shard, full))

    def _process(self, items: Iterable[Dict[str, Any]]) -> None:
        window = self.workers * 4
        it = iter(items)
        with ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="labelkit-worker") as pool:
            pending: Dict[Future, Dict[str, Any]] = {}
            for item in itertools.islice(it, window):
                pending[pool.submit(self._label_one, item)] = item
            while pending:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for fut in done:
                    item = pending.pop(fut)
                    self._record(item, fut.result())
                for item in itertools.islice(it, len(done)):
                    pending[pool.submit(self._label_one, item)] = item

        for fut in self._uploads:
            self.summary.shards.append(fut.result())
        self._uploader.shutdown(wait=True)
