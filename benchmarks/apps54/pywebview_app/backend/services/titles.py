"""Title suggestions via OpenRouter (lets users pick any open model)."""
from __future__ import annotations

from backend.llm import get_openrouter_client, prompts
from backend.settings import load_settings


def suggest_title(body: str) -> str:
    client = get_openrouter_client()
    resp = client.chat.completions.create(
        model=load_settings().openrouter_model,
        messages=[{"role": "user", "content": prompts.TITLE_PROMPT.format(body=body[:4000])}],
        max_tokens=30,
        extra_body={"transforms": ["middle-out"]},
    )
    return (resp.choices[0].message.content or "").strip().strip('"')


def list_openrouter_models() -> list[str]:
    client = get_openrouter_client()
    return sorted(m.id for m in client.models.list())
