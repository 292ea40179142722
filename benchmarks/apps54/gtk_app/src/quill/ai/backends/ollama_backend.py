from __future__ import annotations

from typing import Iterator

from quill.ai.backends.base import Backend, Completion
from quill.ai.clients import get_ollama_client


class OllamaBackend(Backend):
    """Local models through the Ollama daemon. No key required."""

    name = "ollama"
    default_model = "llama3.2"

    def __init__(self, model: str | None = None, host: str = "http://127.0.0.1:11434") -> None:
        super().__init__(model)
        self.host = host
        self.client = get_ollama_client(host)

    def complete(self, prompt: str, *, system: str | None = None, temperature: float = 0.3) -> Completion:
        messages = [{"role": "system", "content": system}] if system else []
        messages.append({"role": "user", "content": prompt})
        response = self.client.chat(
            model=self.model,
            messages=messages,
            options={"temperature": temperature},
        )
        return Completion(
            text=response["message"]["content"],
            model=self.model,
            input_tokens=response.get("prompt_eval_count", 0) or 0,
            output_tokens=response.get("eval_count", 0) or 0,
            raw=response,
        )

    def stream(self, prompt: str, *, system: str | None = None) -> Iterator[str]:
        for part in self.client.generate(model=self.model, prompt=prompt, system=system or "", stream=True):
            yield part["response"]

    def available_models(self) -> list[str]:
        return [m.model for m in self.client.list().models]

    def pull(self, model: str):
        return self.client.pull(model, stream=True)
