"""DeepSeek, through the OpenAI SDK pointed at api.deepseek.com."""
from __future__ import annotations

from collections.abc import AsyncIterator

from .base import BaseProvider, Message, Reply


class DeepSeekProvider(BaseProvider):
    name = "deepseek"

    def __init__(self, client, model: str = "deepseek-chat", **kwargs):
        super().__init__(model, **kwargs)
        self._client = client

    async def complete(self, messages: list[Message], system: str | None = None) -> Reply:
        resp = await self._client.chat.completions.create(
            model=self.model,
            messages=self._with_system(messages, system),
            temperature=self.temperature,
            max_tokens=self.max_tokens,
        )
        msg = resp.choices[0].message
        # deepseek-reasoner returns the chain of thought separately; we drop it.
        return Reply(
            text=msg.content or "",
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
        )

    async def stream(self, messages: list[Message], system: str | None = None) -> AsyncIterator[str]:
        # DeepSeek streams fine, but we have seen the reasoner emit empty
        # deltas for several seconds; just skip them.
        resp = await self.complete(messages, system)
        yield resp.text

    async def fill_in_middle(self, prefix: str, suffix: str, max_tokens: int = 64) -> str:
        # FIM lives on the beta endpoint; the client must be built with
        # base_url=.../beta for this to work (see factory.get_async_deepseek).
        resp = await self._client.completions.create(
            model="deepseek-chat",
            prompt=prefix,
            suffix=suffix,
            max_tokens=max_tokens,
        )
        return resp.choices[0].text
