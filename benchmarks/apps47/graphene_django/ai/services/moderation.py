"""Comment / question moderation via the OpenAI moderation endpoint."""
import logging

from openai import OpenAI

logger = logging.getLogger(__name__)

_client = None


def _get_client() -> OpenAI:
    global _client
    if _client is None:
        _client = OpenAI()
    return _client


def is_flagged(text: str) -> bool:
    if not text.strip():
        return False
    result = _get_client().moderations.create(model="omni-moderation-latest", input=text)
    flagged = result.results[0].flagged
    if flagged:
        logger.info("moderation flagged input: %s", result.results[0].categories)
    return flagged
