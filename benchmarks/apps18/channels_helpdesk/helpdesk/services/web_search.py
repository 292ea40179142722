"""Perplexity 'sonar' lookups for questions about third-party services (status pages, DNS, ...)."""
from __future__ import annotations

import logging

from django.conf import settings
from openai import AsyncOpenAI

from helpdesk.clients import PERPLEXITY_BASE_URL, llm

logger = logging.getLogger("helpdesk.web_search")

RESEARCH_SYSTEM = (
    "You help support agents. Answer briefly and cite sources. "
    "Prefer official vendor documentation and status pages."
)


def research(question: str, recency: str = "week") -> dict:
    resp = llm.perplexity.chat.completions.create(
        model=settings.HELPDESK_LLM["PERPLEXITY_MODEL"],
        messages=[
            {"role": "system", "content": RESEARCH_SYSTEM},
            {"role": "user", "content": question},
        ],
        extra_body={"search_recency_filter": recency},
    )
    return {
        "answer": resp.choices[0].message.content,
        "citations": getattr(resp, "citations", []) or [],
    }


class AsyncResearcher:
    """Async flavour used by the agent-assist consumer. Has its own client because
    Tom wanted a different timeout for websocket requests."""

    def __init__(self, timeout: float = 15.0):
        self._client = AsyncOpenAI(
            api_key=settings.PERPLEXITY_API_KEY,
            base_url=PERPLEXITY_BASE_URL,
            timeout=timeout,
        )
        self.model = settings.HELPDESK_LLM["PERPLEXITY_MODEL"]

    async def ask(self, question: str) -> str:
        resp = await self._client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": RESEARCH_SYSTEM},
                {"role": "user", "content": question},
            ],
        )
        return resp.choices[0].message.content or ""
