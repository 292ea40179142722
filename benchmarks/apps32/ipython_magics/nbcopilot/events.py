"""Kernel event hooks (opt-in with ``%config CopilotMagics.auto_explain = True``).

When a cell fails, post a one-line hint under it. Goes through the tracked
service because it fires on every error and can add up.
"""
from __future__ import annotations

import asyncio
import logging
import threading

from .context import last_traceback
from .display import show_markdown
from .services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

_HINT_PROMPT = "In one sentence, what is the most likely cause of this Python error?\n\n{tb}"


class AutoExplainer:
    def __init__(self, shell, min_interval_s: float = 10.0):
        self.shell = shell
        self.min_interval_s = min_interval_s
        self._last = 0.0
        self._lock = threading.Lock()

    def register(self):
        self.shell.events.register("post_run_cell", self.post_run_cell)

    def unregister(self):
        try:
            self.shell.events.unregister("post_run_cell", self.post_run_cell)
        except ValueError:
            pass

    def post_run_cell(self, result):
        if result.success or result.error_in_exec is None:
            return
        import time

        now = time.monotonic()
        with self._lock:
            if now - self._last < self.min_interval_s:
                return
            self._last = now
        tb = last_traceback() or repr(result.error_in_exec)
        try:
            hint = asyncio.run(
                multi_model_service.generate_response(
                    prompt=_HINT_PROMPT.format(tb=tb[-3000:]),
                    task_type="auto_explain",
                    complexity=TaskComplexity.SIMPLE,
                )
            )
        except RuntimeError:
            log.debug("event loop already running; skipping auto-explain")
            return
        show_markdown(f"> 💡 {hint}")
