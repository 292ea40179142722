"""Input guard for operator free text before it reaches any model."""
from __future__ import annotations

import logging
import re

from gateway.services.clients import get_openai_client

log = logging.getLogger(__name__)

_SECRETS = re.compile(r"(?i)(password|passwd|pin|token)\s*[:=]\s*\S+")


def redact(text: str) -> str:
    return _SECRETS.sub(lambda m: f"{m.group(1)}=<redacted>", text)


def is_flagged(text: str) -> bool:
    client = get_openai_client()
    result = client.moderations.create(model="omni-moderation-latest", input=text)
    flagged = any(r.flagged for r in result.results)
    if flagged:
        log.warning("operator text flagged by moderation")
    return flagged


def clean_operator_text(text: str) -> str | None:
    text = redact(text.strip())
    if not text:
        return None
    if is_flagged(text):
        return None
    return text
