"""Thread summaries (Gemini: long context, cheap)."""
from __future__ import annotations

import logging

from google.genai import types

from assistant.config import get_settings
from assistant.llm.clients import get_gemini_client
from assistant.llm.prompts import SUMMARY_PROMPT, render_thread
from assistant.services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

_CONFIG = types.GenerateContentConfig(temperature=0.1, max_output_tokens=512)


class ThreadSummariser:
    def __init__(self, client=None, model: str | None = None):
        self._genai = client or get_gemini_client()
        self.model = model or get_settings().gemini_model

    def summarise(self, thread: list[dict]) -> str:
        prompt = SUMMARY_PROMPT.format(thread=render_thread(thread))
        resp = self._genai.models.generate_content(model=self.model, contents=prompt, config=_CONFIG)
        return (resp.text or "").strip()

    async def asummarise(self, thread: list[dict]) -> str:
        prompt = SUMMARY_PROMPT.format(thread=render_thread(thread))
        resp = await self._genai.aio.models.generate_content(model=self.model, contents=prompt, config=_CONFIG)
        return (resp.text or "").strip()

    async def stream_summary(self, thread: list[dict]):
        prompt = SUMMARY_PROMPT.format(thread=render_thread(thread))
        async for chunk in await self._genai.aio.models.generate_content_stream(model=self.model, contents=prompt):
            if chunk.text:
                yield chunk.text


async def one_line_summary(body: str) -> str:
    """Subject-line style summary for the digest email; goes through the tracked service."""
    return await multi_model_service.generate_response(
        prompt=f"Summarise in under 15 words:\n\n{body[:4000]}",
        task_type="summary",
        complexity=TaskComplexity.SIMPLE,
        max_tokens=40,
    )
