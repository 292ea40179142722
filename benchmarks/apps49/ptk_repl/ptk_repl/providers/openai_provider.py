from __future__ import annotations

from collections.abc import AsyncIterator

from .base import BaseProvider, Message, Reply


class OpenAIProvider(BaseProvider):
    """Chat completions against api.openai.com.

    The client is injected by the registry so the tests can pass a fake.
    """

    name = "openai"

    def __init__(self, client, model: str, **kwargs):
        super().__init__(model, **kwargs)
        self._client = client

    async def complete(self, messages: list[Message], system: str | None = None) -> Reply:
        resp = await self._client.chat.completions.create(
            model=self.model,
            messages=self._with_system(messages, system),
            temperature=self.temperature,
            max_completion_tokens=self.max_tokens,
        )
        choice = resp.choices[0]
        return Reply(
            text=choice.message.content or "",
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens if resp.usage else 0,
            output_tokens=resp.usage.completion_tokens if resp.usage else 0,
        )

    async def stream(self, messages: list[Message], system: str | None = None) -> AsyncIterator[str]:
        stream = await self._client.chat.completions.create(
            model=self.model,
            messages=self._with_system(messages, system),
            temperature=self.temperature,
            stream=True,
            stream_options={"include_usage": True},
        )
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content

    async def reason(self, prompt: str, effort: str = "medium") -> Reply:
        """Used by /think: goes through the Responses API for o-series models."""
        resp = await self._client.responses.create(
            model="o4-mini",
            input=prompt,
            reasoning={"effort": effort},
        )
        return Reply(
            text=resp.output_text,
            model=resp.model,
            input_tokens=resp.usage.input_tokens,
            output_tokens=resp.usage.output_tokens,
        )
