"""APScheduler event listeners: bookkeeping for the /status endpoint."""
from __future__ import annotations

import logging
import time
from collections import deque

from apscheduler.events import (
    EVENT_JOB_ERROR,
    EVENT_JOB_EXECUTED,
    EVENT_JOB_MISSED,
    EVENT_JOB_SUBMITTED,
    JobExecutionEvent,
)

logger = logging.getLogger(__name__)

JOB_HISTORY: deque = deque(maxlen=200)
LAST_RUN: dict[str, dict] = {}


def on_job_executed(event: JobExecutionEvent) -> None:
    LAST_RUN[event.job_id] = {"status": "ok", "at": time.time(), "retval": repr(event.retval)[:200]}
    JOB_HISTORY.append((event.job_id, "ok", event.scheduled_run_time.isoformat()))


def on_job_error(event: JobExecutionEvent) -> None:
    logger.error("job %s crashed: %s", event.job_id, event.exception, exc_info=event.exception)
    LAST_RUN[event.job_id] = {"status": "error", "at": time.time(), "error": repr(event.exception)}
    JOB_HISTORY.append((event.job_id, "error", event.scheduled_run_time.isoformat()))


def on_job_missed(event) -> None:
    logger.warning("job %s missed its run at %s", event.job_id, event.scheduled_run_time)
    JOB_HISTORY.append((event.job_id, "missed", event.scheduled_run_time.isoformat()))


def job_stats() -> dict[str, dict[str, int]]:
    """Per-job counts of ok/error/missed over the retained history."""
    stats: dict[str, dict[str, int]] = {}
    for job_id, status, _ in JOB_HISTORY:
        bucket = stats.setdefault(job_id, {"ok": 0, "error": 0, "missed": 0})
        bucket[status] = bucket.get(status, 0) + 1
    return stats


def failing_jobs(threshold: int = 3) -> list[str]:
    """Jobs whose last ``threshold`` runs all errored."""
    recent: dict[str, list[str]] = {}
    for job_id, status, _ in JOB_HISTORY:
        recent.setdefault(job_id, []).append(status)
    return [j for j, runs in recent.items() if len(runs) >= threshold and set(runs[-threshold:]) == {"error"}]


def register_listeners(scheduler) -> None:
    scheduler.add_listener(on_job_executed, EVENT_JOB_EXECUTED)
    scheduler.add_listener(on_job_error, EVENT_JOB_ERROR)
    scheduler.add_listener(on_job_missed, EVENT_JOB_MISSED)
    scheduler.add_listener(
        lambda ev: logger.debug("submitted %s", ev.job_id), EVENT_JOB_SUBMITTED
    )
