"""Deadline / limitation-period extraction.

The sync path (``extract``) is what the celery pipeline uses.  ``extract_tracked``
is the newer async path that records usage per matter; the plan is to move the
pipeline over once the ingest tasks are async-safe.
"""
import json
import logging
from typing import List

from docproc.clients import get_async_openai_client
from docproc.prompts import DEADLINE_SYSTEM
from docproc.schemas import Deadline
from docproc.services.llm_usage_tracker import llm_tracker
from docproc.settings import settings
from docproc.utils.llm_helpers import chat_json
from docproc.utils.text import truncate_tokens

logger = logging.getLogger(__name__)

MAX_INPUT_TOKENS = 60_000


def _to_deadlines(payload: dict) -> List[Deadline]:
    out = []
    for item in payload.get("deadlines", []):
        try:
            out.append(Deadline(**item))
        except (TypeError, ValueError):
            logger.debug("dropping malformed deadline %r", item)
    return out


def extract(text: str) -> List[Deadline]:
    payload = chat_json(DEADLINE_SYSTEM, truncate_tokens(text, MAX_INPUT_TOKENS), max_tokens=2000)
    return _to_deadlines(payload)


async def extract_tracked(text: str, *, matter_id: int) -> List[Deadline]:
    client = get_async_openai_client()
    model = settings.openai_chat_model
    async with llm_tracker.track_llm_call(
        provider="openai", model=model, feature_context="deadline_extraction", matter_id=matter_id
    ) as usage_log:
        resp = await client.chat.completions.create(
            model=model,
            response_format={"type": "json_object"},
            temperature=0,
            messages=[
                {"role": "system", "content": DEADLINE_SYSTEM},
                {"role": "user", "content": truncate_tokens(text, MAX_INPUT_TOKENS)},
            ],
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return _to_deadlines(json.loads(resp.choices[0].message.content or "{}"))
