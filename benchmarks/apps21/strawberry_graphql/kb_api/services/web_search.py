"""'Search the web' fallback when the KB has no good answer (Perplexity Sonar)."""
from __future__ import annotations

from dataclasses import dataclass, field

from openai import AsyncOpenAI

from kb_api.config import get_settings


@dataclass
class WebAnswer:
    text: str
    sources: list[str] = field(default_factory=list)


class WebSearchService:
    def __init__(self, client: AsyncOpenAI) -> None:
        # client is the Perplexity one (base_url=api.perplexity.ai), see kb_api.llm.clients
        self._client = client
        self._model = get_settings().web_search_model

    async def ask(self, question: str, recency: str | None = "month") -> WebAnswer:
        extra = {"search_recency_filter": recency} if recency else {}
        completion = await self._client.chat.completions.create(
            model=self._model,
            messages=[
                {"role": "system", "content": "Be precise and concise. Prefer vendor documentation."},
                {"role": "user", "content": question},
            ],
            extra_body=extra,
        )
        sources = list(getattr(completion, "citations", None) or [])
        return WebAnswer(text=completion.choices[0].message.content or "", sources=sources)

    async def stream(self, question: str):
        stream = await self._client.chat.completions.create(
            model=self._model,
            messages=[{"role": "user", "content": question}],
            stream=True,
        )
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content
