"""Input moderation with Llama Guard on Together.

Only runs for teams that opted in (``moderate_inputs`` on the API key).
Fails open: a moderation outage must not take the gateway down.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional

from gateway.errors import ContentRejected
from gateway.providers.clients import build_client
from gateway.observability import get_logger

log = get_logger(__name__)

GUARD_MODEL = "meta-llama/Llama-Guard-4-12B"

# Llama Guard 4 hazard taxonomy
CATEGORIES = {
    "S1": "violent crimes",
    "S2": "non-violent crimes",
    "S3": "sex-related crimes",
    "S4": "child sexual exploitation",
    "S9": "indiscriminate weapons",
    "S10": "hate",
    "S11": "suicide & self-harm",
}


@dataclass
class Verdict:
    safe: bool
    categories: List[str]

    @classmethod
    def parse(cls, text: str) -> "Verdict":
        lines = [l.strip() for l in text.strip().splitlines() if l.strip()]
        if not lines or lines[0].lower() == "safe":
            return cls(True, [])
        cats = lines[1].split(",") if len(lines) > 1 else []
        return cls(False, [c.strip() for c in cats])


async def check_messages(messages: List[Dict[str, Any]], *, team: Optional[str] = None) -> Verdict:
    guard = build_client("together")
    conversation = [m for m in messages if m.get("role") in ("user", "assistant")]
    try:
        resp = await guard.chat.completions.create(model=GUARD_MODEL, messages=conversation, max_tokens=20)
    except Exception as exc:
        log.warning("moderation_unavailable", error=str(exc)[:200], team=team)
        return Verdict(True, [])
    verdict = Verdict.parse(resp.choices[0].message.content or "")
    if not verdict.safe:
        log.info("moderation_flagged", team=team, categories=verdict.categories)
    return verdict


async def enforce(messages: List[Dict[str, Any]], *, team: Optional[str] = None) -> None:
    verdict = await check_messages(messages, team=team)
    if not verdict.safe:
        labels = ", ".join(CATEGORIES.get(c, c) for c in verdict.categories) or "policy"
        raise ContentRejected(f"request rejected by content policy ({labels})")
