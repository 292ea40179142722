"""Privilege / sensitivity screening before documents leave the matter workspace."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from lexbrief.services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

PRIVILEGE_PROMPT = """Does the following text appear to be attorney-client privileged or attorney
work product? Answer with one word: PRIVILEGED, POSSIBLY, or NO.

Text:
{text}"""


@dataclass
class ScreenResult:
    flagged_content: bool
    privilege: str
    categories: list[str]


async def moderation_categories(client, text: str) -> list[str]:
    """`client` is the shared AsyncOpenAI; callers pass it in."""
    result = await client.moderations.create(model="omni-moderation-latest", input=text[:20_000])
    flagged = result.results[0]
    return [name for name, hit in flagged.categories.model_dump().items() if hit]


async def screen(client, text: str, matter_id: str | None = None) -> ScreenResult:
    categories = await moderation_categories(client, text)
    verdict = await multi_model_service.generate_response(
        prompt=PRIVILEGE_PROMPT.format(text=text[:8000]),
        task_type="privilege_screen",
        complexity=TaskComplexity.SIMPLE,
        matter_id=matter_id,
        max_tokens=5,
    )
    privilege = verdict.text.strip().upper() or "POSSIBLY"
    return ScreenResult(flagged_content=bool(categories), privilege=privilege, categories=categories)
