"""Lightweight background work.

We don't run Celery on this project; long jobs go to a process-wide thread
pool and report back through the cache.
"""
from __future__ import annotations

import functools
import logging
from concurrent.futures import ThreadPoolExecutor

from django.core.cache import cache

from ai import get_anthropic_client, get_openai_client

logger = logging.getLogger(__name__)

_executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="ai-task")

OUTLINE_SYSTEM = "Produce a detailed outline with H2/H3 headings and one line per section."


def _job_key(job_id: str) -> str:
    return f"ai-job:{job_id}"


def _store(job_id, future):
    try:
        result = future.result()
        cache.set(_job_key(job_id), {"status": "done", "result": result}, 3600)
    except Exception as exc:
        logger.exception("ai job %s failed", job_id)
        cache.set(_job_key(job_id), {"status": "error", "error": str(exc)}, 3600)


def submit_outline(job_id: str, brief: str, model: str = "claude-3-5-sonnet-latest"):
    client = get_anthropic_client()
    make_outline = functools.partial(
        client.messages.create,
        model=model,
        max_tokens=2000,
        system=OUTLINE_SYSTEM,
    )

    def run():
        msg = make_outline(messages=[{"role": "user", "content": brief}])
        return msg.content[0].text

    cache.set(_job_key(job_id), {"status": "running"}, 3600)
    future = _executor.submit(run)
    future.add_done_callback(functools.partial(_store, job_id))
    return job_id


def submit_social_posts(job_id: str, article: str):
    client = get_openai_client()
    future = _executor.submit(
        client.chat.completions.create,
        model="gpt-4o-mini",
        n=3,
        messages=[
            {"role": "system", "content": "Write a post for Mastodon, under 450 characters."},
            {"role": "user", "content": article[:5000]},
        ],
    )
    future.add_done_callback(functools.partial(_store_choices, job_id))
    cache.set(_job_key(job_id), {"status": "running"}, 3600)
    return job_id


def _store_choices(job_id, future):
    try:
        completion = future.result()
        posts = [c.message.content for c in completion.choices]
        cache.set(_job_key(job_id), {"status": "done", "result": posts}, 3600)
    except Exception as exc:
        cache.set(_job_key(job_id), {"status": "error", "error": str(exc)}, 3600)


def job_status(job_id: str) -> dict:
    return cache.get(_job_key(job_id)) or {"status": "unknown"}
