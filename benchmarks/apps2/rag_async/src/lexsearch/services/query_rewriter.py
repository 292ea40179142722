"""Rewrites research questions into retrieval queries."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field

import openai

from lexsearch.container import get_groq, openai_session
from lexsearch.settings import settings

logger = logging.getLogger(__name__)

REWRITE_PROMPT = """You turn a lawyer's research question into search queries.
Return JSON: {"queries": [...], "jurisdictions": [...], "date_range": [from, to] | null}.
Use at most four queries. Expand abbreviations, keep statutory section numbers verbatim."""


@dataclass
class RewrittenQuery:
    original: str
    queries: list[str] = field(default_factory=list)
    jurisdictions: list[str] = field(default_factory=list)
    date_range: tuple[int, int] | None = None


def _parse(original: str, raw: str | None) -> RewrittenQuery:
    try:
        data = json.loads(raw or "{}")
    except json.JSONDecodeError:
        logger.warning("rewriter returned invalid JSON; using the original question")
        return RewrittenQuery(original=original, queries=[original])
    date_range = data.get("date_range")
    return RewrittenQuery(
        original=original,
        queries=[q for q in data.get("queries", []) if isinstance(q, str)] or [original],
        jurisdictions=list(data.get("jurisdictions", [])),
        date_range=tuple(date_range) if date_range else None,
    )


class QueryRewriter:
    def __init__(self, model: str | None = None, fallback_model: str | None = None) -> None:
        self.model = model or settings.models.openai_mini_model
        self.fallback_model = fallback_model or settings.models.fast_model

    async def rewrite(self, question: str) -> RewrittenQuery:
        messages = [
            {"role": "system", "content": REWRITE_PROMPT},
            {"role": "user", "content": question},
        ]
        try:
            async with openai_session(timeout=8.0) as client:
                response = await client.chat.completions.create(
                    model=self.model,
                    messages=messages,
                    response_format={"type": "json_object"},
                    temperature=0,
                )
            return _parse(question, response.choices[0].message.content)
        except (openai.APITimeoutError, openai.RateLimitError) as exc:
            logger.warning("rewrite via %s failed (%s); falling back", self.model, exc)

        response = await get_groq().chat.completions.create(
            model=self.fallback_model,
            messages=messages,
            response_format={"type": "json_object"},
            temperature=0,
        )
        return _parse(question, response.choices[0].message.content)
