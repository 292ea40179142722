"""OpenRouter: OpenAI-compatible API, reached through the openai SDK."""
from __future__ import annotations

from .. import config as cfg
from .openai_provider import OpenAIProvider, _with_system
from .registry import register_provider


@register_provider("openrouter")
class OpenRouterProvider(OpenAIProvider):
    async def complete(self, messages, system=None):
        result = await super().complete(messages, system=system)
        result.provider = self.name
        return result

    async def stream(self, messages, system=None):
        # OpenRouter needs the attribution headers on every request when the
        # client was created without default_headers (older configs).
        stream = await self.client.chat.completions.create(
            model=self.model,
            messages=_with_system(messages, system),
            stream=True,
            extra_headers=cfg.OPENROUTER_HEADERS,
            extra_body={"transforms": ["middle-out"]},
        )
        async for chunk in stream:
            delta = chunk.choices[0].delta if chunk.choices else None
            if delta and delta.content:
                yield delta.content

    async def embed(self, texts):
        raise NotImplementedError("OpenRouter has no embeddings endpoint")
