# coding=utf-8
"""Background worker.

OctoPrint event handlers and API calls must return quickly, so every LLM
request is queued here and the result is pushed to the frontend with
``plugin_manager.send_plugin_message``.
"""
from __future__ import absolute_import, unicode_literals

import asyncio
import functools
import inspect
import itertools
import logging
import queue
import threading
import time

_logger = logging.getLogger("octoprint.plugins.aiassist.worker")

_job_ids = itertools.count(1)


class Job(object):
    def __init__(self, kind, func, args=(), kwargs=None, on_done=None):
        self.id = next(_job_ids)
        self.kind = kind
        self.func = func
        self.args = args
        self.kwargs = kwargs or {}
        self.on_done = on_done
        self.created = time.time()
        self.result = None
        self.error = None

    def describe(self):
        return {"id": self.id, "kind": self.kind, "created": self.created,
                "error": self.error, "done": self.result is not None or self.error is not None}


class LLMWorker(threading.Thread):
    def __init__(self, send_message, logger=None, max_queue=20):
        super(LLMWorker, self).__init__(name="aiassist-llm-worker")
        self.daemon = True
        self._queue = queue.Queue(maxsize=max_queue)
        self._send = send_message
        self._logger = logger or _logger
        self._stopping = threading.Event()
        self._loop = None
        self.recent = []

    # -- public -----------------------------------------------------------------

    def submit(self, kind, func, *args, **kwargs):
        on_done = kwargs.pop("on_done", None)
        job = Job(kind, func, args, kwargs, on_done=on_done)
        try:
            self._queue.put_nowait(job)
        except queue.Full:
            self._logger.warning("LLM queue full, dropping %s job", kind)
            return None
        self._send({"type": "job_queued", "job": job.describe()})
        return job.id

    def stop(self):
        self._stopping.set()
        self._queue.put(None)

    # -- thread -------------------------------------------------------------------

    def run(self):
        self._loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self._loop)
        while not self._stopping.is_set():
            job = self._queue.get()
            if job is None:
                break
            self._run_job(job)
        self._loop.close()

    def _run_job(self, job):
        started = time.time()
        try:
            result = job.func(*job.args, **job.kwargs)
            if inspect.isawaitable(result):
                result = self._loop.run_until_complete(result)
            job.result = result
        except Exception as exc:
            self._logger.exception("LLM job %s (%s) failed", job.id, job.kind)
            job.error = str(exc)
        self._logger.debug("Job %s took %.1fs", job.id, time.time() - started)
        self.recent = (self.recent + [job.describe()])[-25:]
        payload = {"type": "job_done", "job": job.describe(), "result": job.result}
        self._send(payload)
        if job.on_done:
            try:
                job.on_done(job)
            except Exception:
                self._logger.exception("on_done callback failed for job %s", job.id)


def batch_explain_history(client, model, failures, logger=None):
    """Run once from the "Re-analyse history" button on the settings page.

    ``client`` is the OpenRouter client owned by the plugin; the batch uses a
    cheap open model so we don't burn the user's main provider budget.
    """
    log = logger or _logger
    ask = functools.partial(client.chat.completions.create, model=model, max_tokens=300, temperature=0.2)
    out = []
    for failure in failures:
        try:
            completion = ask(messages=[
                {"role": "system", "content": "Explain this 3D print failure in one short paragraph."},
                {"role": "user", "content": failure["summary"]},
            ])
            out.append({"id": failure["id"], "explanation": completion.choices[0].message.content})
        except Exception as exc:
            log.warning("Could not re-analyse failure %s: %s", failure.get("id"), exc)
    return out
