from __future__ import annotations

from typing import Sequence

from together import Together

from mlserve.clients import get_together_client
from mlserve.types import ChatResult


class TogetherProvider:
    name = "together"
    chat_model = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
    rerank_model = "Salesforce/Llama-Rank-V1"

    def __init__(self, client: Together | None = None) -> None:
        self.client = client or get_together_client()

    def complete(
        self,
        messages: Sequence[dict[str, str]],
        *,
        model: str | None = None,
        max_tokens: int = 512,
        temperature: float = 0.2,
    ) -> ChatResult:
        model = model or self.chat_model
        resp = self.client.chat.completions.create(
            model=model, messages=list(messages), max_tokens=max_tokens, temperature=temperature
        )
        return ChatResult(
            text=resp.choices[0].message.content or "",
            model=model,
            provider=self.name,
            input_tokens=resp.usage.prompt_tokens if resp.usage else 0,
            output_tokens=resp.usage.completion_tokens if resp.usage else 0,
        )

    def rerank(self, query: str, documents: Sequence[str], *, top_n: int = 8) -> list[tuple[int, float]]:
        resp = self.client.rerank.create(
            model=self.rerank_model, query=query, documents=list(documents), top_n=top_n
        )
        return [(r.index, r.relevance_score) for r in resp.results]

    def serverless_models(self) -> list[str]:
        return [m.id for m in self.client.models.list() if m.type == "chat"]
