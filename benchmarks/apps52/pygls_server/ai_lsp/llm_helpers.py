"""Tiny synchronous helpers kept from the 0.1 days; prefer the backends."""
from __future__ import annotations

from ai_lsp.backends.openai_backend import get_openai_client


def quick_chat(prompt: str, model: str = "gpt-4o-mini", max_tokens: int = 300) -> str:
    client = get_openai_client()
    completion = client.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": prompt}],
        max_tokens=max_tokens,
    )
    return completion.choices[0].message.content or ""


def available_openai_models() -> list[str]:
    return sorted(m.id for m in get_openai_client().models.list())
