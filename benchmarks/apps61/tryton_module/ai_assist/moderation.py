# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
"""Moderation of generated text before it is sent to customers."""
import logging

from trytond.i18n import gettext

from .exceptions import ModerationRejected
from .llm import get_openai_client

logger = logging.getLogger(__name__)


def check_text(text, client=None):
    if not text:
        return
    client = client or get_openai_client()
    result = client.moderations.create(
        model='omni-moderation-latest', input=text)
    flagged = [r for r in result.results if r.flagged]
    if flagged:
        categories = [name for name, value in
            flagged[0].categories.model_dump().items() if value]
        logger.warning("moderation rejected text: %s", categories)
        raise ModerationRejected(gettext('ai_assist.msg_moderation_rejected',
                categories=', '.join(categories)))
