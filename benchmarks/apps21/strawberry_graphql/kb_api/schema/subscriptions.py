from __future__ import annotations

import asyncio
import logging
from typing import AsyncGenerator, Optional

import strawberry

from kb_api.context import Context
from kb_api.schema.permissions import IsAuthenticated, LLMRateLimit
from kb_api.schema.types import AnswerToken, ChatTurnInput
from kb_api.services.summarizer import stream_summary

logger = logging.getLogger(__name__)

Info = strawberry.Info[Context, None]


@strawberry.type
class Subscription:
    @strawberry.subscription(permission_classes=[IsAuthenticated, LLMRateLimit])
    async def answer_stream(
        self, info: Info, question: str, history: Optional[list[ChatTurnInput]] = None
    ) -> AsyncGenerator[AnswerToken, None]:
        turns = [{"role": t.role, "content": t.content} for t in history or []]
        async for delta in info.context.answers.stream_answer(question, turns):
            yield AnswerToken(delta=delta)
        yield AnswerToken(delta="", done=True)

    @strawberry.subscription(permission_classes=[IsAuthenticated, LLMRateLimit])
    async def web_answer_stream(self, info: Info, question: str) -> AsyncGenerator[AnswerToken, None]:
        async for delta in info.context.web.stream(question):
            yield AnswerToken(delta=delta)
        yield AnswerToken(delta="", done=True)

    @strawberry.subscription(permission_classes=[IsAuthenticated])
    async def summary_stream(self, info: Info, article_id: strawberry.ID) -> AsyncGenerator[AnswerToken, None]:
        row = await info.context.article_loader.load(str(article_id))
        if row is None:
            return
        async for delta in stream_summary(info.context.llm.mistral, row.body):
            yield AnswerToken(delta=delta)
        yield AnswerToken(delta="", done=True)

    @strawberry.subscription(permission_classes=[IsAuthenticated])
    async def translation_stream(
        self, info: Info, article_id: strawberry.ID, language: str
    ) -> AsyncGenerator[AnswerToken, None]:
        row = await info.context.article_loader.load(str(article_id))
        if row is None:
            return
        async for delta in info.context.translator.stream_translation(row.body, language):
            yield AnswerToken(delta=delta)
        yield AnswerToken(delta="", done=True)

    @strawberry.subscription(permission_classes=[IsAuthenticated, LLMRateLimit])
    async def chat_stream(self, info: Info, prompt: str, model: str = "zephyr") -> AsyncGenerator[AnswerToken, None]:
        """Playground chat against open models (internal users only)."""
        hf = info.context.llm.hf
        stream = await hf.chat_completion(
            messages=[{"role": "user", "content": prompt}],
            model="HuggingFaceH4/zephyr-7b-beta" if model == "zephyr" else model,
            max_tokens=512,
            stream=True,
        )
        async for chunk in stream:
            delta = chunk.choices[0].delta.content
            if delta:
                yield AnswerToken(delta=delta)
        yield AnswerToken(delta="", done=True)

    @strawberry.subscription
    async def index_progress(self, info: Info) -> AsyncGenerator[int, None]:
        indexer = info.context.request.app.state.indexer
        while True:
            yield indexer.queue.qsize()
            await asyncio.sleep(2)
