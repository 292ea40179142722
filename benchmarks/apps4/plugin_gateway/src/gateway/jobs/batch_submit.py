"""Nightly batch submissions (ticket triage labels), half price vs. online requests.

Run from cron: ``python -m gateway.jobs.batch_submit --date 2024-09-30``.
"""
from __future__ import annotations

import argparse
import io
import json
import logging
from datetime import date
from typing import Dict, Iterable, List

from gateway.clients.sdk_clients import get_anthropic_client, get_openai_client, s3_client
from gateway.config import get_settings

log = logging.getLogger(__name__)

TRIAGE_PROMPT = (
    "Classify the support ticket into one of: billing, bug, how-to, account, other. "
    "Answer with the label only."
)
CLAUDE_BATCH_MODEL = "claude-3-5-haiku-latest"
OPENAI_BATCH_MODEL = "gpt-4o-mini"


def load_tickets(day: date) -> List[Dict[str, str]]:
    path = f"/var/lib/gateway/exports/tickets-{day.isoformat()}.jsonl"
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _archive(key: str, payload: bytes) -> None:
    s3_client().put_object(
        Bucket=get_settings().archive_bucket,
        Key=key,
        Body=payload,
        ContentType="application/jsonl",
        ServerSideEncryption="aws:kms",
    )


def submit_claude_batch(tickets: Iterable[Dict[str, str]]) -> str:
    requests = [
        {
            "custom_id": t["id"],
            "params": {
                "model": CLAUDE_BATCH_MODEL,
                "max_tokens": 8,
                "system": TRIAGE_PROMPT,
                "messages": [{"role": "user", "content": t["body"][:6000]}],
            },
        }
        for t in tickets
    ]
    batch = get_anthropic_client().messages.batches.create(requests=requests)
    log.info("anthropic batch %s submitted with %d requests", batch.id, len(requests))
    return batch.id


def submit_openai_batch(tickets: Iterable[Dict[str, str]], day: date) -> str:
    lines = [
        json.dumps(
            {
                "custom_id": t["id"],
                "method": "POST",
                "url": "/v1/chat/completions",
                "body": {
                    "model": OPENAI_BATCH_MODEL,
                    "max_tokens": 8,
                    "messages": [
                        {"role": "system", "content": TRIAGE_PROMPT},
                        {"role": "user", "content": t["body"][:6000]},
                    ],
                },
            }
        )
        for t in tickets
    ]
    payload = ("\n".join(lines) + "\n").encode()
    _archive(f"batches/openai/{day.isoformat()}.jsonl", payload)

    client = get_openai_client()
    uploaded = client.files.create(file=(f"triage-{day}.jsonl", io.BytesIO(payload)), purpose="batch")
    batch = client.batches.create(
        input_file_id=uploaded.id,
        endpoint="/v1/chat/completions",
        completion_window="24h",
        metadata={"job": "ticket-triage", "date": day.isoformat()},
    )
    log.info("openai batch %s submitted (%d lines)", batch.id, len(lines))
    return batch.id


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--date", type=date.fromisoformat, default=date.today())
    parser.add_argument("--vendor", choices=["anthropic", "openai", "both"], default="both")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)

    tickets = load_tickets(args.date)
    if not tickets:
        log.info("no tickets for %s", args.date)
        return
    half = len(tickets) // 2
    if args.vendor in ("anthropic", "both"):
        submit_claude_batch(tickets if args.vendor == "anthropic" else tickets[:half])
    if args.vendor in ("openai", "both"):
        submit_openai_batch(tickets if args.vendor == "openai" else tickets[half:], args.date)


if __name__ == "__main__":
    main()
