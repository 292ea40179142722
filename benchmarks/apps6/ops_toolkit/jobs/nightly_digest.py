"""Nightly incident digest posted to #ops-digest at 07:00 UTC.

cron: 0 7 * * *  python jobs/nightly_digest.py
"""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections import defaultdict

import litellm
import requests

from common.aws import put_json
from common.db import JobRunRepo, incidents_since
from common.llm import first_text, summarize
from common.runtime import job_main
from opskit.config import get_settings
from opskit.services.multi_model_service import TaskComplexity, multi_model_service
from prompts.templates import SRE_SYSTEM

log = logging.getLogger("jobs.nightly_digest")

BLURB_MODEL = "openrouter/meta-llama/llama-3.1-8b-instruct"


def _by_service(incidents) -> dict:
    grouped = defaultdict(list)
    for inc in incidents:
        grouped[inc.service].append(inc)
    return grouped


async def _service_blurbs(grouped: dict) -> dict:
    services = sorted(grouped)
    coros = [
        litellm.acompletion(
            model=BLURB_MODEL,
            messages=[
                {"role": "system", "content": SRE_SYSTEM},
                {
                    "role": "user",
                    "content": f"One sentence on how {svc} did overnight:\n"
                    + "\n".join(f"- [{i.severity}] {i.title}" for i in grouped[svc]),
                },
            ],
            max_tokens=80,
        )
        for svc in services
    ]
    responses = await asyncio.gather(*coros, return_exceptions=True)
    blurbs = {}
    for svc, resp in zip(services, responses):
        if isinstance(resp, Exception):
            log.warning("blurb for %s failed: %s", svc, resp)
            continue
        blurbs[svc] = first_text(resp)
    return blurbs


async def _headline(text: str) -> str:
    return await multi_model_service.generate_response(
        prompt=f"Write a 10-word headline for this ops digest:\n\n{text}",
        task_type="digest_headline",
        complexity=TaskComplexity.SIMPLE,
    )


@job_main("nightly_digest")
def main(args) -> int:
    runs = JobRunRepo()
    run_id = runs.create(job="nightly_digest", dry_run=args.dry_run)
    incidents = incidents_since(hours=24)
    if not incidents:
        log.info("quiet night, nothing to post")
        runs.finish(run_id, status="skipped")
        return 0

    grouped = _by_service(incidents)
    blurbs = asyncio.run(_service_blurbs(grouped))
    listing = "\n".join(f"*{svc}*: {blurbs.get(svc, '(no summary)')}" for svc in sorted(grouped))
    overall = summarize(
        messages=[
            {"role": "system", "content": SRE_SYSTEM},
            {"role": "user", "content": "Summarise last night for the on-call handover:\n\n" + listing},
        ]
    )
    body = first_text(overall)
    headline = asyncio.run(_headline(body))

    key = f"digests/{dt.date.today():%Y/%m/%d}.json"
    uri = put_json(key, {"headline": headline, "summary": body, "services": blurbs})
    webhook = get_settings().slack_webhook_url
    if webhook and not args.dry_run:
        requests.post(webhook, json={"text": f"*{headline}*\n{body}\n<{uri}|details>"}, timeout=10)
    runs.finish(run_id, incidents=len(incidents), artifact=uri)
    return 0


if __name__ == "__main__":
    main()
