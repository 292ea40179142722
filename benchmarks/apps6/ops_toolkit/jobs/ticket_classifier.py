"""Pre-classify new support tickets so they land in the right queue.

cron: */5 * * * *  python jobs/ticket_classifier.py
"""
from __future__ import annotations

import asyncio
import json
import logging
import math
import os

import requests
from fireworks import AsyncFireworks

from common.http_llm import raw_completion
from common.runtime import job_main
from opskit.clients import get_fireworks_client
from opskit.config import get_settings
from prompts import classify_ticket_messages
from prompts.templates import TICKET_CLASSES

log = logging.getLogger("jobs.ticket_classifier")

HELPDESK_API = os.getenv("HELPDESK_API", "https://helpdesk.ops.internal/api/v2")
BASE_MODEL = "accounts/fireworks/models/llama-v3p1-8b-instruct"
CONCURRENCY = 6


def _fetch_new() -> list:
    resp = requests.get(f"{HELPDESK_API}/tickets", params={"status": "new", "unassigned": 1}, timeout=20)
    resp.raise_for_status()
    return resp.json()["tickets"]


def _parse(raw: str) -> dict:
    try:
        data = json.loads(raw)
    except (TypeError, ValueError):
        return {"label": "other", "confidence": 0.0}
    if data.get("label") not in TICKET_CLASSES:
        data["label"] = "other"
    return data


async def _classify_all(tickets: list) -> list:
    aclient = AsyncFireworks(api_key=get_settings().fireworks_api_key)
    sem = asyncio.Semaphore(CONCURRENCY)
    model = get_settings().fireworks_model

    async def one(ticket: dict) -> dict:
        async with sem:
            completion = await aclient.chat.completions.create(
                model=model,
                messages=classify_ticket_messages(ticket["subject"], ticket["body"]),
                response_format={"type": "json_object"},
                max_tokens=64,
            )
        return _parse(completion.choices[0].message.content)

    return await asyncio.gather(*(one(t) for t in tickets))


def _retry_low_confidence(ticket: dict) -> dict:
    """Second opinion from the bigger model, with an explanation."""
    completion = get_fireworks_client().chat.completions.create(
        model="accounts/fireworks/models/llama-v3p1-405b-instruct",
        messages=classify_ticket_messages(ticket["subject"], ticket["body"]),
        response_format={"type": "json_object"},
        max_tokens=128,
    )
    return _parse(completion.choices[0].message.content)


def _label_logprob(ticket: dict, label: str) -> float:
    prompt = f"Ticket: {ticket['subject']}\nQueue: {label}"
    data = raw_completion(prompt, BASE_MODEL, max_tokens=1, logprobs=1)
    token_logprobs = data["choices"][0]["logprobs"]["token_logprobs"] or []
    scored = [lp for lp in token_logprobs if lp is not None]
    return math.exp(sum(scored) / len(scored)) if scored else 0.0


@job_main("ticket_classifier")
def main(args) -> int:
    tickets = _fetch_new()
    if not tickets:
        return 0
    results = asyncio.run(_classify_all(tickets))
    for ticket, result in zip(tickets, results):
        if result.get("confidence", 0) < 0.6:
            result = _retry_low_confidence(ticket)
            result["prior"] = _label_logprob(ticket, result["label"])
        log.info("ticket %s -> %s (%.2f)", ticket["id"], result["label"], result.get("confidence", 0))
        if not args.dry_run:
            requests.patch(
                f"{HELPDESK_API}/tickets/{ticket['id']}",
                json={"suggested_queue": result["label"], "suggestion_meta": result},
                timeout=20,
            )
    return 0


if __name__ == "__main__":
    main()
