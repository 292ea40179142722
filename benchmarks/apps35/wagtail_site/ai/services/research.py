"""Fact-check and background research via Perplexity's online models."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

from ai import get_perplexity_client

logger = logging.getLogger(__name__)

FACT_CHECK_SYSTEM = (
    "You are a fact-checker. For each claim, say whether it is supported, "
    "disputed or unverifiable, and cite sources."
)


@dataclass
class ResearchResult:
    answer: str
    citations: list[str] = field(default_factory=list)


class ResearchClient:
    def __init__(self, client=None, model: str = "sonar"):
        self._client = client or get_perplexity_client()
        self.model = model

    def fact_check(self, text: str) -> ResearchResult:
        response = self._client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": FACT_CHECK_SYSTEM},
                {"role": "user", "content": text[:8000]},
            ],
        )
        citations = getattr(response, "citations", None) or []
        return ResearchResult(answer=response.choices[0].message.content, citations=list(citations))

    def background(self, topic: str) -> ResearchResult:
        response = self._client.chat.completions.create(
            model="sonar-pro",
            messages=[{"role": "user", "content": f"Give a 5-bullet background briefing on: {topic}"}],
        )
        return ResearchResult(answer=response.choices[0].message.content)
