from __future__ import annotations

from typing import Iterator

import ollama

from ..settings import OLLAMA_HOST
from .base import Completion, Provider, with_system


class OllamaProvider(Provider):
    """Local models. No cost, but we still report token counts."""

    name = "ollama"

    def __init__(self, model, host: str | None = None, **kwargs):
        super().__init__(model, **kwargs)
        self.client = ollama.Client(host=host or OLLAMA_HOST)

    def complete(self, messages, system=None) -> Completion:
        resp = self.client.chat(
            model=self.model,
            messages=with_system(messages, system),
            options={"temperature": self.temperature, "num_predict": self.max_tokens},
        )
        return Completion(
            text=resp["message"]["content"],
            model=self.model,
            provider=self.name,
            input_tokens=resp.get("prompt_eval_count", 0),
            output_tokens=resp.get("eval_count", 0),
            raw=resp,
        )

    def stream(self, messages, system=None) -> Iterator[str]:
        for part in self.client.chat(
            model=self.model, messages=with_system(messages, system), stream=True
        ):
            yield part["message"]["content"]

    def ensure_pulled(self) -> None:
        names = {m["model"] for m in self.client.list()["models"]}
        if self.model not in names:
            self.client.pull(self.model)
