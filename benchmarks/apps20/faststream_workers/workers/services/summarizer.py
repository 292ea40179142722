from __future__ import annotations

import json
from typing import Any

import anthropic


class Summarizer:
    def __init__(self, client: anthropic.AsyncAnthropic, model: str, max_tokens: int = 2000) -> None:
        self.client = client
        self.model = model
        self.max_tokens = max_tokens
        self.last_usage: dict[str, int] = {}

    async def stream_summary(self, rows: list[dict[str, Any]], audience: str = "analysts") -> str:
        body = "\n".join(json.dumps(r, default=str) for r in rows)
        chunks: list[str] = []
        async with self.client.messages.stream(
            model=self.model,
            max_tokens=self.max_tokens,
            system=f"Summarize data-quality findings for {audience}.",
            messages=[{"role": "user", "content": body}],
        ) as stream:
            async for text in stream.text_stream:
                chunks.append(text)
            final = await stream.get_final_message()
        self.last_usage = {"input": final.usage.input_tokens, "output": final.usage.output_tokens}
        return "".join(chunks)

    async def title(self, summary: str) -> str:
        msg = await self.client.messages.create(
            model="claude-3-5-haiku-20241022",
            max_tokens=30,
            messages=[{"role": "user", "content": f"Give a 6-word title for:\n{summary}"}],
        )
        return msg.content[0].text.strip()
