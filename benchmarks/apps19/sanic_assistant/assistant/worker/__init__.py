"""Background worker process, run under Sanic's worker manager.

The worker pulls jobs from a redis list; it does NOT share ``app.ctx`` with
the HTTP workers (separate process), so it builds its own clients.
"""
from __future__ import annotations

from sanic import Sanic

from .main import worker_main


def register_worker(app: Sanic) -> None:
    @app.main_process_ready
    async def start_worker(app: Sanic):
        cfg = app.config.SETTINGS
        app.manager.manage(
            "AssistantJobWorker",
            worker_main,
            {"queue": cfg.job_queue, "redis_url": cfg.redis_url},
            transient=True,
        )
