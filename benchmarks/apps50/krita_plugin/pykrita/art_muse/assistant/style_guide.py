"""Builds a short style guide from the prompt history and finds similar past
prompts (embedding search) so the artist can stay consistent across a series."""
from __future__ import annotations

import concurrent.futures
import math

from .. import backends, prompt_templates, settings
from ..history import PromptHistory

EMBED_MODEL = "text-embedding-3-small"
_pool = concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="art_muse_embed")


def summarise(history: PromptHistory, limit: int = 30) -> str:
    prompts = history.prompts()[-limit:]
    if not prompts:
        return ""
    client = backends.fireworks_client()
    resp = client.chat.completions.create(
        model=settings.current().fireworks_model,
        messages=[
            {"role": "system", "content": prompt_templates.STYLE_GUIDE_SYSTEM},
            {"role": "user", "content": "\n".join(f"- {p}" for p in prompts)},
        ],
        max_tokens=300,
    )
    return resp.choices[0].message.content


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def similar_prompts(history: PromptHistory, query: str, k: int = 5) -> list[tuple[float, str]]:
    prompts = history.prompts()
    if not prompts:
        return []
    client = backends.openai_client()
    future = _pool.submit(client.embeddings.create, model=EMBED_MODEL, input=[query] + prompts)
    resp = future.result(timeout=60)
    vectors = [d.embedding for d in resp.data]
    q, rest = vectors[0], vectors[1:]
    scored = sorted(((_cosine(q, v), p) for v, p in zip(rest, prompts)), reverse=True)
    return scored[:k]
