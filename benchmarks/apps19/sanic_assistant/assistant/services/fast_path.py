"""Sub-second answers for the widget's "quick reply" chips and autocomplete.

Cerebras is fast enough that we skip the provider registry here.
"""
from __future__ import annotations

import os

from openai import AsyncOpenAI

from ..prompts import QUICK_SYSTEM

FAST_MODEL = os.environ.get("FAST_MODEL", "llama3.1-8b")

# module-level on purpose: one connection pool per worker, created on import
_client = AsyncOpenAI(
    base_url="https://api.cerebras.ai/v1",
    api_key=os.environ.get("CEREBRAS_API_KEY", ""),
    timeout=5.0,
    max_retries=0,
)


async def quick_answer(question: str, context: str = "") -> str:
    resp = await _client.chat.completions.create(
        model=FAST_MODEL,
        messages=[
            {"role": "system", "content": QUICK_SYSTEM},
            {"role": "user", "content": f"{context}\n\nQ: {question}".strip()},
        ],
        max_tokens=120,
        temperature=0.2,
    )
    return resp.choices[0].message.content.strip()


async def autocomplete(prefix: str, n: int = 3) -> list[str]:
    # plain completions endpoint: cheaper and the prompt is just the prefix
    resp = await _client.completions.create(model=FAST_MODEL, prompt=prefix, max_tokens=12, n=n, stop=["\n"])
    return [c.text for c in resp.choices if c.text.strip()]
