"""RQ queues. Jobs run in `rq worker assistant-default assistant-slow`."""
from __future__ import annotations

import logging
from datetime import timedelta
from functools import lru_cache

from redis import Redis
from rq import Queue, Retry

from assistant.config import get_settings

log = logging.getLogger(__name__)

DEFAULT = "assistant-default"
SLOW = "assistant-slow"


@lru_cache(maxsize=1)
def _redis() -> Redis:
    return Redis.from_url(get_settings().redis_url)


@lru_cache(maxsize=None)
def get_queue(name: str = DEFAULT) -> Queue:
    return Queue(name, connection=_redis(), default_timeout=600)


def enqueue_transcription(file_id: str, channel: str, filename: str):
    job = get_queue(SLOW).enqueue(
        "assistant.jobs.tasks.transcribe_huddle",
        file_id,
        channel,
        filename,
        retry=Retry(max=2, interval=[30, 120]),
        job_timeout=1800,
        description=f"transcribe {filename}",
    )
    log.info("queued transcription %s as %s", file_id, job.id)
    return job


def enqueue_action_items(channel: str, ts: str, requested_by: str):
    return get_queue().enqueue(
        "assistant.jobs.digest.extract_action_items", channel, ts, requested_by, result_ttl=3600
    )


def enqueue_digest(channel: str, delay_minutes: int = 0):
    q = get_queue()
    if delay_minutes:
        return q.enqueue_in(timedelta(minutes=delay_minutes), "assistant.jobs.digest.daily_digest", channel)
    return q.enqueue("assistant.jobs.digest.daily_digest", channel)
