"""Moderate free-text player input before it reaches an NPC prompt."""
import logging
import re

from ai.clients import get_openai_client

log = logging.getLogger("hollowmere.moderation")

_BLOCKLIST = re.compile(r"\b(ignore (all|previous) instructions|system prompt)\b", re.I)


def is_allowed(text: str) -> bool:
    if _BLOCKLIST.search(text):
        log.info("blocked prompt-injection-looking input")
        return False
    try:
        result = get_openai_client().moderations.create(model="omni-moderation-latest", input=text)
    except Exception:  # noqa: BLE001
        log.warning("moderation unavailable, allowing input")
        return True
    return not result.results[0].flagged
