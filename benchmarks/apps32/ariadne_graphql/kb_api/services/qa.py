"""Question answering over the knowledge base (RAG)."""
from __future__ import annotations

import logging
from typing import AsyncIterator

from kb_api.models import Answer, Article, SearchHit
from kb_api.settings import get_settings

log = logging.getLogger(__name__)

ANSWER_SYSTEM = (
    "Answer the question using only the numbered sources. Cite sources like [1]. "
    "If the sources do not contain the answer, say you don't know."
)


def build_context(hits: list[SearchHit], max_chars: int = 12_000) -> str:
    parts, used = [], 0
    for i, hit in enumerate(hits, start=1):
        chunk = f"[{i}] {hit.article.title}\n{hit.article.body[:3000]}"
        if used + len(chunk) > max_chars:
            break
        parts.append(chunk)
        used += len(chunk)
    return "\n\n".join(parts)


class AnswerService:
    """Holds the clients it needs; built per request in the context factory."""

    def __init__(self, llm, embeddings, db):
        self.llm = llm
        self.embeddings = embeddings
        self.db = db
        self.settings = get_settings()

    async def retrieve(self, question: str, k: int = 8) -> list[SearchHit]:
        vector = await self.embeddings.embed_query(question)
        pairs = await self.db.articles.nearest(vector, self.embeddings.model, limit=k)
        return [SearchHit(article=a, score=s) for a, s in pairs]

    async def answer(self, question: str, fast: bool = False) -> Answer:
        hits = await self.retrieve(question)
        context = build_context(hits)
        if fast:
            return await self._answer_fast(question, context, [h.article for h in hits])
        model = self.settings.azure_chat_deployment if self.settings.use_azure else self.settings.openai_chat_model
        response = await self.llm.openai.responses.create(
            model=model,
            instructions=ANSWER_SYSTEM,
            input=f"Sources:\n{context}\n\nQuestion: {question}",
            max_output_tokens=700,
        )
        return Answer(text=response.output_text, sources=[h.article for h in hits], model=model)

    async def _answer_fast(self, question: str, context: str, sources: list[Article]) -> Answer:
        chat = await self.llm.groq.chat.completions.create(
            model=self.settings.groq_model,
            messages=[
                {"role": "system", "content": ANSWER_SYSTEM},
                {"role": "user", "content": f"Sources:\n{context}\n\nQuestion: {question}"},
            ],
            max_tokens=500,
        )
        return Answer(text=chat.choices[0].message.content or "", sources=sources, model=self.settings.groq_model)

    async def stream_answer(self, question: str) -> AsyncIterator[str]:
        hits = await self.retrieve(question, k=6)
        context = build_context(hits)
        async with self.llm.anthropic.messages.stream(
            model=self.settings.anthropic_model,
            max_tokens=800,
            system=ANSWER_SYSTEM,
            messages=[{"role": "user", "content": f"Sources:\n{context}\n\nQuestion: {question}"}],
        ) as stream:
            async for text in stream.text_stream:
                yield text

    async def suggest_followups(self, question: str, answer: Answer, n: int = 3) -> list[str]:
        from kb_api.services.multi_model_service import TaskComplexity, multi_model_service

        text = await multi_model_service.generate_response(
            prompt=f"Question: {question}\nAnswer: {answer.text}\n\nSuggest {n} short follow-up questions, one per line.",
            task_type="qa_followups",
            complexity=TaskComplexity.SIMPLE,
            max_tokens=150,
        )
        return [line.strip("-• ").strip() for line in text.splitlines() if line.strip()][:n]

    async def self_check(self, question: str, answer: Answer) -> bool:
        """Cheap groundedness check with DeepSeek; returns False if the answer looks invented."""
        context = build_context([SearchHit(article=a, score=1.0) for a in answer.sources], max_chars=8000)
        verdict = await self.llm.deepseek.chat.completions.create(
            model=self.settings.deepseek_model,
            messages=[
                {"role": "system", "content": "Reply YES if the answer is supported by the sources, otherwise NO."},
                {"role": "user", "content": f"Sources:\n{context}\n\nQuestion: {question}\nAnswer: {answer.text}"},
            ],
            max_tokens=3,
            temperature=0,
        )
        return (verdict.choices[0].message.content or "").strip().upper().startswith("YES")
