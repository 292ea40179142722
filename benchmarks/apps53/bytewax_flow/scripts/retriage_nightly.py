"""Nightly re-triage of tickets still open after 24h (cron, not Bytewax).

Also uploads the day's misclassifications as a fine-tuning candidate file.
"""
from __future__ import annotations

import asyncio
import json
import logging
import tempfile
from datetime import datetime, timedelta, timezone

from clients import openai_client
from clients.http import get_http, helpdesk_headers
from common.config import get_settings
from legacy.triage_v1 import AsyncTriager, triage_text

log = logging.getLogger("retriage")


def open_tickets(hours: int = 24) -> list[dict]:
    settings = get_settings()
    since = (datetime.now(timezone.utc) - timedelta(hours=hours)).strftime("%Y-%m-%d")
    resp = get_http().get(
        f"{settings.helpdesk_url}/api/v2/search.json",
        params={"query": f"type:ticket status:open created<{since}"},
        headers=helpdesk_headers(),
    )
    resp.raise_for_status()
    return resp.json().get("results", [])


def upload_candidates(rows: list[dict]) -> str | None:
    if not rows:
        return None
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")
        path = fh.name
    with open(path, "rb") as fh:
        uploaded = openai_client().files.create(file=fh, purpose="fine-tune")
    return uploaded.id


def main(use_async: bool = False) -> None:
    tickets = open_tickets()
    candidates = []
    if use_async:
        triager = AsyncTriager()
        results = asyncio.run(triager.triage_many([(t["subject"], t["description"]) for t in tickets]))
    else:
        results = [triage_text(t["subject"], t["description"]) for t in tickets]
    for ticket, result in zip(tickets, results):
        if result.get("priority") != ticket.get("priority"):
            candidates.append({"ticket_id": ticket["id"], "was": ticket.get("priority"), "now": result.get("priority")})
    file_id = upload_candidates(candidates)
    log.info("retriaged %d tickets, %d changed, file=%s", len(tickets), len(candidates), file_id)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
