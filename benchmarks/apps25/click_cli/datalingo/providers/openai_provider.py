from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datalingo.providers.base import Completion, Provider, ProviderError

if TYPE_CHECKING:
    from openai import OpenAI


class OpenAIProvider(Provider):
    name = "openai"
    supports_embeddings = True
    supports_streaming = True

    def __init__(self, client: "OpenAI", model: str, embedding_model: str = "text-embedding-3-small"):
        super().__init__(model)
        self.client = client
        self.embedding_model = embedding_model

    def _messages(self, prompt: str, system: str | None) -> list[dict[str, str]]:
        msgs = [{"role": "system", "content": system}] if system else []
        msgs.append({"role": "user", "content": prompt})
        return msgs

    def complete(self, prompt, system=None, *, max_tokens=512, temperature=0.2) -> Completion:
        start = self._clock()
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=self._messages(prompt, system),
            max_tokens=max_tokens,
            temperature=temperature,
        )
        if not resp.choices:
            raise ProviderError("openai returned no choices")
        return Completion(
            text=resp.choices[0].message.content or "",
            model=resp.model,
            provider=self.name,
            input_tokens=resp.usage.prompt_tokens if resp.usage else 0,
            output_tokens=resp.usage.completion_tokens if resp.usage else 0,
            latency_s=self._clock() - start,
            raw=resp,
        )

    def stream(self, prompt: str, system: str | None = None, **kwargs: Any) -> Iterator[str]:
        stream = self.client.chat.completions.create(
            model=self.model,
            messages=self._messages(prompt, system),
            max_tokens=kwargs.get("max_tokens", 512),
            temperature=kwargs.get("temperature", 0.2),
            stream=True,
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content

    def embed(self, texts: list[str], model: str | None = None) -> list[list[float]]:
        resp = self.client.embeddings.create(model=model or self.embedding_model, input=texts)
        return [item.embedding for item in sorted(resp.data, key=lambda d: d.index)]

    def moderate(self, texts: list[str]) -> list[bool]:
        resp = self.client.moderations.create(model="omni-moderation-latest", input=texts)
        return [r.flagged for r in resp.results]

    def list_models(self) -> list[str]:
        return sorted(m.id for m in self.client.models.list())
