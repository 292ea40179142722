from __future__ import annotations

import os

import cohere

from datalingo.providers.base import Completion, Provider


class CohereProvider(Provider):
    name = "cohere"
    supports_embeddings = True

    def __init__(self, model: str, api_key: str | None = None, embed_model: str = "embed-multilingual-v3.0"):
        super().__init__(model)
        self.co = cohere.ClientV2(api_key=api_key or os.environ.get("CO_API_KEY"))
        self.embed_model = embed_model

    def complete(self, prompt, system=None, *, max_tokens=512, temperature=0.2) -> Completion:
        start = self._clock()
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        resp = self.co.chat(
            model=self.model,
            messages=messages,
            max_tokens=max_tokens,
            temperature=temperature,
        )
        text = "".join(item.text for item in resp.message.content or [] if item.type == "text")
        billed = resp.usage.billed_units if resp.usage else None
        return Completion(
            text=text,
            model=self.model,
            provider=self.name,
            input_tokens=int(billed.input_tokens or 0) if billed else 0,
            output_tokens=int(billed.output_tokens or 0) if billed else 0,
            latency_s=self._clock() - start,
            raw=resp,
        )

    def embed(self, texts: list[str], model: str | None = None) -> list[list[float]]:
        resp = self.co.embed(
            texts=texts,
            model=model or self.embed_model,
            input_type="search_document",
            embedding_types=["float"],
        )
        return list(resp.embeddings.float_ or [])

    def token_count(self, text: str) -> int:
        return len(self.co.tokenize(text=text, model=self.model).tokens)
