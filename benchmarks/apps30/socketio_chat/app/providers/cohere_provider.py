from __future__ import annotations

import cohere

from app.providers.base import ChatProvider, Completion, Message


class CohereProvider(ChatProvider):
    name = "cohere"

    def __init__(self, client: cohere.AsyncClientV2, model: str = "command-r-plus-08-2024") -> None:
        super().__init__(client, model)

    async def complete(self, messages: list[Message], **kwargs) -> Completion:
        res = await self.client.chat(model=self.model, messages=messages, **kwargs)
        text = "".join(part.text for part in (res.message.content or []) if part.type == "text")
        billed = res.usage.billed_units if res.usage else None
        return Completion(
            text=text,
            model=self.model,
            input_tokens=int(billed.input_tokens or 0) if billed else 0,
            output_tokens=int(billed.output_tokens or 0) if billed else 0,
        )
