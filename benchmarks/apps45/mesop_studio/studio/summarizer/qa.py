"""Question answering over an uploaded document."""

from __future__ import annotations

import asyncio
import logging

from google.genai import types

from studio.backends import get_genai_client
from studio.backends.embeddings import Embedder
from studio.prompts import render
from studio.services.llm_usage_tracker import llm_tracker
from studio.services.multi_model_service import TaskComplexity, multi_model_service
from studio.summarizer.chunking import chunk_text

log = logging.getLogger(__name__)


class DocumentQA:
    def __init__(self, text: str, embedder: Embedder | None = None, chunk_chars: int = 1500):
        self.chunks = chunk_text(text, max_chars=chunk_chars, overlap=100)
        self.embedder = embedder or Embedder("openai")

    def context_for(self, question: str, k: int = 4) -> str:
        ranked = self.embedder.rank(question, self.chunks, top_k=k)
        return "\n\n".join(self.chunks[i] for i, _ in ranked)

    async def answer(self, question: str) -> str:
        context = self.context_for(question)
        messages = render("qa", context=context, question=question)
        resp = await multi_model_service.generate_response(
            prompt=messages[1]["content"],
            task_type="document_qa",
            complexity=TaskComplexity.STANDARD,
            system=messages[0]["content"],
        )
        return resp.text

    async def answer_with_gemini(self, question: str, model: str = "gemini-2.0-flash") -> str:
        context = self.context_for(question)
        messages = render("qa", context=context, question=question)
        client = get_genai_client()
        async with llm_tracker.track_llm_call(
            provider="google", model=model, feature_context="document_qa"
        ) as usage_log:
            resp = await client.aio.models.generate_content(
                model=model,
                contents=messages[1]["content"],
                config=types.GenerateContentConfig(system_instruction=messages[0]["content"]),
            )
            usage_log.input_tokens = resp.usage_metadata.prompt_token_count or 0
            usage_log.output_tokens = resp.usage_metadata.candidates_token_count or 0
        return resp.text or ""

    async def suggest_questions(self, n: int = 3, model: str = "gemini-2.0-flash") -> list[str]:
        # FIXME: not tracked yet, ported from the hackathon branch
        client = get_genai_client()
        resp = await client.aio.models.generate_content(
            model=model,
            contents=f"Suggest {n} questions a reader might ask about:\n\n{self.chunks[0][:3000]}",
        )
        return [q.strip("-• ").strip() for q in (resp.text or "").splitlines() if q.strip()][:n]


def answer_sync(text: str, question: str) -> str:
    return asyncio.run(DocumentQA(text).answer(question))
