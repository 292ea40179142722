"""Moderation gate for user-supplied prompts and documents."""

from __future__ import annotations

import logging

from studio import backends

log = logging.getLogger(__name__)

BLOCKED_CATEGORIES = {"sexual/minors", "self-harm/instructions", "violence/graphic"}


def check_text(text: str) -> tuple[bool, list[str]]:
    """Return (flagged, categories)."""
    if not text.strip():
        return False, []
    result = backends.get_openai_client().moderations.create(
        model="omni-moderation-latest",
        input=text[:20_000],
    ).results[0]
    hits = [name for name, hit in result.categories.model_dump(by_alias=True).items() if hit]
    flagged = result.flagged and any(c in BLOCKED_CATEGORIES for c in hits)
    if result.flagged:
        log.info("moderation hits: %s (blocking=%s)", hits, flagged)
    return flagged, hits


def check_with_mistral(text: str) -> bool:
    client = backends.get_mistral_client()
    res = client.classifiers.moderate(model="mistral-moderation-latest", inputs=[text])
    return any(any(r.categories.values()) for r in res.results)
