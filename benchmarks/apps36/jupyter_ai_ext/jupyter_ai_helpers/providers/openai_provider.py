from __future__ import annotations

from typing import List, Optional

from .. import config as cfg
from .base import BaseProvider, Completion
from .registry import register_provider


def _with_system(messages: List[dict], system: Optional[str]) -> List[dict]:
    if system:
        return [{"role": "system", "content": system}, *messages]
    return list(messages)


@register_provider("openai")
class OpenAIProvider(BaseProvider):
    async def complete(self, messages, system=None) -> Completion:
        resp = await self.client.chat.completions.create(
            model=self.model,
            messages=_with_system(messages, system),
            max_tokens=self.max_tokens,
            temperature=0.2,
        )
        choice = resp.choices[0]
        return Completion(
            text=choice.message.content or "",
            model=resp.model,
            provider=self.name,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            finish_reason=choice.finish_reason,
            raw=resp,
        )

    async def stream(self, messages, system=None):
        stream = await self.client.chat.completions.create(
            model=self.model,
            messages=_with_system(messages, system),
            max_tokens=self.max_tokens,
            stream=True,
            stream_options={"include_usage": True},
        )
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content

    async def embed(self, texts):
        resp = await self.client.embeddings.create(
            model=cfg.EMBEDDING_MODELS["openai"], input=texts
        )
        return [item.embedding for item in resp.data]

    async def available_models(self):
        page = await self.client.models.list()
        return sorted(m.id for m in page.data if m.id.startswith(("gpt", "o1", "o3")))
