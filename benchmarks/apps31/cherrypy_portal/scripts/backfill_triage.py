#!/usr/bin/env python
"""Backfill summaries/categories for tickets created before AI triage shipped.

Usage: python scripts/backfill_triage.py --since 2024-01-01 [--workers 4] [--dry-run]

Runs outside the CherryPy engine, so it builds its own Groq client instead of
using the plugin registry.
"""
import argparse
import concurrent.futures
import json
import logging
import os
import sys
from datetime import datetime

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from groq import Groq  # noqa: E402
from sqlalchemy import create_engine  # noqa: E402
from sqlalchemy.orm import sessionmaker  # noqa: E402

from portal import models  # noqa: E402
from portal.config import settings  # noqa: E402
from portal.llm.clients import get_fireworks_client  # noqa: E402
from portal.services.ticket_service import CATEGORIES  # noqa: E402
from portal.utils import prompts  # noqa: E402

log = logging.getLogger("backfill")


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--since", type=lambda s: datetime.strptime(s, "%Y-%m-%d"), required=True)
    p.add_argument("--workers", type=int, default=4)
    p.add_argument("--limit", type=int, default=0)
    p.add_argument("--dry-run", action="store_true")
    return p.parse_args(argv)


def summary_messages(ticket):
    return [
        {"role": "system", "content": prompts.TICKET_SUMMARY_SYSTEM},
        {"role": "user", "content": "%s\n\n%s" % (ticket.subject, ticket.body)},
    ]


def classify_with_headers(ticket):
    """Uses the raw response so we can log Fireworks' rate-limit headers."""
    fw = get_fireworks_client()
    raw = fw.chat.completions.with_raw_response.create(
        model=settings.llm.fireworks_model,
        response_format={"type": "json_object"},
        messages=[
            {"role": "system", "content": prompts.classification_prompt(CATEGORIES)},
            {"role": "user", "content": ticket.body},
        ],
    )
    log.debug("fireworks remaining=%s", raw.headers.get("x-ratelimit-remaining-requests"))
    completion = raw.parse()
    try:
        return json.loads(completion.choices[0].message.content)
    except ValueError:
        return {}


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    engine = create_engine(settings.db_url)
    db = sessionmaker(bind=engine)()
    query = db.query(models.Ticket).filter(
        models.Ticket.created_at >= args.since, models.Ticket.summary.is_(None)
    )
    if args.limit:
        query = query.limit(args.limit)
    tickets = query.all()
    log.info("backfilling %d tickets", len(tickets))
    if args.dry_run:
        return 0

    groq_client = Groq(api_key=os.environ["GROQ_API_KEY"], max_retries=5)
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.workers) as pool:
        futures = {
            pool.submit(
                groq_client.chat.completions.create,
                model=settings.llm.groq_model,
                messages=summary_messages(t),
                max_tokens=200,
            ): t
            for t in tickets
        }
        for fut in concurrent.futures.as_completed(futures):
            ticket = futures[fut]
            try:
                ticket.summary = fut.result().choices[0].message.content.strip()
            except Exception:
                log.exception("summary failed for %s", ticket.id)

    for ticket in tickets:
        if ticket.category:
            continue
        data = classify_with_headers(ticket)
        ticket.category = data.get("category", "other")
        ticket.priority = int(data.get("priority", 3))

    # second pass for long tickets that Groq truncated
    for ticket in tickets:
        if ticket.summary and len(ticket.body or "") > 8000:
            again = groq_client.chat.completions.create(
                model="llama-3.3-70b-versatile",
                messages=summary_messages(ticket),
                max_tokens=200,
            )
            ticket.summary = again.choices[0].message.content.strip()
    db.commit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
