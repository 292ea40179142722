"""chat.session.closed -> transcript summary, title and search vector."""
from __future__ import annotations

import asyncio
from typing import Any, Dict, List

from core.consumer import Consumer, Message, handles
from core.llm_usage_tracker import llm_tracker
from core.services import Services
from core.settings import settings
from llm import *  # noqa: F401,F403
from shared.text import truncate_tokens

SUMMARY_SYSTEM = "Summarise this support chat: the customer's problem, what was tried, the outcome."


def render(transcript: List[Dict[str, Any]]) -> str:
    return "\n".join(f"{t['speaker']}: {t['text']}" for t in transcript)


@handles("chat.session.closed")
class ChatTranscriptHandler(Consumer):
    async def summarise(self, text: str) -> str:
        model = settings.llm.chat_model
        async with llm_tracker.track_llm_call(
            provider="openai",
            model=model,
            feature_context="chat_transcript_summary",
        ) as usage_log:
            response = await Services.llm_async.chat.completions.create(
                model=model,
                messages=[
                    {"role": "system", "content": SUMMARY_SYSTEM},
                    {"role": "user", "content": text},
                ],
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""

    async def title(self, text: str) -> str:
        response = await Services.llm_async.chat.completions.create(
            model=DEFAULT_CHAT_MODEL,
            messages=[{"role": "user", "content": "A 6-word title for this chat:\n" + text[:3000]}],
            max_tokens=20,
        )
        return (response.choices[0].message.content or "").strip().strip('"')

    async def vector(self, text: str) -> List[float]:
        result = await get_async_openai().embeddings.create(
            model=DEFAULT_EMBEDDING_MODEL,
            input=text[:8000],
        )
        return result.data[0].embedding

    async def handle(self, message: Message) -> None:
        text = truncate_tokens(render(message.value.get("transcript", [])), 30_000)
        if not text:
            return
        summary, title, vector = await asyncio.gather(
            self.summarise(text), self.title(text), self.vector(text)
        )
        Services.jobs.submit(
            "chat.store_summary",
            {"session_id": message.value["session_id"], "summary": summary, "title": title, "vector": vector},
        )
