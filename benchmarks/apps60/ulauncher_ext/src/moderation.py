"""Input screening before text leaves the machine.

Off by default; enabled by the `ULAUNCHER_AI_MODERATE=1` env var (the
company build sets it).
"""
from __future__ import annotations

import logging
import os

from .clients import ClientPool, MissingKeyError

log = logging.getLogger(__name__)

ENABLED = os.environ.get("ULAUNCHER_AI_MODERATE") == "1"


def is_flagged(pool: ClientPool, text: str) -> bool:
    if not ENABLED:
        return False
    if pool.settings.provider == "mistral":
        result = pool.mistral.classifiers.moderate(
            model="mistral-moderation-latest", inputs=[text]
        )
        categories = result.results[0].categories
        return any(categories.values())
    try:
        client = pool.openai
    except MissingKeyError:
        return False
    resp = client.moderations.create(model="omni-moderation-latest", input=text)
    flagged = resp.results[0].flagged
    if flagged:
        log.info("input flagged by moderation")
    return flagged
