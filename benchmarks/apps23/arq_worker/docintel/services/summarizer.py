"""Executive summaries on Llama 3.3 via Together (cheap, long context)."""
from __future__ import annotations

from typing import AsyncIterator

SUMMARY_SYSTEM = (
    "Summarize the document for a busy procurement manager: 5 bullet points, then one "
    "line with any deadline or amount they must act on."
)


class Summarizer:
    def __init__(self, client, model: str, *, max_chars: int = 60_000) -> None:
        # client is an AsyncOpenAI pointed at Together (providers.together_factory)
        self.client = client
        self.model = model
        self.max_chars = max_chars

    def _messages(self, text: str) -> list[dict[str, str]]:
        return [
            {"role": "system", "content": SUMMARY_SYSTEM},
            {"role": "user", "content": text[: self.max_chars]},
        ]

    async def summarize(self, text: str) -> str:
        resp = await self.client.chat.completions.create(
            model=self.model,
            messages=self._messages(text),
            temperature=0.2,
            max_tokens=700,
        )
        return resp.choices[0].message.content or ""

    async def stream_summary(self, text: str) -> AsyncIterator[str]:
        stream = await self.client.chat.completions.create(
            model=self.model,
            messages=self._messages(text),
            temperature=0.2,
            max_tokens=700,
            stream=True,
        )
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content
