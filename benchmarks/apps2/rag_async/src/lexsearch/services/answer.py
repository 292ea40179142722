"""Answer generation over retrieved passages."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, AsyncIterator

from lexsearch.container import container
from lexsearch.interfaces import ChatMessage
from lexsearch.services.llm_usage_tracker import llm_tracker

if TYPE_CHECKING:
    from lexsearch.interfaces import ChatModel, Passage
    from lexsearch.services.query_rewriter import QueryRewriter
    from lexsearch.services.retrieval import HybridRetriever

logger = logging.getLogger(__name__)

ANSWER_SYSTEM = """You are a legal research assistant. Answer only from the numbered sources.
Cite every proposition as [n]. If the sources do not answer the question, say so.
Never state that something is settled law unless a source says so."""


@dataclass
class ResearchAnswer:
    question: str
    text: str
    sources: list["Passage"] = field(default_factory=list)
    follow_ups: list[str] = field(default_factory=list)
    model: str = ""


def _format_sources(passages: list["Passage"]) -> str:
    return "\n\n".join(
        f"[{i}] {p.citation or p.doc_id}\n{p.text}" for i, p in enumerate(passages, start=1)
    )


class AnswerService:
    def __init__(
        self, rewriter: "QueryRewriter", retriever: "HybridRetriever", chat: "ChatModel"
    ) -> None:
        self._rewriter = rewriter
        self._retriever = retriever
        self._chat = chat

    async def _context(self, question: str, tenant_id: str) -> tuple[list["Passage"], list[ChatMessage]]:
        rewritten = await self._rewriter.rewrite(question)
        passages = await self._retriever.retrieve(rewritten, tenant_id)
        prompt = f"Sources:\n{_format_sources(passages)}\n\nQuestion: {question}"
        return passages, [ChatMessage(role="user", content=prompt)]

    async def answer(self, question: str, tenant_id: str) -> ResearchAnswer:
        passages, messages = await self._context(question, tenant_id)
        completion = await self._chat.complete(
            system=ANSWER_SYSTEM, messages=messages, max_tokens=1500
        )
        logger.info(
            "answered for tenant=%s model=%s tokens=%d/%d",
            tenant_id,
            completion.model,
            completion.input_tokens,
            completion.output_tokens,
        )
        return ResearchAnswer(
            question=question, text=completion.text, sources=passages, model=completion.model
        )

    async def stream_answer(self, question: str, tenant_id: str) -> AsyncIterator[str]:
        _, messages = await self._context(question, tenant_id)
        async for delta in self._chat.stream(ANSWER_SYSTEM, messages, max_tokens=1500):
            yield delta

    async def follow_up_questions(self, answer: ResearchAnswer, tenant_id: str) -> list[str]:
        prompt = (
            "Suggest three follow-up research questions a litigator would ask next. "
            'Return JSON: {"questions": [...]}.\n\n'
            f"Question: {answer.question}\n\nAnswer: {answer.text}"
        )
        async with llm_tracker.track_llm_call(
            feature="answer_follow_ups", tenant_id=tenant_id
        ) as usage_log:
            message = await container.anthropic.messages.create(
                model=container.settings.models.answer_model,
                max_tokens=400,
                messages=[{"role": "user", "content": prompt}],
            )
            usage_log.input_tokens = message.usage.input_tokens
            usage_log.output_tokens = message.usage.output_tokens
        try:
            return list(json.loads(message.content[0].text)["questions"])[:3]
        except (json.JSONDecodeError, KeyError, IndexError, AttributeError):
            return []

    async def related_topics(self, answer: ResearchAnswer) -> list[str]:
        """Short topic labels shown as chips under the answer."""
        response = await container.cohere.chat(
            model="command-a-03-2025",
            messages=[
                {
                    "role": "user",
                    "content": "List up to five short legal topic labels, one per line, for:\n"
                    + answer.text[:4000],
                }
            ],
            max_tokens=80,
        )
        text = response.message.content[0].text if response.message.content else ""
        return [line.strip("-• ").strip() for line in text.splitlines() if line.strip()][:5]
