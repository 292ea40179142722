"""Old way of keeping per-worker clients: lazily on first use, in a module
global. Replaced by enrich.plugins.LLMClientsPlugin; the summarize_v1 task
below still relies on it.
"""
from __future__ import annotations

import os

from openai import OpenAI

_openai: OpenAI | None = None


def lazy_openai() -> OpenAI:
    global _openai
    if _openai is None:
        _openai = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
    return _openai


def summarize_v1(text: str, model: str = "gpt-3.5-turbo") -> str:
    resp = lazy_openai().chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": f"Summarize in one sentence:\n{text[:4000]}"}],
        max_tokens=80,
    )
    return resp.choices[0].message.content


def reset() -> None:
    global _openai
    _openai = None
