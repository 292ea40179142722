from __future__ import annotations

from typing import Iterator

from quill.ai.backends.base import Backend, Completion
from quill.ai.clients import get_mistral_client


class MistralBackend(Backend):
    name = "mistral"
    default_model = "mistral-small-latest"

    def __init__(self, model: str | None = None, client=None) -> None:
        super().__init__(model)
        self.client = client if client is not None else get_mistral_client()

    def complete(self, prompt: str, *, system: str | None = None, temperature: float = 0.3) -> Completion:
        messages = [{"role": "system", "content": system}] if system else []
        messages.append({"role": "user", "content": prompt})
        res = self.client.chat.complete(model=self.model, messages=messages, temperature=temperature)
        return Completion(
            text=res.choices[0].message.content,
            model=res.model,
            input_tokens=res.usage.prompt_tokens,
            output_tokens=res.usage.completion_tokens,
            raw=res,
        )

    def stream(self, prompt: str, *, system: str | None = None) -> Iterator[str]:
        messages = [{"role": "system", "content": system}] if system else []
        messages.append({"role": "user", "content": prompt})
        for event in self.client.chat.stream(model=self.model, messages=messages):
            delta = event.data.choices[0].delta.content
            if delta:
                yield delta

    def available_models(self) -> list[str]:
        listing = self.client.models.list()
        return [m.id for m in listing.data or []]
