from __future__ import annotations

from google.genai import types

from .. import config as cfg
from .base import BaseProvider, Completion
from .registry import register_provider


def _to_contents(messages):
    contents = []
    for m in messages:
        role = "model" if m["role"] == "assistant" else "user"
        contents.append(types.Content(role=role, parts=[types.Part.from_text(text=m["content"])]))
    return contents


@register_provider("google")
class GeminiProvider(BaseProvider):
    """google-genai client; the async surface lives under ``client.aio``."""

    def _config(self, system):
        return types.GenerateContentConfig(
            system_instruction=system,
            max_output_tokens=self.max_tokens,
            temperature=0.2,
        )

    async def complete(self, messages, system=None) -> Completion:
        resp = await self.client.aio.models.generate_content(
            model=self.model,
            contents=_to_contents(messages),
            config=self._config(system),
        )
        usage = resp.usage_metadata
        return Completion(
            text=resp.text or "",
            model=self.model,
            provider=self.name,
            input_tokens=usage.prompt_token_count or 0,
            output_tokens=usage.candidates_token_count or 0,
            raw=resp,
        )

    async def stream(self, messages, system=None):
        async for chunk in await self.client.aio.models.generate_content_stream(
            model=self.model,
            contents=_to_contents(messages),
            config=self._config(system),
        ):
            if chunk.text:
                yield chunk.text

    async def embed(self, texts):
        resp = await self.client.aio.models.embed_content(
            model=cfg.EMBEDDING_MODELS["google"], contents=texts
        )
        return [e.values for e in resp.embeddings]

    async def count_tokens(self, messages, system=None) -> int:
        resp = await self.client.aio.models.count_tokens(
            model=self.model, contents=_to_contents(messages)
        )
        return resp.total_tokens
