"""Answer generation used by the Slack and Discord front-ends."""
from __future__ import annotations

import logging
from typing import AsyncIterator, Dict, List, Optional

from pydantic import BaseModel, Field

from bot.config import get_settings
from bot.llm import get_async_anthropic, get_openai
from bot.llm.prompts import SUPPORT_SYSTEM_PROMPT, faq_context_block
from bot.models import SearchHit
from bot.services.llm_usage_tracker import llm_tracker
from bot.services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)


class AnswerDraft(BaseModel):
    answer: str = Field(description="Reply to send to the customer, Slack mrkdwn")
    confidence: float = Field(ge=0, le=1)
    cited_article_ids: List[int] = Field(default_factory=list)
    should_escalate: bool = False


def _with_context(question: str, hits: List[SearchHit]) -> str:
    if not hits:
        return question
    return f"Help-center excerpts:\n{faq_context_block(hits)}\n\nCustomer question:\n{question}"


class AnswerService:
    def __init__(self, aclient=None, openai_client=None) -> None:
        self._aclient = aclient or get_async_anthropic()
        self._openai = openai_client or get_openai()
        self._settings = get_settings()

    async def answer(self, question: str, history: List[Dict[str, str]], hits: List[SearchHit]) -> str:
        """Main tracked answer path."""
        model = self._settings.answer_model
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=model, feature_context="support_answer"
        ) as usage_log:
            message = await self._aclient.messages.create(
                model=model,
                max_tokens=1024,
                system=SUPPORT_SYSTEM_PROMPT,
                messages=history + [{"role": "user", "content": _with_context(question, hits)}],
            )
            usage_log.input_tokens = message.usage.input_tokens
            usage_log.output_tokens = message.usage.output_tokens
        return "".join(b.text for b in message.content if b.type == "text")

    async def quick_ack(self, question: str) -> str:
        """One-line acknowledgement shown while the full answer is generated."""
        message = await self._aclient.messages.create(
            model=self._settings.fast_model,
            max_tokens=60,
            messages=[
                {
                    "role": "user",
                    "content": "Write a one-sentence, friendly acknowledgement (no answer) for this "
                    f"support question:\n{question[:1000]}",
                }
            ],
        )
        return message.content[0].text

    async def stream_answer(
        self, question: str, history: List[Dict[str, str]], hits: List[SearchHit]
    ) -> AsyncIterator[str]:
        async with self._aclient.messages.stream(
            model=self._settings.answer_model,
            max_tokens=1024,
            system=SUPPORT_SYSTEM_PROMPT,
            messages=history + [{"role": "user", "content": _with_context(question, hits)}],
        ) as stream:
            async for text in stream.text_stream:
                yield text

    def draft_for_agent(self, question: str, hits: List[SearchHit]) -> AnswerDraft:
        """Structured draft for the human-in-the-loop queue (agents approve before sending)."""
        completion = self._openai.chat.completions.parse(
            model=self._settings.openai_chat_model,
            messages=[
                {"role": "system", "content": SUPPORT_SYSTEM_PROMPT},
                {"role": "user", "content": _with_context(question, hits)},
            ],
            response_format=AnswerDraft,
        )
        draft = completion.choices[0].message.parsed
        if draft is None:
            return AnswerDraft(answer="", confidence=0.0, should_escalate=True)
        return draft

    async def rewrite_tone(self, text: str, tone: str = "empathetic") -> str:
        return await multi_model_service.generate_response(
            prompt=f"Rewrite this support reply in a more {tone} tone, same facts:\n\n{text}",
            task_type="tone_rewrite",
            complexity=TaskComplexity.SIMPLE,
        )


_service: Optional[AnswerService] = None


def get_answer_service() -> AnswerService:
    global _service
    if _service is None:
        _service = AnswerService()
    return _service
