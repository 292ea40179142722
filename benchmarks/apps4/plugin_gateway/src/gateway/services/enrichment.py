"""Conversation titles and keyword tags shown in the chat history sidebar."""
from __future__ import annotations

import logging
from typing import List, Sequence

from openai import AsyncOpenAI
from pydantic import BaseModel

from gateway.clients.sdk_clients import get_async_openai_client
from gateway.schemas import ChatMessage
from gateway.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)

TITLE_MODEL = "gpt-4o-mini"
KEYWORD_MODEL = "gpt-4o-mini"

_keyword_client = AsyncOpenAI(max_retries=2)


class Keywords(BaseModel):
    keywords: List[str]
    language: str


def _transcript(messages: Sequence[ChatMessage], limit: int = 4000) -> str:
    text = "\n".join(f"{m.role}: {m.content}" for m in messages if m.role != "system")
    return text[:limit]


async def generate_title(messages: Sequence[ChatMessage], team: str = "unknown") -> str:
    client = get_async_openai_client()
    async with llm_tracker.track_llm_call(
        provider="openai", model=TITLE_MODEL, feature_context="conversation_title", team=team
    ) as usage_log:
        response = await client.chat.completions.create(
            model=TITLE_MODEL,
            messages=[
                {"role": "system", "content": "Write a 3-6 word title for this conversation."},
                {"role": "user", "content": _transcript(messages)},
            ],
            max_tokens=20,
        )
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    return (response.choices[0].message.content or "Untitled").strip().strip('"')


async def extract_keywords(messages: Sequence[ChatMessage]) -> Keywords:
    completion = await _keyword_client.chat.completions.parse(
        model=KEYWORD_MODEL,
        messages=[
            {"role": "system", "content": "Extract up to 8 topical keywords and the language."},
            {"role": "user", "content": _transcript(messages)},
        ],
        response_format=Keywords,
    )
    parsed = completion.choices[0].message.parsed
    if parsed is None:
        log.warning("keyword extraction refused: %s", completion.choices[0].message.refusal)
        return Keywords(keywords=[], language="und")
    return parsed
