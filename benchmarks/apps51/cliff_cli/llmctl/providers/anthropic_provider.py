from __future__ import annotations

import anthropic

from llmctl.providers.base import Completion, Provider


class AnthropicProvider(Provider):
    name = "anthropic"

    def __init__(self, client: anthropic.Anthropic, model: str):
        super().__init__(model)
        self._client = client

    def complete(self, prompt, *, system=None, temperature=0.2, max_tokens=1024):
        kwargs = {}
        if system:
            kwargs["system"] = system
        with self._timed() as t:
            msg = self._client.messages.create(
                model=self.model,
                max_tokens=max_tokens,
                temperature=temperature,
                messages=[{"role": "user", "content": prompt}],
                **kwargs,
            )
        text = "".join(block.text for block in msg.content if block.type == "text")
        return Completion(
            text=text,
            model=msg.model,
            provider=self.name,
            input_tokens=msg.usage.input_tokens,
            output_tokens=msg.usage.output_tokens,
            latency_ms=t.elapsed_ms,
        )

    def count_tokens(self, prompt: str, system: str | None = None) -> int:
        # count_tokens is free; used by `llmctl usage tokens`
        kwargs = {"system": system} if system else {}
        result = self._client.messages.count_tokens(
            model=self.model,
            messages=[{"role": "user", "content": prompt}],
            **kwargs,
        )
        return result.input_tokens
