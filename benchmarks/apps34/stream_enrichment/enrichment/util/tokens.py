"""Token budgeting before we send text to a provider. None of these are billed."""
from __future__ import annotations

from enrichment import clients
from enrichment.settings import get_settings


def voyage_tokens(texts: list[str]) -> int:
    return clients.get_voyage().count_tokens(texts, model=get_settings().voyage_model)


def gemini_tokens(text: str) -> int:
    resp = clients.get_genai().models.count_tokens(model=get_settings().gemini_model, contents=text)
    return resp.total_tokens or 0


def cohere_tokens(text: str) -> int:
    return len(clients.get_cohere().tokenize(text=text, model=get_settings().cohere_chat_model).tokens)


def trim_to_budget(texts: list[str], budget: int = 100_000) -> list[str]:
    out, used = [], 0
    for t in texts:
        n = max(1, len(t) // 4)
        if used + n > budget:
            break
        out.append(t)
        used += n
    return out
