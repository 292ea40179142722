"""Anthropic (Claude) backend.

TODO: switch to ``clients.get_anthropic_client`` like the OpenAI backend does;
this still builds its own client because of the custom ``base_url`` support
some users rely on (corporate proxy).
"""

from __future__ import annotations

import os
from typing import Iterator

import anthropic

from mkdocs_ai_docs.providers.base import Backend, Completion


class AnthropicBackend(Backend):
    name = "anthropic"
    supports_vision = True

    def __init__(
        self,
        model: str,
        temperature: float = 0.2,
        api_key_env: str | None = None,
        base_url: str | None = None,
    ) -> None:
        super().__init__(model, temperature)
        self._client = anthropic.Anthropic(
            api_key=os.environ.get(api_key_env or "ANTHROPIC_API_KEY"),
            base_url=base_url,
        )
        self._async_client: anthropic.AsyncAnthropic | None = None
        self._base_url = base_url

    def complete(self, prompt: str, *, system: str | None = None, max_tokens: int = 512) -> Completion:
        kwargs = {"system": system} if system else {}
        message = self._client.messages.create(
            model=self.model,
            max_tokens=max_tokens,
            temperature=self.temperature,
            messages=[{"role": "user", "content": prompt}],
            **kwargs,
        )
        text = "".join(block.text for block in message.content if block.type == "text")
        return Completion(
            text=text,
            model=message.model,
            input_tokens=message.usage.input_tokens,
            output_tokens=message.usage.output_tokens,
            raw=message,
        )

    def stream(self, prompt: str, *, system: str | None = None, max_tokens: int = 1024) -> Iterator[str]:
        with self._client.messages.stream(
            model=self.model,
            max_tokens=max_tokens,
            system=system or "",
            messages=[{"role": "user", "content": prompt}],
        ) as stream:
            yield from stream.text_stream

    def describe_image(self, image_url: str, prompt: str) -> Completion:
        message = self._client.messages.create(
            model=self.model,
            max_tokens=200,
            messages=[
                {
                    "role": "user",
                    "content": [
                        {"type": "image", "source": {"type": "url", "url": image_url}},
                        {"type": "text", "text": prompt},
                    ],
                }
            ],
        )
        return Completion(
            text=message.content[0].text.strip(),
            model=message.model,
            input_tokens=message.usage.input_tokens,
            output_tokens=message.usage.output_tokens,
        )

    async def acomplete(self, prompt: str, *, system: str | None = None, max_tokens: int = 512) -> Completion:
        if self._async_client is None:
            self._async_client = anthropic.AsyncAnthropic(base_url=self._base_url)
        message = await self._async_client.messages.create(
            model=self.model,
            max_tokens=max_tokens,
            system=system or anthropic.NOT_GIVEN,
            messages=[{"role": "user", "content": prompt}],
        )
        return Completion(
            text=message.content[0].text,
            model=message.model,
            input_tokens=message.usage.input_tokens,
            output_tokens=message.usage.output_tokens,
        )
