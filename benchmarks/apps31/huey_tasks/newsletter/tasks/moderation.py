"""Reader comment / reply moderation."""
import logging

from newsletter.config import huey
from newsletter.models import get_conn
from newsletter.providers import openai_client

log = logging.getLogger(__name__)

BLOCK_CATEGORIES = {"hate", "harassment", "self-harm", "sexual/minors", "violence"}


def _flagged_categories(result):
    cats = result.categories.model_dump(by_alias=True)
    return sorted(name for name, hit in cats.items() if hit)


@huey.task(retries=1, retry_delay=10)
def moderate_reply(reply_id, text):
    resp = openai_client().moderations.create(model="omni-moderation-latest", input=text)
    result = resp.results[0]
    flagged = _flagged_categories(result)
    blocked = bool(BLOCK_CATEGORIES.intersection(flagged))
    get_conn().execute(
        "UPDATE replies SET moderated = 1, blocked = ?, categories = ? WHERE id = ?",
        (int(blocked), ",".join(flagged), reply_id),
    )
    get_conn().commit()
    if blocked:
        log.info("reply %s blocked: %s", reply_id, flagged)
    return blocked
