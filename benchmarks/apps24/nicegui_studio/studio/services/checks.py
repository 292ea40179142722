"""Pre-publish checks: moderation (OpenAI), voice drift (embeddings), SEO (DeepSeek).

Was three modules (moderation.py / embeddings.py / seo.py); merged during the
editor refactor because they are always called together from the checks bar.
"""
from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass, field
from typing import Sequence

from openai import OpenAI

from studio import prompts
from studio.config import settings
from studio.services.container import DEEPSEEK_BASE_URL, services

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------- moderation

BLOCKING_CATEGORIES = {"hate", "harassment", "self-harm", "sexual/minors", "violence/graphic"}


@dataclass
class ModerationResult:
    flagged: bool
    categories: list[str]

    @property
    def blocking(self) -> bool:
        return any(c in BLOCKING_CATEGORIES for c in self.categories)


async def check_copy(text: str) -> ModerationResult:
    if not text.strip():
        return ModerationResult(False, [])
    result = await services.openai.moderations.create(model="omni-moderation-latest", input=text)
    first = result.results[0]
    cats = [name for name, hit in first.categories.model_dump(by_alias=True).items() if hit]
    return ModerationResult(first.flagged, cats)


# --------------------------------------------------------------------------- embeddings


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


async def embed_texts(texts: list[str]) -> list[list[float]]:
    if not texts:
        return []
    response = await services.openai.embeddings.create(model=settings.embedding_model, input=texts)
    return [item.embedding for item in sorted(response.data, key=lambda d: d.index)]


async def most_similar(query: str, corpus: dict[str, list[float]], k: int = 5) -> list[tuple[str, float]]:
    [qvec] = await embed_texts([query])
    scored = [(key, cosine(qvec, vec)) for key, vec in corpus.items()]
    scored.sort(key=lambda kv: kv[1], reverse=True)
    return scored[:k]


async def voice_drift(reference: list[float], candidate_text: str) -> float:
    """1.0 == identical direction to the reference voice samples, 0 == unrelated."""
    [vec] = await embed_texts([candidate_text])
    return round(cosine(reference, vec), 4)


# --------------------------------------------------------------------------- SEO


@dataclass
class SeoSuggestion:
    title: str = ""
    meta_description: str = ""
    keywords: list[str] = field(default_factory=list)

    @classmethod
    def from_json(cls, raw: str) -> "SeoSuggestion":
        try:
            data = json.loads(raw)
        except json.JSONDecodeError:
            log.warning("deepseek returned non-JSON: %.200s", raw)
            return cls()
        return cls(
            title=str(data.get("title", ""))[:70],
            meta_description=str(data.get("meta_description", ""))[:160],
            keywords=[str(k) for k in data.get("keywords", [])][:8],
        )


async def suggest_seo(copy: str) -> SeoSuggestion:
    resp = await services.deepseek.chat.completions.create(
        model=settings.seo_model,
        messages=[
            {"role": "system", "content": "You are an SEO specialist. Respond with JSON only."},
            {"role": "user", "content": prompts.SEO_TEMPLATE.substitute(copy=copy)},
        ],
        response_format={"type": "json_object"},
        temperature=0.2,
    )
    return SeoSuggestion.from_json(resp.choices[0].message.content or "{}")


_sync_client: OpenAI | None = None


def suggest_seo_blocking(copy: str) -> SeoSuggestion:
    """Sync twin of :func:`suggest_seo` for the CSV import script / io_bound."""
    global _sync_client
    if _sync_client is None:
        _sync_client = OpenAI(api_key=settings.deepseek_api_key, base_url=DEEPSEEK_BASE_URL)
    resp = _sync_client.chat.completions.create(
        model=settings.seo_model,
        messages=[{"role": "user", "content": prompts.SEO_TEMPLATE.substitute(copy=copy)}],
        response_format={"type": "json_object"},
    )
    return SeoSuggestion.from_json(resp.choices[0].message.content or "{}")
