"""Local models through an Ollama server."""
from __future__ import annotations

from typing import Iterator, Sequence

import ollama

from .base import Backend, ChatResult, Message
from .clients import get_ollama_client


class OllamaBackend(Backend):
    name = "ollama"

    def __init__(self, model: str, client: ollama.Client | None = None, **kwargs):
        super().__init__(model, **kwargs)
        self._client = client or get_ollama_client()

    def _msgs(self, messages, system):
        return ([{"role": "system", "content": system}] if system else []) + list(messages)

    def chat(self, messages: Sequence[Message], system: str | None = None) -> ChatResult:
        resp = self._client.chat(
            model=self.model,
            messages=self._msgs(messages, system),
            options={"temperature": self.temperature, "num_predict": self.max_tokens},
        )
        return ChatResult(
            text=resp["message"]["content"],
            model=self.model,
            provider=self.name,
            input_tokens=resp.get("prompt_eval_count", 0),
            output_tokens=resp.get("eval_count", 0),
            raw=resp,
        )

    def stream(self, messages: Sequence[Message], system: str | None = None) -> Iterator[str]:
        for part in self._client.chat(model=self.model, messages=self._msgs(messages, system), stream=True):
            yield part["message"]["content"]

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        resp = self._client.embed(model="nomic-embed-text", input=list(texts))
        return resp["embeddings"]

    def pull_if_missing(self) -> None:
        names = {m.model for m in self._client.list().models}
        if self.model not in names:
            self._client.pull(self.model)
