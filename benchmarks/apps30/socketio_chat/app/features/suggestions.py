"""Reply suggestions shown to human agents in the console."""
from __future__ import annotations

import logging
from typing import AsyncIterator

from app.features.kb_search import Article
from app.providers import get_provider
from app.providers.litellm_provider import build_router
from app.services.multi_model_service import TaskComplexity, multi_model_service

logger = logging.getLogger(__name__)

SUGGEST_SYSTEM = (
    "You draft replies for a human support agent. Be concise, friendly and accurate. "
    "Only use facts from the provided articles; if unsure, suggest a clarifying question."
)

_router = None


def _get_router():
    global _router
    if _router is None:
        _router = build_router()
    return _router


def _context(articles: list[Article]) -> str:
    return "\n\n".join(f"[{a.title}]({a.url})\n{a.body[:1500]}" for a in articles)


class ReplySuggester:
    def __init__(self, provider_name: str = "anthropic") -> None:
        self.provider_name = provider_name

    async def stream_draft(self, history: list[dict[str, str]],
                           articles: list[Article]) -> AsyncIterator[str]:
        provider = get_provider(self.provider_name)
        messages = [
            {"role": "system", "content": SUGGEST_SYSTEM + "\n\nArticles:\n" + _context(articles)},
            *history[-12:],
        ]
        async for token in provider.stream(messages):
            yield token

    async def quick_replies(self, last_customer_message: str) -> list[str]:
        """Three short canned-style replies; goes through the assist router pool."""
        resp = await _get_router().acompletion(
            model="assist",
            messages=[
                {"role": "system", "content": "Give three short reply options, one per line."},
                {"role": "user", "content": last_customer_message},
            ],
            max_tokens=150,
        )
        text = resp.choices[0].message.content or ""
        return [line.strip("-• ").strip() for line in text.splitlines() if line.strip()][:3]

    async def rewrite_tone(self, draft: str, tone: str = "empathetic") -> str:
        return await multi_model_service.generate_response(
            prompt=f"Rewrite this support reply in a more {tone} tone:\n\n{draft}",
            task_type="tone_rewrite",
            complexity=TaskComplexity.SIMPLE,
        )
