"""Background worker: thread pool + marshal results back onto the main thread."""
import logging
import queue
from concurrent.futures import Future, ThreadPoolExecutor

log = logging.getLogger("hollowmere.worker")


class BackgroundWorker:
    def __init__(self, max_workers: int = 4):
        self.pool = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="hm-bg")
        self._main_calls: "queue.Queue" = queue.Queue()
        taskMgr.add(self._pump, "bg-pump", sort=-10)

    def submit(self, fn, *args, **kwargs) -> Future:
        fut = self.pool.submit(fn, *args, **kwargs)
        fut.add_done_callback(self._log_errors)
        return fut

    def call_on_main(self, fn, *args) -> None:
        self._main_calls.put((fn, args))

    def _pump(self, task):
        for _ in range(32):
            try:
                fn, args = self._main_calls.get_nowait()
            except queue.Empty:
                break
            fn(*args)
        return task.cont

    @staticmethod
    def _log_errors(fut: Future) -> None:
        exc = fut.exception()
        if exc is not None:
            log.error("background job failed: %r", exc)

    def shutdown(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
