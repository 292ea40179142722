"""DeepSeek is OpenAI-compatible; we just point the OpenAI SDK at it."""
from __future__ import annotations

from openai import OpenAI

from core.settings import settings

DEEPSEEK_BASE_URL = "https://api.deepseek.com"

deepseek = OpenAI(
    api_key=settings.deepseek.api_key,
    base_url="https://api.deepseek.com",
    timeout=90.0,
)

EXPLAIN_PROMPT = "Explain what this code does in two sentences for a changelog entry."


def explain_snippet(snippet: str) -> str:
    completion = deepseek.chat.completions.create(
        model=settings.deepseek.model,
        messages=[
            {"role": "system", "content": EXPLAIN_PROMPT},
            {"role": "user", "content": snippet},
        ],
        max_tokens=200,
    )
    return completion.choices[0].message.content or ""
