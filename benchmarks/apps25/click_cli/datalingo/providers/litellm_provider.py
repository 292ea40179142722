"""Catch-all provider: anything litellm can route (mistral/, groq/, vertex_ai/ ...)."""
from __future__ import annotations

import litellm

from datalingo.providers.base import Completion, Provider

litellm.drop_params = True


class LiteLLMProvider(Provider):
    name = "litellm"
    supports_embeddings = True

    def __init__(self, model: str, embedding_model: str = "text-embedding-3-small", num_retries: int = 2):
        super().__init__(model)
        self.embedding_model = embedding_model
        self.num_retries = num_retries

    def complete(self, prompt, system=None, *, max_tokens=512, temperature=0.2) -> Completion:
        start = self._clock()
        messages = [{"role": "system", "content": system}] if system else []
        messages.append({"role": "user", "content": prompt})
        resp = litellm.completion(
            model=self.model,
            messages=messages,
            max_tokens=max_tokens,
            temperature=temperature,
            num_retries=self.num_retries,
        )
        return Completion(
            text=resp.choices[0].message.content or "",
            model=resp.model or self.model,
            provider=self.name,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            latency_s=self._clock() - start,
            raw=resp,
        )

    def embed(self, texts: list[str], model: str | None = None) -> list[list[float]]:
        resp = litellm.embedding(model=model or self.embedding_model, input=texts)
        return [d["embedding"] for d in resp.data]

    def estimate_cost(self, completion: Completion) -> float:
        if completion.raw is None:
            return 0.0
        return litellm.completion_cost(completion_response=completion.raw)

    def count_tokens(self, text: str) -> int:
        return litellm.token_counter(model=self.model, text=text)
