"""Document summaries on Gemini (long context is cheap there)."""
from __future__ import annotations

import logging
from typing import AsyncIterator

from lexbrief.clients import get_gemini, summary_config

log = logging.getLogger(__name__)

SUMMARY_MODEL = "gemini-2.5-flash"
STYLES = {
    "brief": "Summarize in 5 bullet points for a partner who has 30 seconds.",
    "detailed": "Write a structured summary: parties, obligations, key dates, risks, open questions.",
    "client": "Summarize in plain English for a non-lawyer client. No legal jargon.",
}


class SummaryService:
    def __init__(self) -> None:
        self._max_input_tokens = 900_000

    async def summarize(self, text: str, style: str = "brief") -> str:
        response = await get_gemini().aio.models.generate_content(
            model=SUMMARY_MODEL,
            contents=text,
            config=summary_config(STYLES.get(style, STYLES["brief"])),
        )
        return response.text or ""

    async def stream_summary(self, text: str, style: str = "detailed") -> AsyncIterator[str]:
        client = get_gemini()
        async for chunk in await client.aio.models.generate_content_stream(
            model=SUMMARY_MODEL,
            contents=text,
            config=summary_config(STYLES.get(style, STYLES["detailed"])),
        ):
            if chunk.text:
                yield chunk.text

    async def fits_context(self, text: str) -> bool:
        counted = await get_gemini().aio.models.count_tokens(model=SUMMARY_MODEL, contents=text)
        return (counted.total_tokens or 0) < self._max_input_tokens
