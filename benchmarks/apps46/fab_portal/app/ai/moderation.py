import logging

from .clients import get_openai_client

log = logging.getLogger(__name__)


def flagged(text):
    result = get_openai_client().moderations.create(
        model="omni-moderation-latest", input=text
    )
    out = result.results[0]
    if out.flagged:
        log.info("moderation flagged content: %s", out.categories)
    return out.flagged
