from __future__ import annotations

from typing import Iterator

from openai import OpenAI

from quill.ai.backends.base import Backend, Completion
from quill.ai.clients import get_openai_client


class OpenAIBackend(Backend):
    name = "openai"
    default_model = "gpt-4o-mini"

    def __init__(self, model: str | None = None, client: OpenAI | None = None) -> None:
        super().__init__(model)
        self.client = client or get_openai_client()

    def _messages(self, prompt: str, system: str | None) -> list[dict]:
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        return messages

    def complete(self, prompt: str, *, system: str | None = None, temperature: float = 0.3) -> Completion:
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=self._messages(prompt, system),
            temperature=temperature,
        )
        return Completion(
            text=resp.choices[0].message.content or "",
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            raw=resp,
        )

    def stream(self, prompt: str, *, system: str | None = None) -> Iterator[str]:
        stream = self.client.chat.completions.create(
            model=self.model,
            messages=self._messages(prompt, system),
            stream=True,
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content

    def available_models(self) -> list[str]:
        return sorted(m.id for m in self.client.models.list() if m.id.startswith(("gpt-", "o")))
