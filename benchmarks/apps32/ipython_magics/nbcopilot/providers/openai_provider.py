from __future__ import annotations

from typing import Iterator

from ..clients import get_openai_client
from .base import Completion, Provider, with_system


class OpenAIProvider(Provider):
    name = "openai"

    def __init__(self, model: str, client=None, **kwargs):
        super().__init__(model, **kwargs)
        self.client = client or get_openai_client()

    def complete(self, messages, system=None) -> Completion:
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=with_system(messages, system),
            temperature=self.temperature,
            max_tokens=self.max_tokens,
        )
        return Completion(
            text=resp.choices[0].message.content or "",
            model=resp.model,
            provider=self.name,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            raw=resp,
        )

    def stream(self, messages, system=None) -> Iterator[str]:
        stream = self.client.chat.completions.create(
            model=self.model,
            messages=with_system(messages, system),
            temperature=self.temperature,
            stream=True,
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content

    def structured(self, messages, response_format, system=None):
        """Pydantic-typed answers, used by %%copilot_schema."""
        completion = self.client.beta.chat.completions.parse(
            model=self.model,
            messages=with_system(messages, system),
            response_format=response_format,
        )
        return completion.choices[0].message.parsed
