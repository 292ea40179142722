"""Token budgeting helpers (no generation, only counting)."""
from __future__ import annotations

from resources import get_anthropic_client, get_genai_client, settings

AVG_CHARS_PER_TOKEN = 4


def rough_token_count(text: str) -> int:
    return max(1, len(text) // AVG_CHARS_PER_TOKEN)


def claude_token_count(text: str) -> int:
    result = get_anthropic_client().messages.count_tokens(
        model=settings.anthropic_model,
        messages=[{"role": "user", "content": text}],
    )
    return result.input_tokens


def gemini_token_count(text: str) -> int:
    client = get_genai_client()
    return client.models.count_tokens(model=settings.gemini_model, contents=text).total_tokens


def truncate_to_budget(text: str, budget: int) -> str:
    if rough_token_count(text) <= budget:
        return text
    return text[: budget * AVG_CHARS_PER_TOKEN] + "\n[truncated]"
