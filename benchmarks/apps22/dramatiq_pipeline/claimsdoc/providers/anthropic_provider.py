from __future__ import annotations

import logging

import anthropic

from claimsdoc.providers.base import BaseProvider, Completion
from claimsdoc.providers.registry import register
from claimsdoc.settings import settings

log = logging.getLogger(__name__)


@register("anthropic")
class AnthropicProvider(BaseProvider):
    supports_json = True

    def __init__(self, model: str | None = None) -> None:
        self.client = anthropic.Anthropic(api_key=settings.anthropic_api_key, max_retries=3)
        self.model = model or settings.anthropic_model

    def complete(self, prompt, *, system=None, max_tokens=800, json_mode=False) -> Completion:
        if json_mode:
            prompt = prompt + "\n\nRespond with a single JSON object and nothing else."
        msg = self.client.messages.create(
            model=self.model,
            max_tokens=max_tokens,
            system=system or anthropic.NOT_GIVEN,
            messages=[{"role": "user", "content": prompt}],
        )
        text = "".join(block.text for block in msg.content if block.type == "text")
        return Completion(text, msg.model, msg.usage.input_tokens, msg.usage.output_tokens, msg)

    def stream_complete(self, prompt: str, *, system: str | None = None, max_tokens: int = 2000):
        """Yields text deltas; used by the adjuster-summary live view."""
        with self.client.messages.stream(
            model=self.model,
            max_tokens=max_tokens,
            system=system or anthropic.NOT_GIVEN,
            messages=[{"role": "user", "content": prompt}],
        ) as stream:
            for text in stream.text_stream:
                yield text
            final = stream.get_final_message()
            log.debug("stream done in=%s out=%s", final.usage.input_tokens, final.usage.output_tokens)

    def count_tokens(self, prompt: str) -> int:
        res = self.client.messages.count_tokens(
            model=self.model, messages=[{"role": "user", "content": prompt}]
        )
        return res.input_tokens
