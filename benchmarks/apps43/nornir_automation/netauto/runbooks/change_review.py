"""Runbook: pre-change review.

1. moderation pass on the free-text change description (people have pasted
   customer data into tickets before),
2. risk scoring via the provider registry,
3. a tracked Claude review for high-risk changes.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from nornir.core import Nornir

from netauto.llm import get_openai_client
from netauto.llm.registry import get_completer, parse_json_reply
from netauto.llm.tracked import anthropic_tracked, run_sync
from netauto.runbooks.config_diff import run as run_diff

log = logging.getLogger(__name__)

RISK_SYSTEM = (
    "Score the risk of this network change from 1 (trivial) to 5 (outage likely). "
    'Reply with JSON: {"score": int, "reasons": [str]}'
)


@dataclass
class Review:
    ticket: str
    flagged: bool
    score: int
    reasons: list[str]
    detailed: str = ""


def moderate_description(text: str) -> bool:
    client = get_openai_client()
    mod = client.moderations.create(model="omni-moderation-latest", input=text)
    return any(r.flagged for r in mod.results)


def review_change(nr: Nornir, ticket: str, description: str, provider: str | None = None) -> Review:
    flagged = moderate_description(description)
    report = run_diff(nr, explain=False)
    diff_text = "\n".join(report.diffs.values())[:15000]
    complete = get_completer(provider)
    raw = complete(RISK_SYSTEM, f"Ticket {ticket}: {description}\n\nDiff:\n{diff_text}")
    parsed = parse_json_reply(raw)
    review = Review(
        ticket=ticket,
        flagged=flagged,
        score=int(parsed.get("score", 3)),
        reasons=list(parsed.get("reasons", [])),
    )
    if review.score >= 4:
        review.detailed = run_sync(
            anthropic_tracked("You are a principal network architect.", f"Review in depth:\n{diff_text}")
        )
    return review


def review_many(nr: Nornir, tickets: dict[str, str]) -> list[Review]:
    out = []
    for ticket, desc in tickets.items():
        try:
            out.append(review_change(nr, ticket, desc))
        except Exception:  # noqa: BLE001
            log.exception("review failed for %s", ticket)
    return out
