"""Submits overnight Mistral batch jobs (weekly channel recaps, ~50% cheaper)."""

from __future__ import annotations

import io
import json
import logging
from typing import Iterable

from botkit.llm import models
from botkit.llm.clients import get_mistral_client

logger = logging.getLogger(__name__)


def _to_jsonl(requests: Iterable[dict]) -> bytes:
    buf = io.StringIO()
    for i, body in enumerate(requests):
        buf.write(json.dumps({"custom_id": str(i), "body": body}) + "\n")
    return buf.getvalue().encode()


def submit_recap_batch(prompts: dict[str, str], model: str = models.MISTRAL_SMALL) -> str:
    """Upload one request per channel and start a batch job. Returns the job id."""
    client = get_mistral_client()
    bodies = [
        {"messages": [{"role": "user", "content": text}], "max_tokens": 700}
        for text in prompts.values()
    ]
    uploaded = client.files.upload(
        file={"file_name": "weekly_recaps.jsonl", "content": _to_jsonl(bodies)},
        purpose="batch",
    )
    job = client.batch.jobs.create(
        input_files=[uploaded.id],
        model=model,
        endpoint="/v1/chat/completions",
        metadata={"job_type": "weekly_recap", "channels": ",".join(prompts)},
    )
    logger.info("submitted mistral batch %s (%d requests)", job.id, len(bodies))
    return job.id


def batch_status(job_id: str) -> str:
    return get_mistral_client().batch.jobs.get(job_id=job_id).status
