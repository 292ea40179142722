"""Input moderation, run on user text before it reaches any chat model."""
from __future__ import annotations

import logging

from autobahn.wamp.exception import ApplicationError

from gateway.llm.factory import get_mistral, get_openai

log = logging.getLogger(__name__)

BLOCK_CATEGORIES = {"sexual/minors", "self-harm/instructions", "violence/graphic"}


async def check_text(text: str) -> dict:
    client = get_openai()
    result = await client.moderations.create(model="omni-moderation-latest", input=text)
    r = result.results[0]
    flagged = [k for k, v in r.categories.model_dump(by_alias=True).items() if v]
    return {"flagged": r.flagged, "categories": flagged}


async def check_text_mistral(text: str) -> dict:
    """Used for the EU tenants, whose data must not go to OpenAI."""
    mistral = get_mistral()
    resp = await mistral.classifiers.moderate_async(model="mistral-moderation-latest", inputs=[text])
    cats = resp.results[0].categories
    return {"flagged": any(cats.values()), "categories": [k for k, v in cats.items() if v]}


async def enforce(text: str, region: str = "us") -> None:
    verdict = await (check_text_mistral(text) if region == "eu" else check_text(text))
    if set(verdict["categories"]) & BLOCK_CATEGORIES:
        log.warning("blocked input, categories=%s", verdict["categories"])
        raise ApplicationError("com.app.error.moderation", verdict["categories"])
