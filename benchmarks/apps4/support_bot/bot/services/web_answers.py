"""Answers that need fresh web knowledge (third-party outages, integration partners' docs)."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import List

from bot.llm import get_perplexity
from bot.llm.perplexity import SONAR_MODEL

log = logging.getLogger(__name__)

WEB_SYSTEM = (
    "You help a SaaS support team. Answer briefly and cite sources. "
    "Prefer official documentation and status pages."
)


@dataclass
class WebAnswer:
    text: str
    citations: List[str] = field(default_factory=list)

    def as_slack(self) -> str:
        if not self.citations:
            return self.text
        refs = "\n".join(f"<{url}|[{i}]>" for i, url in enumerate(self.citations, 1))
        return f"{self.text}\n\n{refs}"


def answer_with_citations(question: str, recency: str = "week") -> WebAnswer:
    response = get_perplexity().chat.completions.create(
        model=SONAR_MODEL,
        messages=[
            {"role": "system", "content": WEB_SYSTEM},
            {"role": "user", "content": question},
        ],
        extra_body={"search_recency_filter": recency},
        max_tokens=700,
    )
    citations = list(getattr(response, "citations", None) or [])
    return WebAnswer(text=response.choices[0].message.content, citations=citations)
