"""Query rewriting / expansion before retrieval."""
from __future__ import annotations

import json
import logging
from functools import lru_cache
from typing import List

from llmkit.container import get_container
from llmkit.tracking.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)

REWRITE_SYSTEM = (
    "Rewrite the user's search query into a concise keyword query for a technical "
    "knowledge base. Reply with the rewritten query only."
)
EXPAND_SYSTEM = (
    "Return a JSON object {\"queries\": [...]} with up to 4 alternative phrasings of the query."
)


@lru_cache(maxsize=4096)
def rewrite_query(q: str) -> str:
    q = q.strip()
    if len(q.split()) <= 2:
        return q
    container = get_container()
    groq = container.get("groq")
    try:
        resp = groq.chat.completions.create(
            model=container.settings.groq_model,
            messages=[
                {"role": "system", "content": REWRITE_SYSTEM},
                {"role": "user", "content": q},
            ],
            temperature=0,
            max_tokens=64,
        )
    except Exception:  # noqa: BLE001
        logger.warning("query rewrite failed for %r", q, exc_info=True)
        return q
    return (resp.choices[0].message.content or q).strip()


async def expand_query(q: str) -> List[str]:
    container = get_container()
    model = container.settings.openai_chat_model
    async with llm_tracker.track_llm_call(provider="openai", model=model,
                                          feature_context="search_query_expansion") as usage_log:
        resp = await container.async_openai.chat.completions.create(
            model=model,
            messages=[
                {"role": "system", "content": EXPAND_SYSTEM},
                {"role": "user", "content": q},
            ],
            response_format={"type": "json_object"},
            temperature=0.4,
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    try:
        return [q] + list(json.loads(resp.choices[0].message.content)["queries"])[:4]
    except (KeyError, TypeError, ValueError):
        return [q]
