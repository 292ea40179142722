"""Summarisation.  Short documents go to Claude in one shot; long ones are
chunked, each chunk summarised by Mistral, and the partials merged by Claude.
"""
from __future__ import annotations

import asyncio
import logging

from gateway.services.cache import ResultCache, content_key

log = logging.getLogger(__name__)

CHUNK_CHARS = 12_000
SUMMARY_SYSTEM = (
    "Summarise the document for a busy reader. Use short bullet points. "
    "Keep names, numbers and dates exactly as written."
)


def chunk_text(text: str, size: int = CHUNK_CHARS) -> list[str]:
    paragraphs = text.split("\n\n")
    chunks, current = [], ""
    for p in paragraphs:
        if len(current) + len(p) > size and current:
            chunks.append(current)
            current = ""
        current += p + "\n\n"
    if current.strip():
        chunks.append(current)
    return chunks


class Summariser:
    def __init__(self, anthropic_client, mistral_client, settings, cache: ResultCache | None = None) -> None:
        self.anthropic = anthropic_client
        self.mistral = mistral_client
        self.settings = settings
        self.cache = cache

    async def _claude(self, text: str, style: str) -> str:
        msg = await self.anthropic.messages.create(
            model=self.settings.summary_model,
            max_tokens=800,
            system=SUMMARY_SYSTEM + f" Style: {style}.",
            messages=[{"role": "user", "content": text}],
        )
        return msg.content[0].text

    async def _mistral_partial(self, chunk: str) -> str:
        resp = await self.mistral.chat.complete_async(
            model=self.settings.mistral_model,
            messages=[
                {"role": "system", "content": "Summarise this section in at most 8 bullet points."},
                {"role": "user", "content": chunk},
            ],
            max_tokens=400,
        )
        return resp.choices[0].message.content

    async def summarise(self, text: str, style: str = "bullets") -> dict:
        async def compute() -> dict:
            chunks = chunk_text(text)
            if len(chunks) == 1:
                return {"summary": await self._claude(text, style), "chunks": 1}
            log.info("map-reduce summary over %d chunks", len(chunks))
            partials = await asyncio.gather(*(self._mistral_partial(c) for c in chunks))
            merged = "\n\n".join(partials)
            return {"summary": await self._claude(merged, style), "chunks": len(chunks)}

        if self.cache is None:
            return await compute()
        return await self.cache.get_or_compute(content_key("sum", style, text), compute)


async def summarise_url_text(summariser: Summariser, text: str) -> str:
    out = await summariser.summarise(text, style="one paragraph")
    return out["summary"]
