from __future__ import annotations

import asyncio
import logging
from functools import partial

from anthropic import AsyncAnthropic

from app.config import Settings
from app.domain.models import Document
from app.services.bedrock_gateway import BedrockGateway
from app.services.llm_usage_tracker import LLMUsageTracker

logger = logging.getLogger(__name__)

STYLES = {
    "bullets": "Summarize as 3-7 concise bullet points.",
    "paragraph": "Summarize in one tight paragraph.",
    "exec": "Write an executive summary: context, key findings, recommended actions.",
}


class SummaryService:
    def __init__(
        self,
        settings: Settings,
        anthropic_client: AsyncAnthropic,
        gateway: BedrockGateway,
        tracker: LLMUsageTracker,
    ) -> None:
        self._settings = settings
        self._claude = anthropic_client
        self._gateway = gateway
        self._tracker = tracker

    def _instructions(self, style: str, max_words: int) -> str:
        return f"{STYLES.get(style, STYLES['bullets'])} Keep it under {max_words} words."

    async def summarize(self, doc: Document, style: str = "bullets", max_words: int = 200) -> tuple[str, str]:
        backend = self._settings.summary_backend
        if backend == "bedrock":
            return await self._summarize_bedrock(doc, style, max_words), "bedrock"
        return await self._summarize_claude(doc, style, max_words), "anthropic"

    async def _summarize_claude(self, doc: Document, style: str, max_words: int) -> str:
        # tracked: summaries are the biggest line item on the anthropic bill
        async with self._tracker.track_llm_call(
            provider="anthropic", model=self._settings.anthropic_model, feature_context="summary"
        ) as usage_log:
            msg = await self._claude.messages.create(
                model=self._settings.anthropic_model,
                max_tokens=1024,
                system=self._instructions(style, max_words),
                messages=[{"role": "user", "content": f"<document title=\"{doc.title}\">\n{doc.text}\n</document>"}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        return msg.content[0].text

    async def _summarize_bedrock(self, doc: Document, style: str, max_words: int) -> str:
        call = partial(
            self._gateway.converse,
            self._instructions(style, max_words),
            f"Title: {doc.title}\n\n{doc.text}",
            max_tokens=1024,
        )
        return await asyncio.to_thread(call)

    async def stream_summary(self, doc: Document, style: str = "bullets"):
        async with self._claude.messages.stream(
            model=self._settings.anthropic_model,
            max_tokens=1024,
            system=self._instructions(style, 250),
            messages=[{"role": "user", "content": doc.text}],
        ) as stream:
            async for text in stream.text_stream:
                yield text

    async def title_for(self, doc: Document) -> str:
        msg = await self._claude.messages.create(
            model=self._settings.anthropic_fast_model,
            max_tokens=30,
            messages=[{"role": "user", "content": f"Give a short title (max 8 words) for:\n\n{doc.text[:3000]}"}],
        )
        return msg.content[0].text.strip().strip('"')
