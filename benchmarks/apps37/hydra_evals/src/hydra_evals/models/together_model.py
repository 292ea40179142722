from __future__ import annotations

import os
import time
from typing import Any, Sequence

from together import Together

from .base import BaseModel, GenerationResult, Message


class TogetherModel(BaseModel):
    """Together AI via the native SDK (needed for rerank + their logprobs format)."""

    provider = "together"

    def __init__(self, model_name: str, api_key: str | None = None, **kwargs: Any) -> None:
        super().__init__(model_name, **kwargs)
        self.client = Together(api_key=api_key or os.environ["TOGETHER_API_KEY"])

    def generate(self, prompt: str | Sequence[Message], **kwargs: Any) -> GenerationResult:
        start = time.perf_counter()
        resp = self.client.chat.completions.create(
            model=self.model_name,
            messages=self.build_messages(prompt),
            temperature=kwargs.get("temperature", self.temperature),
            max_tokens=kwargs.get("max_tokens", self.max_tokens),
            stop=kwargs.get("stop"),
        )
        return GenerationResult(
            text=resp.choices[0].message.content,
            model=self.model_name,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            latency_s=time.perf_counter() - start,
            finish_reason=str(resp.choices[0].finish_reason),
            raw=resp,
        )

    def complete_raw(self, prompt: str, max_tokens: int = 256) -> str:
        """Base-model completion (no chat template) for few-shot evals."""
        resp = self.client.completions.create(
            model=self.model_name,
            prompt=prompt,
            max_tokens=max_tokens,
            temperature=self.temperature,
        )
        return resp.choices[0].text

    def rerank(self, query: str, documents: list[str], top_n: int = 5,
               model: str = "Salesforce/Llama-Rank-V1") -> list[tuple[int, float]]:
        resp = self.client.rerank.create(model=model, query=query, documents=documents, top_n=top_n)
        return [(r.index, r.relevance_score) for r in resp.results]
