"""Question answering over articles: Voyage retrieval + Gemini generation."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from django.conf import settings
from google import genai
from google.genai import types

from ai import prompts
from articles.models import ArticleChunk

from .embeddings import cosine, embed_query

logger = logging.getLogger(__name__)


@dataclass
class Answer:
    text: str
    sources: list[int]
    provider: str = "google"


class QuestionAnswerer:
    def __init__(self, gemini: genai.Client, voyage=None, top_k: int = 4):
        self.gemini = gemini
        self.voyage = voyage
        self.top_k = top_k
        self.model = settings.QA_MODEL

    def retrieve(self, question: str, article_id: int | None = None) -> list[ArticleChunk]:
        qs = ArticleChunk.objects.exclude(embedding=None)
        if article_id:
            qs = qs.filter(article_id=article_id)
        query_vec = embed_query(question, client=self.voyage)
        scored = sorted(qs[:500], key=lambda c: cosine(query_vec, c.embedding), reverse=True)
        candidates = scored[: self.top_k * 3]
        if self.voyage is None or len(candidates) <= self.top_k:
            return candidates[: self.top_k]
        reranked = self.voyage.rerank(
            question,
            [c.text for c in candidates],
            model=settings.RERANK_MODEL,
            top_k=self.top_k,
        )
        return [candidates[r.index] for r in reranked.results]

    def answer(self, question: str, article_id: int | None = None) -> Answer:
        chunks = self.retrieve(question, article_id)
        context = "\n---\n".join(c.text for c in chunks)
        response = self.gemini.models.generate_content(
            model=self.model,
            contents=prompts.render(prompts.QA_USER, context=context, question=question),
            config=types.GenerateContentConfig(
                system_instruction=prompts.QA_SYSTEM,
                temperature=0.2,
                max_output_tokens=512,
            ),
        )
        return Answer(text=response.text or "", sources=[c.article_id for c in chunks])

    async def answer_async(self, question: str, context: str) -> str:
        response = await self.gemini.aio.models.generate_content(
            model=self.model,
            contents=prompts.render(prompts.QA_USER, context=context, question=question),
        )
        return response.text or ""

    def follow_up_chat(self, history: list[tuple[str, str]], question: str) -> str:
        chat = self.gemini.chats.create(
            model=self.model,
            history=[
                types.Content(role=role, parts=[types.Part(text=text)]) for role, text in history
            ],
        )
        reply = chat.send_message(question)
        return reply.text or ""

    def prompt_size(self, question: str, context: str) -> int:
        result = self.gemini.models.count_tokens(
            model=self.model,
            contents=prompts.render(prompts.QA_USER, context=context, question=question),
        )
        return result.total_tokens
