"""Screen customer messages before they reach the assistant."""
import logging

import cherrypy

from portal.llm import registry

log = logging.getLogger("portal.moderation")


class ModerationResult:
    def __init__(self, flagged, categories):
        self.flagged = flagged
        self.categories = categories

    def __bool__(self):
        return self.flagged


def moderate(text):
    client = registry.get("openai")
    result = client.moderations.create(model="omni-moderation-latest", input=text)
    first = result.results[0]
    cats = [name for name, hit in first.categories.model_dump().items() if hit]
    if first.flagged:
        log.warning("moderation flagged message from %s: %s",
                    cherrypy.session.get("customer_id"), cats)
    return ModerationResult(first.flagged, cats)
