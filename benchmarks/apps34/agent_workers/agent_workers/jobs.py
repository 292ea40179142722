"""Scheduled jobs run by the ``cron`` sidecar (``python -m agent_workers.jobs <name>``)."""
from __future__ import annotations

import asyncio
import base64
import logging
import sys
from datetime import date

from agent_workers.config import get_settings
from agent_workers.embeddings import embed_texts
from agent_workers.legacy.summarizer_v1 import digest
from agent_workers.services import TaskComplexity, multi_model_service
from agent_workers.toolbox import Toolbox

log = logging.getLogger(__name__)


def nightly_digest(items: list[str]) -> str:
    # Still on the v1 summariser until the batch migration (legacy/batch_upload.py) is done.
    return digest(items)


def dedupe(titles: list[str], threshold: float = 0.95) -> list[str]:
    vectors = embed_texts(titles)
    keep: list[int] = []
    for i, v in enumerate(vectors):
        if all(sum(a * b for a, b in zip(v, vectors[j])) < threshold for j in keep):
            keep.append(i)
    return [titles[i] for i in keep]


async def weekly_report(stats: dict[str, int]) -> str:
    lines = "\n".join(f"{k}: {v}" for k, v in sorted(stats.items()))
    resp = await multi_model_service.generate_response(
        prompt=f"Write a short weekly ops report from these counters:\n{lines}",
        task_type="jobs.weekly_report",
        complexity=TaskComplexity.STANDARD,
    )
    return resp["content"]


async def cover_image(topic: str) -> bytes:
    """Header image for the weekly report email."""
    box = Toolbox.create(get_settings())
    try:
        img = await box.xai.images.generate(model="grok-2-image", prompt=f"Flat illustration: {topic}", n=1, response_format="b64_json")
        return base64.b64decode(img.data[0].b64_json)
    finally:
        await box.aclose()


async def tag_backlog(texts: list[str]) -> list[str]:
    box = Toolbox.create(get_settings())
    tags = []
    try:
        for text in texts:
            resp = await box.openai.responses.create(
                model="gpt-4.1-nano",
                instructions="Return one lowercase tag for this ticket.",
                input=text[:4000],
                max_output_tokens=8,
            )
            tags.append(resp.output_text.strip())
    finally:
        await box.aclose()
    return tags


JOBS = {"digest": nightly_digest, "dedupe": dedupe, "weekly": weekly_report, "cover": cover_image, "tags": tag_backlog}


if __name__ == "__main__":
    name = sys.argv[1]
    job = JOBS[name]
    log.info("running job %s for %s", name, date.today())
    arg = sys.argv[2:]
    out = asyncio.run(job(arg)) if asyncio.iscoroutinefunction(job) else job(arg)
    print(out)
