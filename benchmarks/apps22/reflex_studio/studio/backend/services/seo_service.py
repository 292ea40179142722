"""SEO helpers: meta descriptions, keyword clusters, title ideas.

Most of these run on Groq because they're short and latency-sensitive.
"""
from __future__ import annotations

import json
import logging
import re

from ..clients import get_groq
from ..config import settings
from .llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)

META_PROMPT = (
    "Write a meta description (max 155 characters) for a page with this title and summary. "
    "Return only the description.\n\nTitle: {title}\nSummary: {summary}"
)


def clamp_meta(text: str, limit: int = 155) -> str:
    text = re.sub(r"\s+", " ", text).strip().strip('"')
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "…"


async def meta_description(title: str, summary: str) -> str:
    groq = get_groq()
    async with llm_tracker.track_llm_call(
        provider="groq", model=settings.fast_model, feature_context="seo_meta"
    ) as usage_log:
        resp = await groq.chat.completions.create(
            model=settings.fast_model,
            messages=[{"role": "user", "content": META_PROMPT.format(title=title, summary=summary)}],
            temperature=0.3,
            max_tokens=120,
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return clamp_meta(resp.choices[0].message.content or "")


async def keyword_clusters(keywords: list[str]) -> dict[str, list[str]]:
    resp = await get_groq().chat.completions.create(
        model="llama-3.3-70b-versatile",
        response_format={"type": "json_object"},
        messages=[
            {"role": "system", "content": "Group keywords by search intent. Reply as JSON {cluster: [keywords]}."},
            {"role": "user", "content": "\n".join(keywords)},
        ],
    )
    try:
        return json.loads(resp.choices[0].message.content or "{}")
    except json.JSONDecodeError:
        logger.warning("non-json cluster output")
        return {"unclustered": keywords}


class TitleIdeas:
    def __init__(self, n: int = 5) -> None:
        self.n = n

    def generate(self, topic: str) -> list[str]:
        """Template-based title ideas; no model involved (used as a cheap fallback)."""
        patterns = [
            "How to {t} in 2025",
            "{t}: a practical guide",
            "7 mistakes teams make with {t}",
            "Why {t} matters more than you think",
            "The {t} checklist",
        ]
        return [p.format(t=topic) for p in patterns[: self.n]]
