from __future__ import annotations

import logging

from anthropic import APIStatusError, AsyncAnthropic
from openai import AsyncOpenAI, RateLimitError

from app.config import Settings
from app.domain.models import AskRequest, AskResponse, Citation, ScoredChunk
from app.repositories.chunks import ChunkRepository
from app.services.embedding_service import EmbeddingService
from app.services.rerank import Reranker
from app.services.tokens import fit_chunks

logger = logging.getLogger(__name__)

SYSTEM_PROMPT = (
    "You answer questions strictly from the provided context. "
    "Cite passages as [n]. If the answer is not in the context, say you don't know."
)


def _format_context(chunks: list[ScoredChunk]) -> str:
    return "\n\n".join(f"[{i + 1}] {c.chunk.text}" for i, c in enumerate(chunks))


class QAService:
    def __init__(
        self,
        settings: Settings,
        openai_client: AsyncOpenAI,
        anthropic_client: AsyncAnthropic,
        embeddings: EmbeddingService,
        reranker: Reranker,
        chunks: ChunkRepository,
    ) -> None:
        self.settings = settings
        self.openai = openai_client
        self.anthropic = anthropic_client
        self.embeddings = embeddings
        self.reranker = reranker
        self.chunks = chunks

    async def retrieve(self, req: AskRequest) -> list[ScoredChunk]:
        qvec = await self.embeddings.embed_query(req.question)
        candidates = await self.chunks.nearest(qvec, k=req.top_k * 3, document_ids=req.document_ids)
        ranked = await self.reranker.rerank(req.question, candidates, top_k=req.top_k)
        kept = fit_chunks([c.chunk.text for c in ranked], budget=6000)
        return ranked[: len(kept)]

    async def answer(self, req: AskRequest) -> AskResponse:
        context = await self.retrieve(req)
        user = f"Context:\n{_format_context(context)}\n\nQuestion: {req.question}"
        try:
            completion = await self.openai.chat.completions.create(
                model=self.settings.openai_chat_model,
                messages=[
                    {"role": "system", "content": SYSTEM_PROMPT},
                    {"role": "user", "content": user},
                ],
                temperature=0.1,
            )
            text = completion.choices[0].message.content or ""
            model = completion.model
        except RateLimitError:
            logger.warning("openai rate limited, falling back to anthropic")
            text, model = await self._answer_with_claude(user)
        return AskResponse(
            answer=text,
            citations=[
                Citation(document_id=c.chunk.document_id, chunk_id=c.chunk.id, score=c.score)
                for c in context
            ],
            model=model,
        )

    async def _answer_with_claude(self, user: str) -> tuple[str, str]:
        try:
            msg = await self.anthropic.messages.create(
                model=self.settings.anthropic_fast_model,
                max_tokens=1024,
                system=SYSTEM_PROMPT,
                messages=[{"role": "user", "content": user}],
            )
        except APIStatusError as exc:
            logger.error("anthropic fallback failed: %s", exc)
            raise
        return "".join(b.text for b in msg.content if b.type == "text"), msg.model

    async def stream_answer(self, req: AskRequest):
        context = await self.retrieve(req)
        stream = await self.openai.chat.completions.create(
            model=self.settings.openai_chat_model,
            messages=[
                {"role": "system", "content": SYSTEM_PROMPT},
                {"role": "user", "content": f"Context:\n{_format_context(context)}\n\nQuestion: {req.question}"},
            ],
            stream=True,
            stream_options={"include_usage": True},
        )
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content

    async def suggest_followups(self, question: str, answer: str, n: int = 3) -> list[str]:
        """Structured follow-up suggestions via tool use (forces JSON shape)."""
        tool = {
            "name": "suggest_followups",
            "description": "Return follow-up questions the user might ask next.",
            "input_schema": {
                "type": "object",
                "properties": {"questions": {"type": "array", "items": {"type": "string"}}},
                "required": ["questions"],
            },
        }
        msg = await self.anthropic.messages.create(
            model=self.settings.anthropic_fast_model,
            max_tokens=300,
            tools=[tool],
            tool_choice={"type": "tool", "name": "suggest_followups"},
            messages=[
                {
                    "role": "user",
                    "content": f"Question: {question}\nAnswer: {answer}\nSuggest {n} follow-up questions.",
                }
            ],
        )
        for block in msg.content:
            if block.type == "tool_use":
                return list(block.input.get("questions", []))[:n]
        return []
