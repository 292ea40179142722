"""Nightly offline batch jobs.

Teams drop JSONL request files in the ``gateway-batch-inbox`` volume during
the day; at 01:00 UTC we submit them to the cheapest batch API for the model
and record the job ids in a modal.Dict so ``collect_batches`` can pick up
results later.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Dict, List

import modal
from anthropic import Anthropic

from gateway.app import ALL_SECRETS, app, image
from gateway.providers.clients import openai_client, together_client
from gateway.observability import get_logger, post_slack_alert

log = get_logger(__name__)

inbox = modal.Volume.from_name("gateway-batch-inbox", create_if_missing=True)
batch_jobs = modal.Dict.from_name("gateway-batch-jobs", create_if_missing=True)

INBOX = Path("/inbox")


def _read_jsonl(path: Path) -> List[Dict[str, Any]]:
    with path.open() as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _submit_openai(path: Path) -> str:
    client = openai_client()
    with path.open("rb") as fh:
        uploaded = client.files.create(file=fh, purpose="batch")
    job = client.batches.create(
        input_file_id=uploaded.id,
        endpoint="/v1/chat/completions",
        completion_window="24h",
        metadata={"source": path.name},
    )
    return job.id


def _submit_together(path: Path) -> str:
    tg = together_client()
    uploaded = tg.files.upload(file=path, purpose="batch-api", check=False)
    job = tg.batches.create(input_file_id=uploaded.id, endpoint="/v1/chat/completions")
    return job.job.id


def _submit_anthropic(path: Path) -> str:
    client = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
    requests = []
    for row in _read_jsonl(path):
        body = row["body"]
        requests.append(
            {
                "custom_id": row["custom_id"],
                "params": {
                    "model": body["model"],
                    "max_tokens": body.get("max_tokens", 1024),
                    "messages": body["messages"],
                },
            }
        )
    batch = client.messages.batches.create(requests=requests)
    return batch.id


SUBMITTERS = {
    "openai": _submit_openai,
    "together": _submit_together,
    "anthropic": _submit_anthropic,
}


@app.function(image=image, secrets=ALL_SECRETS, volumes={"/inbox": inbox}, schedule=modal.Cron("0 1 * * *"), timeout=1800)
def submit_batches() -> Dict[str, str]:
    inbox.reload()
    submitted: Dict[str, str] = {}
    for path in sorted(INBOX.glob("*/*.jsonl")):
        provider = path.parent.name
        submit = SUBMITTERS.get(provider)
        if submit is None:
            log.warning("batch_unknown_provider", file=str(path))
            continue
        try:
            job_id = submit(path)
        except Exception as exc:
            log.exception("batch_submit_failed", file=str(path))
            post_slack_alert("Batch submission failed", {"file": str(path), "error": str(exc)[:500]})
            continue
        batch_jobs[job_id] = {"provider": provider, "file": path.name, "status": "submitted"}
        submitted[path.name] = job_id
        path.rename(path.with_suffix(".submitted"))
    inbox.commit()
    log.info("batches_submitted", count=len(submitted))
    return submitted


@app.function(image=image, secrets=ALL_SECRETS, schedule=modal.Period(hours=2))
def collect_batches() -> None:
    client = openai_client()
    for job_id, info in list(batch_jobs.items()):
        if info.get("provider") != "openai" or info.get("status") != "submitted":
            continue
        job = client.batches.retrieve(job_id)
        if job.status in ("completed", "failed", "expired", "cancelled"):
            batch_jobs[job_id] = {**info, "status": job.status, "output_file_id": job.output_file_id}
            log.info("batch_finished", job_id=job_id, status=job.status)
