"""Retrieval-augmented answers for the 'Ask the KB' box."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import AsyncIterator, Sequence

from openai import AsyncOpenAI

from kb_api.config import get_settings
from kb_api.cost import completion_cost
from kb_api.llm.prompts import build_answer_messages
from kb_api.services.llm_usage_tracker import llm_tracker
from kb_api.services.search_service import SearchHit, SearchService

logger = logging.getLogger(__name__)


@dataclass
class Answer:
    text: str
    citations: list[str] = field(default_factory=list)
    model: str = ""
    cost_usd: float = 0.0


class AnswerService:
    def __init__(self, client: AsyncOpenAI, search: SearchService, model: str | None = None) -> None:
        self.client = client
        self.search = search
        self.model = model or get_settings().answer_model

    @staticmethod
    def _passages(hits: Sequence[SearchHit]) -> list[tuple[str, str]]:
        return [(h.chunk.article_id, h.chunk.text) for h in hits]

    async def answer(self, question: str, history: list[dict] | None = None, tenant_id: str | None = None) -> Answer:
        hits = await self.search.search(question, k=6)
        messages = build_answer_messages(question, self._passages(hits), history)
        async with llm_tracker.track_llm_call(
            provider="openai", model=self.model, feature_context="kb_answer", tenant_id=tenant_id
        ) as usage_log:
            resp = await self.client.chat.completions.create(
                model=self.model,
                messages=messages,
                temperature=0.1,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return Answer(
            text=resp.choices[0].message.content or "",
            citations=[h.chunk.article_id for h in hits],
            model=self.model,
            cost_usd=completion_cost(self.model, resp.usage),
        )

    async def stream_answer(self, question: str, history: list[dict] | None = None) -> AsyncIterator[str]:
        """Token stream for the subscription. Usage isn't tracked here yet (KB-412)."""
        hits = await self.search.search(question, k=6)
        messages = build_answer_messages(question, self._passages(hits), history)
        stream = await self.client.chat.completions.create(
            model=self.model,
            messages=messages,
            stream=True,
            stream_options={"include_usage": True},
        )
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content

    async def suggest_followups(self, question: str, answer: str) -> list[str]:
        resp = await self.client.responses.create(
            model="gpt-4o-mini",
            instructions="Suggest three short follow-up questions, one per line.",
            input=f"Q: {question}\nA: {answer}",
            max_output_tokens=120,
        )
        return [line.strip("-• ").strip() for line in resp.output_text.splitlines() if line.strip()][:3]
