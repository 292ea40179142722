"""Token budgeting helpers. None of these generate anything."""
from __future__ import annotations

import logging

import voyageai
from anthropic import AsyncAnthropic

logger = logging.getLogger(__name__)


def rough_tokens(text: str) -> int:
    # ~4 chars per token for English; used when we can't ask the vendor.
    return max(1, len(text) // 4)


async def anthropic_prompt_tokens(client: AsyncAnthropic, model: str, system: str, text: str) -> int:
    try:
        result = await client.messages.count_tokens(
            model=model,
            system=system,
            messages=[{"role": "user", "content": text}],
        )
        return result.input_tokens
    except Exception:  # pragma: no cover - network
        logger.warning("count_tokens failed, falling back to heuristic")
        return rough_tokens(system) + rough_tokens(text)


def voyage_batch_tokens(client: voyageai.AsyncClient, texts: list[str], model: str) -> int:
    # count_tokens is local (tokenizer download), no billable request
    return client.count_tokens(texts, model=model)


def fit_chunks(chunks: list[str], budget: int) -> list[str]:
    used = 0
    out = []
    for c in chunks:
        t = rough_tokens(c)
        if used + t > budget:
            break
        out.append(c)
        used += t
    return out
