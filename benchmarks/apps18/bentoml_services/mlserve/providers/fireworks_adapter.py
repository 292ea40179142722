"""Fireworks via the OpenAI SDK (``base_url`` points at api.fireworks.ai)."""

from __future__ import annotations

from mlserve.clients import get_fireworks_client
from mlserve.config import get_settings
from mlserve.providers.openai_adapter import OpenAIProvider
from mlserve.types import ChatResult


class FireworksProvider(OpenAIProvider):
    name = "fireworks"

    def __init__(self, client=None, default_model: str | None = None) -> None:
        super().__init__(
            client=client or get_fireworks_client(),
            default_model=default_model or get_settings().fireworks.model,
        )

    def complete_raw(self, prompt: str, *, model: str | None = None, max_tokens: int = 256) -> ChatResult:
        """Plain completion endpoint; the eval harness uses it for base models."""
        model = model or self.default_model
        resp = self._client.completions.create(model=model, prompt=prompt, max_tokens=max_tokens)
        return ChatResult(
            text=resp.choices[0].text,
            model=model,
            provider=self.name,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
        )
