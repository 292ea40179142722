from typing import Optional

import anthropic
from dagster import ConfigurableResource

from ..settings import MODELS


class AnthropicResource(ConfigurableResource):
    api_key: str
    default_model: str = MODELS.summary
    max_retries: int = 5
    timeout_seconds: float = 120.0

    def get_client(self) -> anthropic.Anthropic:
        return anthropic.Anthropic(
            api_key=self.api_key,
            max_retries=self.max_retries,
            timeout=self.timeout_seconds,
        )

    def get_async_client(self) -> anthropic.AsyncAnthropic:
        return anthropic.AsyncAnthropic(
            api_key=self.api_key,
            max_retries=self.max_retries,
            timeout=self.timeout_seconds,
        )

    def summarize(self, text: str, instructions: str, max_tokens: int = 400, model: Optional[str] = None) -> str:
        """One-shot summary helper for callers that don't need the raw message."""
        message = self.get_client().messages.create(
            model=model or self.default_model,
            max_tokens=max_tokens,
            system=instructions,
            messages=[{"role": "user", "content": text}],
        )
        return "".join(block.text for block in message.content if block.type == "text").strip()
