"""Run slow work off the Ulauncher event thread.

Listeners must return quickly; anything that talks to a model is submitted
here and the result is pushed back with `extension.run_in_background`-style
callbacks (we keep our own tiny executor because the v2 API has none).
"""
from __future__ import annotations

import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable, Dict, Optional

log = logging.getLogger(__name__)


class BackgroundRunner:
    def __init__(self, workers: int = 3):
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ai-job")
        self._results: Dict[str, Any] = {}
        self._errors: Dict[str, BaseException] = {}
        self._lock = threading.Lock()

    def submit(self, job_id: str, fn: Callable[..., Any], *args, **kwargs) -> Future:
        fut = self._pool.submit(fn, *args, **kwargs)
        fut.add_done_callback(lambda f: self._done(job_id, f))
        return fut

    def _done(self, job_id: str, fut: Future) -> None:
        with self._lock:
            exc = fut.exception()
            if exc is not None:
                log.warning("job %s failed: %s", job_id, exc)
                self._errors[job_id] = exc
            else:
                self._results[job_id] = fut.result()

    def pop(self, job_id: str) -> Optional[Any]:
        with self._lock:
            if job_id in self._errors:
                raise self._errors.pop(job_id)
            return self._results.pop(job_id, None)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
