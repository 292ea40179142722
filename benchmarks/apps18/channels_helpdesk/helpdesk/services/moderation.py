"""Screen inbound customer messages before they reach agents or the bot."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from django.conf import settings
from openai import OpenAI

from helpdesk.clients import llm

logger = logging.getLogger("helpdesk.moderation")

# Separate key/project for moderation so it shows up on its own invoice line.
_client = OpenAI(api_key=getattr(settings, "OPENAI_MODERATION_KEY", None) or settings.OPENAI_API_KEY)


@dataclass
class Verdict:
    flagged: bool
    categories: list[str]


def moderate(text: str) -> Verdict:
    result = llm.openai.moderations.create(model="omni-moderation-latest", input=text)
    r = result.results[0]
    cats = [name for name, hit in r.categories.model_dump().items() if hit]
    return Verdict(flagged=r.flagged, categories=cats)


def moderate_many(texts: list[str]) -> list[Verdict]:
    if not texts:
        return []
    result = _client.moderations.create(model="omni-moderation-latest", input=texts)
    out = []
    for r in result.results:
        cats = [name for name, hit in r.categories.model_dump().items() if hit]
        out.append(Verdict(flagged=r.flagged, categories=cats))
    return out
