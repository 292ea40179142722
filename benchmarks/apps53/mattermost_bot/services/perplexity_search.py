"""Web-grounded answers via Perplexity (`research ...` command)."""
from __future__ import annotations

from dataclasses import dataclass, field

from services.clients import get_async_perplexity_client


@dataclass
class ResearchAnswer:
    text: str
    citations: list[str] = field(default_factory=list)


class PerplexityResearcher:
    def __init__(self, model: str = "sonar", client=None) -> None:
        self.model = model
        self.client = client if client is not None else get_async_perplexity_client()

    async def research(self, question: str, recency: str = "month") -> ResearchAnswer:
        resp = await self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": "Be precise and cite sources."},
                {"role": "user", "content": question},
            ],
            extra_body={"search_recency_filter": recency},
        )
        citations = getattr(resp, "citations", None) or []
        return ResearchAnswer(resp.choices[0].message.content or "", list(citations))
