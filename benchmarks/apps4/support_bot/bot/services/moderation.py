import logging
from typing import List

from bot.config import get_settings
from bot.errors import ModerationBlocked
from bot.llm import get_openai

log = logging.getLogger(__name__)

# categories we escalate instead of answering
BLOCKING = {"self-harm", "self-harm/intent", "violence/graphic", "sexual/minors", "harassment/threatening"}


def flagged_categories(text: str) -> List[str]:
    result = get_openai().moderations.create(model="omni-moderation-latest", input=text)
    first = result.results[0]
    if not first.flagged:
        return []
    cats = first.categories.model_dump(by_alias=True)
    return sorted(name for name, hit in cats.items() if hit)


def check_message(text: str) -> None:
    """Raise ModerationBlocked for content we must not auto-answer."""
    if not get_settings().moderation_enabled or not text.strip():
        return
    try:
        categories = flagged_categories(text)
    except Exception:
        # fail open: moderation outages shouldn't take the bot down
        log.exception("moderation check failed")
        return
    blocking = [c for c in categories if c in BLOCKING]
    if blocking:
        raise ModerationBlocked(blocking)
    if categories:
        log.info("moderation flagged non-blocking categories: %s", categories)
