"""Checks outgoing replies before an agent can hit send."""
import re

import anvil.server

from .llm import get_openai_client
from .utils import require_agent

CARD_RE = re.compile(r"\b(?:\d[ -]*?){13,16}\b")


def _moderate(text):
    result = get_openai_client().moderations.create(
        model="omni-moderation-latest",
        input=text,
    )
    return result.results[0]


@anvil.server.callable
@require_agent
def check_outgoing_reply(text):
    problems = []
    if CARD_RE.search(text or ""):
        problems.append("Looks like it contains a card number.")
    verdict = _moderate(text)
    if verdict.flagged:
        cats = [name for name, hit in verdict.categories.model_dump().items() if hit]
        problems.append("Flagged by moderation: " + ", ".join(cats))
    return problems
