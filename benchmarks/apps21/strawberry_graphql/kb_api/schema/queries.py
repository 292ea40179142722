from __future__ import annotations

import logging
from typing import Optional

import strawberry
from google.genai import types as genai_types

from kb_api.context import Context
from kb_api.llm import get_openai
from kb_api.schema.permissions import IsAdmin, IsAuthenticated, LLMRateLimit
from kb_api.schema.types import (
    AnswerPayload,
    Article,
    ChatTurnInput,
    IndexStatus,
    PlaygroundRow,
    SearchResult,
    WebAnswerPayload,
)
from kb_api.services.playground import Playground
from kb_api.services.multi_model_service import TaskComplexity, multi_model_service

logger = logging.getLogger(__name__)

Info = strawberry.Info[Context, None]


@strawberry.type
class Query:
    @strawberry.field(permission_classes=[IsAuthenticated])
    async def article(self, info: Info, id: strawberry.ID) -> Optional[Article]:
        row = await info.context.article_loader.load(str(id))
        return Article.from_row(row) if row else None

    @strawberry.field(permission_classes=[IsAuthenticated])
    async def articles(self, info: Info, space_id: strawberry.ID, first: int = 20, offset: int = 0) -> list[Article]:
        rows = await info.context.articles.list_space(str(space_id), limit=min(first, 100), offset=offset)
        return [Article.from_row(r) for r in rows]

    @strawberry.field(permission_classes=[IsAuthenticated])
    async def search(self, info: Info, query: str, first: int = 8, rerank: bool = False) -> list[SearchResult]:
        hits = await info.context.search.search(query, k=first, rerank=rerank)
        return [
            SearchResult(article_id=strawberry.ID(h.chunk.article_id), snippet=h.chunk.text[:280], score=h.score)
            for h in hits
        ]

    @strawberry.field(permission_classes=[IsAuthenticated])
    async def similar_articles(self, info: Info, article_id: strawberry.ID, first: int = 5) -> list[SearchResult]:
        row = await info.context.article_loader.load(str(article_id))
        if row is None:
            return []
        vector = await info.context.embedding_loader.load(f"{row.title}\n{row.body[:2000]}")
        chunks = await info.context.chunks.nearest(vector, k=first + 5)
        seen, out = {row.id}, []
        for c in chunks:
            if c.article_id in seen:
                continue
            seen.add(c.article_id)
            out.append(SearchResult(article_id=strawberry.ID(c.article_id), snippet=c.text[:200], score=0.0))
        return out[:first]

    @strawberry.field(permission_classes=[IsAuthenticated, LLMRateLimit])
    async def ask(
        self,
        info: Info,
        question: str,
        history: Optional[list[ChatTurnInput]] = None,
        with_followups: bool = False,
    ) -> AnswerPayload:
        ctx = info.context
        turns = [{"role": t.role, "content": t.content} for t in history or []]
        answer = await ctx.answers.answer(question, turns, tenant_id=ctx.viewer.tenant_id)
        followups = await ctx.answers.suggest_followups(question, answer.text) if with_followups else []
        return AnswerPayload(
            text=answer.text,
            citations=[strawberry.ID(c) for c in answer.citations],
            model=answer.model,
            followups=followups,
        )

    @strawberry.field(permission_classes=[IsAuthenticated, LLMRateLimit])
    async def ask_web(self, info: Info, question: str) -> WebAnswerPayload:
        res = await info.context.web.ask(question)
        return WebAnswerPayload(text=res.text, sources=res.sources)

    @strawberry.field(permission_classes=[IsAuthenticated, LLMRateLimit])
    async def explain_snippet(self, info: Info, code: str, language: str = "python") -> str:
        # quick one-off added for the docs team; should probably live in a service
        gemini = info.context.llm.gemini
        resp = await gemini.aio.models.generate_content(
            model="gemini-2.0-flash",
            contents=f"Explain what this {language} snippet does, for a support engineer:\n\n{code}",
            config=genai_types.GenerateContentConfig(temperature=0.3, max_output_tokens=600),
        )
        return resp.text or ""

    @strawberry.field(permission_classes=[IsAuthenticated, LLMRateLimit])
    async def suggest_title(self, info: Info, body: str) -> str:
        return await multi_model_service.generate_response(
            prompt=f"Suggest a short, specific title for this article:\n\n{body[:6000]}",
            task_type="chat",
            complexity=TaskComplexity.SIMPLE,
            tenant_id=info.context.viewer.tenant_id,
        )

    @strawberry.field(permission_classes=[IsAuthenticated])
    async def translation_estimate(self, info: Info, article_id: strawberry.ID) -> int:
        row = await info.context.article_loader.load(str(article_id))
        return info.context.translator.estimate_tokens(row.body) if row else 0

    @strawberry.field(permission_classes=[IsAdmin])
    def available_models(self) -> list[str]:
        return sorted(m.id for m in get_openai().models.list())

    @strawberry.field(permission_classes=[IsAdmin])
    async def compare_models(self, info: Info, prompt: str, targets: list[str]) -> list[PlaygroundRow]:
        """``targets`` look like ``openai:gpt-4o-mini`` or ``hf:meta-llama/Llama-3.1-8B-Instruct``."""
        pairs = [tuple(t.split(":", 1)) for t in targets if ":" in t]
        results = await Playground(info.context.llm).compare(prompt, pairs)  # type: ignore[arg-type]
        return [PlaygroundRow(provider=r.provider, model=r.model, text=r.text, latency_ms=r.latency_ms, error=r.error) for r in results]

    @strawberry.field(permission_classes=[IsAdmin])
    def index_status(self, info: Info) -> IndexStatus:
        indexer = info.context.request.app.state.indexer
        return IndexStatus(pending=indexer.queue.qsize(), running=indexer.running, last_error=indexer.last_error)
