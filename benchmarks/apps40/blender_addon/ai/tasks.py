"""Background jobs.

bpy is not thread safe: workers only do network I/O and return plain data.
A timer on the main thread drains the result queue and runs the ``on_done``
callbacks, which are allowed to modify the scene.
"""

import logging
import queue
import threading
import traceback
import uuid

import bpy

log = logging.getLogger(__name__)

_results = queue.Queue()
_jobs = {}
_PUMP_INTERVAL = 0.25


class Job:
    def __init__(self, name, fn, args=(), kwargs=None, on_done=None, on_error=None):
        self.id = uuid.uuid4().hex[:8]
        self.name = name
        self.fn = fn
        self.args = args
        self.kwargs = kwargs or {}
        self.on_done = on_done
        self.on_error = on_error
        self.cancelled = threading.Event()
        self.thread = None

    def _run(self):
        try:
            result = self.fn(*self.args, **self.kwargs)
        except Exception as exc:  # noqa: BLE001 - reported on the main thread
            log.debug("job %s failed\n%s", self.name, traceback.format_exc())
            _results.put((self, False, exc))
        else:
            _results.put((self, True, result))

    def start(self):
        self.thread = threading.Thread(target=self._run, name=f"aistudio-{self.name}", daemon=True)
        _jobs[self.id] = self
        self.thread.start()
        return self


def submit(name, fn, *args, on_done=None, on_error=None, **kwargs):
    """Run ``fn(*args, **kwargs)`` in a daemon thread."""
    ensure_pump_registered()
    return Job(name, fn, args, kwargs, on_done, on_error).start()


def _pump():
    while True:
        try:
            job, ok, payload = _results.get_nowait()
        except queue.Empty:
            break
        _jobs.pop(job.id, None)
        if job.cancelled.is_set():
            continue
        try:
            if ok and job.on_done:
                job.on_done(payload)
            elif not ok and job.on_error:
                job.on_error(payload)
            elif not ok:
                log.error("AI job %s failed: %s", job.name, payload)
        except Exception:  # noqa: BLE001
            log.exception("callback for %s raised", job.name)
    return _PUMP_INTERVAL


def ensure_pump_registered():
    if not bpy.app.timers.is_registered(_pump):
        bpy.app.timers.register(_pump, first_interval=_PUMP_INTERVAL, persistent=True)


def run_on_main_thread(fn, *args):
    """One-shot: schedule a callable on the main thread from a worker."""

    def _once():
        fn(*args)
        return None

    bpy.app.timers.register(_once, first_interval=0.0)


def active_jobs():
    return list(_jobs.values())


def shutdown():
    for job in list(_jobs.values()):
        job.cancelled.set()
    _jobs.clear()
    if bpy.app.timers.is_registered(_pump):
        bpy.app.timers.unregister(_pump)
