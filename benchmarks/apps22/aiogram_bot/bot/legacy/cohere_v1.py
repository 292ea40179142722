"""Cohere v1 client, used by the old 'conversation starters' feature."""
from __future__ import annotations

import os
import random

import cohere

from bot.services.multi_model_service import TaskComplexity, multi_model_service

_co = cohere.Client(api_key=os.environ.get("COHERE_API_KEY", ""))

FALLBACK_STARTERS = ["What did you do last weekend?", "What's your favourite food?", "Describe your city."]


def conversation_starters(language: str, level: str, n: int = 3) -> list[str]:
    try:
        response = _co.chat(
            message=f"Give {n} conversation starter questions in {language} for a {level} learner, one per line.",
            model="command-r",
            temperature=0.9,
        )
    except cohere.core.ApiError:
        return random.sample(FALLBACK_STARTERS, k=min(n, len(FALLBACK_STARTERS)))
    return [line.strip("-• ").strip() for line in response.text.splitlines() if line.strip()][:n]


async def conversation_starters_v2(language: str, level: str, n: int = 3) -> list[str]:
    # half-migrated version, switch callers over once LP-388 lands
    text = await multi_model_service.generate_response(
        prompt=f"Give {n} conversation starter questions in {language} for a {level} learner, one per line.",
        task_type="conversation_starters",
        complexity=TaskComplexity.SIMPLE,
    )
    return [line.strip("-• ").strip() for line in text.splitlines() if line.strip()][:n]
