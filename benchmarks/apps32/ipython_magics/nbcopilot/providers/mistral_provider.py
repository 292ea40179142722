from __future__ import annotations

from ..clients import get_mistral_client
from .base import Completion, Provider, with_system


class MistralProvider(Provider):
    name = "mistral"

    def __init__(self, model, client=None, **kwargs):
        super().__init__(model, **kwargs)
        self.client = client or get_mistral_client()

    def complete(self, messages, system=None) -> Completion:
        res = self.client.chat.complete(
            model=self.model,
            messages=with_system(messages, system),
            temperature=self.temperature,
            max_tokens=self.max_tokens,
        )
        return Completion(
            text=res.choices[0].message.content,
            model=res.model,
            provider=self.name,
            input_tokens=res.usage.prompt_tokens,
            output_tokens=res.usage.completion_tokens,
            raw=res,
        )

    # TODO: streaming (chat.stream) -- falls back to Provider.stream for now

    def fill_in_middle(self, prefix: str, suffix: str) -> str:
        """Codestral FIM; backs %%copilot_fill."""
        res = self.client.fim.complete(
            model="codestral-latest", prompt=prefix, suffix=suffix, max_tokens=256
        )
        return res.choices[0].message.content
