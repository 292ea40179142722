"""Privilege screening for discovery productions.

First pass goes through the tracked multi-model service.  Documents it marks
UNSURE get a second opinion from Claude with the full thread; that part was
added during the Meridian production and hasn't been moved to the tracker yet.
"""
import logging
import os
from typing import Tuple

import anthropic

from docproc.prompts import PRIVILEGE_PROMPT
from docproc.services.multi_model_service import TaskComplexity, multi_model_service
from docproc.utils.text import truncate_tokens

logger = logging.getLogger(__name__)

SECOND_OPINION_MODEL = "claude-3-5-sonnet-20241022"


def _parse_verdict(raw: str) -> Tuple[str, str]:
    raw = raw.strip()
    head, _, reason = raw.partition(" ")
    verdict = head.strip(".:,").upper()
    if verdict not in {"PRIVILEGED", "NOT_PRIVILEGED", "UNSURE"}:
        return "UNSURE", raw
    return verdict, reason.strip()


async def screen(text: str, *, matter_id: int) -> Tuple[str, str]:
    raw = await multi_model_service.generate_response(
        prompt=PRIVILEGE_PROMPT.format(text=truncate_tokens(text, 8000)),
        task_type="privilege_screen",
        complexity=TaskComplexity.STANDARD,
        max_tokens=200,
        matter_id=matter_id,
    )
    return _parse_verdict(raw)


def second_opinion(thread_text: str) -> Tuple[str, str]:
    client = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
    message = client.messages.create(
        model=SECOND_OPINION_MODEL,
        max_tokens=600,
        system="You are an experienced e-discovery attorney performing privilege review.",
        messages=[{"role": "user", "content": PRIVILEGE_PROMPT.format(text=truncate_tokens(thread_text, 100_000))}],
    )
    return _parse_verdict(message.content[0].text)
