"""Comment moderation for plone.app.discussion."""
from acme.aiassist import logger
from acme.aiassist.clients import get_openai_client
from acme.aiassist.settings import get_setting
from acme.aiassist.utilities import get_client
from plone import api


def _flagged_by_openai(text):
    result = get_openai_client().moderations.create(
        model="omni-moderation-latest", input=text
    )
    return any(r.flagged for r in result.results)


def _flagged_by_mistral(text):
    mistral = get_client("mistral")
    response = mistral.classifiers.moderate(
        model="mistral-moderation-latest", inputs=[text]
    )
    categories = response.results[0].categories
    return any(categories.values())


def moderate_comment(comment, event):
    """IObjectAddedEvent handler registered for IComment."""
    if not get_setting("moderate_comments", True):
        return
    text = getattr(comment, "text", "") or ""
    if not text.strip():
        return
    try:
        flagged = _flagged_by_openai(text)
    except Exception:
        logger.warning("OpenAI moderation unavailable, using Mistral")
        flagged = _flagged_by_mistral(text)
    if flagged:
        # hold the comment for review instead of publishing it
        try:
            api.content.transition(obj=comment, transition="reject")
        except Exception:
            logger.info("comment %s flagged; workflow has no reject", comment.id)
