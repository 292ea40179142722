"""Run slow network calls off the GTK main loop.

GIMP's UI freezes if a plug-in blocks in the main thread while a dialog is
open, so interactive paths push the request into a thread and poll the
result with GLib.idle_add.
"""
import logging
import threading
import traceback

log = logging.getLogger("ai_common.worker")


class Job:
    def __init__(self, func, args, kwargs):
        self.func = func
        self.args = args
        self.kwargs = kwargs
        self.result = None
        self.error = None
        self.done = threading.Event()
        self.cancelled = False

    def run(self):
        try:
            self.result = self.func(*self.args, **self.kwargs)
        except Exception as exc:  # reported back to the UI thread
            log.debug("job failed: %s", traceback.format_exc())
            self.error = exc
        finally:
            self.done.set()

    def wait(self, timeout=None):
        self.done.wait(timeout)
        if self.error is not None:
            raise self.error
        return self.result


def run_in_thread(func, *args, on_done=None, **kwargs):
    """Start ``func(*args, **kwargs)`` in a daemon thread.

    ``on_done(job)`` is called on the GLib main loop when the job finishes.
    """
    job = Job(func, args, kwargs)
    thread = threading.Thread(target=job.run, name="ai-worker", daemon=True)
    thread.start()
    if on_done is not None:
        try:
            from gi.repository import GLib

            def _poll():
                if job.done.is_set():
                    if not job.cancelled:
                        on_done(job)
                    return False
                return True

            GLib.timeout_add(100, _poll)
        except ImportError:
            job.wait()
            on_done(job)
    return job


def run_blocking_with_progress(func, *args, label="Working...", **kwargs):
    """Run ``func`` in a thread and pulse the GIMP progress bar until done."""
    from gi.repository import Gimp

    Gimp.progress_init(label)
    job = run_in_thread(func, *args, **kwargs)
    while not job.done.wait(0.1):
        Gimp.progress_pulse()
    Gimp.progress_end()
    return job.wait()
