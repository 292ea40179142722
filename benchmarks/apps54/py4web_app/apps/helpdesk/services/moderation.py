"""Screen inbound tickets and outbound drafts with the OpenAI moderation API."""
import logging

from openai import OpenAI

log = logging.getLogger("helpdesk.moderation")


class Moderator:
    def __init__(self, api_key=None):
        self.client = OpenAI(api_key=api_key)

    def check(self, text):
        result = self.client.moderations.create(
            model="omni-moderation-latest",
            input=text,
        )
        flagged = result.results[0].flagged
        if flagged:
            cats = result.results[0].categories
            log.warning("moderation flagged text: %s", cats)
        return not flagged


_moderator = None


def get_moderator():
    global _moderator
    if _moderator is None:
        from .. import settings

        _moderator = Moderator(api_key=getattr(settings, "OPENAI_API_KEY", None))
    return _moderator
