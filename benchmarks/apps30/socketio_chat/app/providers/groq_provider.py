from __future__ import annotations

from groq import AsyncGroq

from app.providers.base import ChatProvider, Completion, Message


class GroqProvider(ChatProvider):
    name = "groq"

    def __init__(self, client: AsyncGroq, model: str = "llama-3.1-8b-instant") -> None:
        super().__init__(client, model)

    async def complete(self, messages: list[Message], **kwargs) -> Completion:
        resp = await self.client.chat.completions.create(
            model=self.model, messages=messages, **kwargs
        )
        return Completion(
            resp.choices[0].message.content or "",
            resp.model,
            resp.usage.prompt_tokens,
            resp.usage.completion_tokens,
        )
