"""Moderation of user generated content (reviews, customer notes)."""
import logging
import os

from openai import OpenAI

logger = logging.getLogger(__name__)

_client = None


def _get_client() -> OpenAI:
    global _client
    if _client is None:
        _client = OpenAI(api_key=os.environ.get("OPENAI_MODERATION_KEY") or os.environ.get("OPENAI_API_KEY"))
    return _client


def is_flagged(text: str) -> bool:
    if not text or not text.strip():
        return False
    result = _get_client().moderations.create(model="omni-moderation-latest", input=text)
    flagged = result.results[0].flagged
    if flagged:
        logger.info("moderation flagged text: categories=%s", result.results[0].categories)
    return flagged


class ReviewModerator:
    """Kept for the reviews app; new code should call `is_flagged`."""

    def __init__(self, threshold: float = 0.5):
        self.threshold = threshold

    def check(self, review_text: str) -> dict:
        scores = _get_client().moderations.create(input=review_text).results[0].category_scores
        over = {k: v for k, v in scores.model_dump().items() if v and v >= self.threshold}
        return {"flagged": bool(over), "categories": sorted(over)}
