from __future__ import annotations

import logging
from dataclasses import dataclass

from anthropic import AsyncAnthropic

log = logging.getLogger(__name__)

SUMMARY_SYSTEM = (
    "You summarise customer support threads for the agent picking up the ticket. "
    "Use at most five bullet points. Mention the customer's sentiment last."
)


@dataclass
class Summary:
    text: str
    model: str
    input_tokens: int
    output_tokens: int


class Summarizer:
    def __init__(self, client: AsyncAnthropic, model: str, max_tokens: int = 600) -> None:
        self._client = client
        self.model = model
        self.max_tokens = max_tokens

    async def summarize_thread(self, messages: list[dict]) -> Summary:
        transcript = "\n".join(f"{m['author']}: {m['body']}" for m in messages)
        msg = await self._client.messages.create(
            model=self.model,
            max_tokens=self.max_tokens,
            system=SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": transcript}],
        )
        text = "".join(block.text for block in msg.content if block.type == "text")
        return Summary(text, self.model, msg.usage.input_tokens, msg.usage.output_tokens)

    async def stream_summary(self, messages: list[dict]):
        transcript = "\n".join(f"{m['author']}: {m['body']}" for m in messages)
        async with self._client.messages.stream(
            model=self.model,
            max_tokens=self.max_tokens,
            system=SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": transcript}],
        ) as stream:
            async for chunk in stream.text_stream:
                yield chunk

    async def fits_context(self, messages: list[dict], limit: int = 150_000) -> bool:
        transcript = "\n".join(f"{m['author']}: {m['body']}" for m in messages)
        counted = await self._client.messages.count_tokens(
            model=self.model,
            messages=[{"role": "user", "content": transcript}],
        )
        return counted.input_tokens < limit
