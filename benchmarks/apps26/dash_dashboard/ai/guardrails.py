"""Input checks before user text is sent to any model."""
from __future__ import annotations

import logging
import re

from ai.clients import get_openai_client

log = logging.getLogger(__name__)

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_CARD = re.compile(r"\b(?:\d[ -]*?){13,16}\b")
MAX_QUESTION_CHARS = 2000


class BlockedInput(ValueError):
    pass


def scrub_pii(text: str) -> str:
    text = _EMAIL.sub("[email]", text)
    return _CARD.sub("[card]", text)


def check_question(text: str, *, moderate: bool = True) -> str:
    text = (text or "").strip()
    if not text:
        raise BlockedInput("empty question")
    if len(text) > MAX_QUESTION_CHARS:
        raise BlockedInput(f"question longer than {MAX_QUESTION_CHARS} characters")
    text = scrub_pii(text)
    if moderate:
        result = get_openai_client().moderations.create(model="omni-moderation-latest", input=text)
        if result.results and result.results[0].flagged:
            cats = [k for k, v in result.results[0].categories.model_dump().items() if v]
            log.info("question blocked by moderation: %s", cats)
            raise BlockedInput("question was flagged by the content filter")
    return text
