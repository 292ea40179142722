"""Input moderation with Llama Guard on Groq.

Llama Guard answers "safe" or "unsafe\nS1,S10" -- the S-codes map to the MLCommons
hazard taxonomy below.
"""
from __future__ import annotations

import logging
from typing import List

from shared import clients
from shared.config import GUARD_MODEL, get_settings
from shared.errors import ContentBlocked

log = logging.getLogger(__name__)

HAZARDS = {
    "S1": "violent crimes",
    "S2": "non-violent crimes",
    "S3": "sex-related crimes",
    "S4": "child sexual exploitation",
    "S5": "defamation",
    "S6": "specialized advice",
    "S7": "privacy",
    "S8": "intellectual property",
    "S9": "indiscriminate weapons",
    "S10": "hate",
    "S11": "suicide & self-harm",
    "S12": "sexual content",
    "S13": "elections",
    "S14": "code interpreter abuse",
}

# Categories we let through in a community chat (people ask for legal/medical pointers).
ALLOWED = {"S6", "S8", "S13"}


def _parse_verdict(text: str) -> List[str]:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if not lines or lines[0].lower() == "safe":
        return []
    if len(lines) == 1:
        return ["unspecified"]
    return [code.strip() for code in lines[1].split(",") if code.strip()]


async def check_text(text: str) -> None:
    """Raise ContentBlocked if `text` is unsafe. Fails open if Groq is down."""
    if not get_settings().moderation_enabled or not text.strip():
        return
    try:
        resp = await clients.get_groq().chat.completions.create(
            model=GUARD_MODEL,
            messages=[{"role": "user", "content": text[:8000]}],
            temperature=0,
            max_tokens=20,
        )
    except Exception:
        log.exception("moderation call failed; allowing message")
        return
    codes = [c for c in _parse_verdict(resp.choices[0].message.content or "") if c not in ALLOWED]
    if codes:
        raise ContentBlocked([HAZARDS.get(c, c) for c in codes])
