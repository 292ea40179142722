"""Local models through the Ollama daemon."""
from __future__ import annotations

from typing import Iterator

from services.clients import make_ollama_client
from services.providers.base import ChatProvider, ChatResult


class OllamaProvider(ChatProvider):
    name = "ollama"

    def __init__(self, model: str, host: str | None = None, **kw):
        super().__init__(model, **kw)
        self._client = make_ollama_client(host)

    def _msgs(self, messages, system):
        return ([{"role": "system", "content": system}] if system else []) + list(messages)

    def complete(self, messages: list[dict], system: str | None = None) -> ChatResult:
        resp = self._client.chat(
            model=self.model,
            messages=self._msgs(messages, system),
            options={"temperature": self.temperature, "num_predict": self.max_tokens},
        )
        return ChatResult(
            text=resp["message"]["content"],
            model=self.model,
            input_tokens=resp.get("prompt_eval_count", 0),
            output_tokens=resp.get("eval_count", 0),
            finish_reason=resp.get("done_reason"),
        )

    def stream(self, messages: list[dict], system: str | None = None) -> Iterator[str]:
        for part in self._client.chat(model=self.model, messages=self._msgs(messages, system), stream=True):
            yield part["message"]["content"]

    def list_models(self) -> list[str]:
        return [m["model"] for m in self._client.list()["models"]]

    def ensure_pulled(self) -> None:
        if self.model not in self.list_models():
            self._client.pull(self.model)
