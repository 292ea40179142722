"""Retrieval-augmented answers over the runbook index.

Used by the CLI ``rag`` command and the nightly answer-quality eval.  The MCP
``ask_docs`` tool has its own async version in tools/docs.py.
"""
from __future__ import annotations

import asyncio
import json
import logging
from typing import Iterator, List, Optional

from helix_mcp.clients import get_anthropic, get_cohere, get_openai
from helix_mcp.config import get_settings
from helix_mcp.models import DocHit
from helix_mcp.retry import retry_call
from helix_mcp.search_index import DocumentIndex, rerank_hits
from helix_mcp.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)

SYSTEM = (
    "You answer questions about the platform team's systems using only the provided excerpts. "
    "Cite excerpts as [n]. If the excerpts don't contain the answer, say so."
)

GRADER = (
    "Grade the answer to the question for faithfulness to the sources and completeness. "
    'Reply with JSON only: {"faithful": 0-5, "complete": 0-5, "notes": "..."}'
)


def _messages(question: str, hits: List[DocHit]) -> list:
    context = "\n\n".join(f"[{i + 1}] ({h.title})\n{h.text}" for i, h in enumerate(hits))
    return [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": f"Excerpts:\n{context}\n\nQuestion: {question}"},
    ]


class Answerer:
    def __init__(self, index: DocumentIndex, model: Optional[str] = None):
        self.settings = get_settings()
        self.index = index
        self.model = model or self.settings.chat_model
        self.llm = get_openai()
        self.reranker = get_cohere()

    def retrieve(self, question: str, k: int = 6) -> List[DocHit]:
        candidates = self.index.search(question, limit=40)
        return rerank_hits(self.reranker, question, candidates, top_n=k, model=self.settings.cohere_rerank_model)

    def answer(self, question: str) -> str:
        hits = self.retrieve(question)
        completion = retry_call(
            self.llm.chat.completions.create,
            model=self.model,
            messages=_messages(question, hits),
            temperature=0.1,
        )
        return completion.choices[0].message.content or ""

    def stream_answer(self, question: str) -> Iterator[str]:
        hits = self.retrieve(question)
        stream = self.llm.chat.completions.create(
            model=self.model,
            messages=_messages(question, hits),
            stream=True,
            stream_options={"include_usage": True},
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content
            if chunk.usage is not None:
                log.info("rag answer used %d tokens", chunk.usage.total_tokens)

    def relevance_scores(self, question: str, documents: List[str]) -> List[float]:
        """Score arbitrary documents against a question (used by the eval job)."""
        if not documents:
            return []
        ranked = get_cohere().rerank(
            model=self.settings.cohere_rerank_model,
            query=question,
            documents=documents,
            top_n=len(documents),
        )
        scores = [0.0] * len(documents)
        for r in ranked.results:
            scores[r.index] = r.relevance_score
        return scores

    async def grade_answer(self, question: str, answer: str, sources: List[str]) -> dict:
        """LLM-as-judge grade.  Tracked: the eval job runs this thousands of times."""
        client = get_anthropic()
        prompt = f"Question: {question}\n\nSources:\n" + "\n---\n".join(sources) + f"\n\nAnswer:\n{answer}"
        async with llm_tracker.track_llm_call(
            provider="anthropic",
            model=self.settings.claude_fast_model,
            feature_context="rag_eval_grading",
        ) as usage_log:
            msg = await asyncio.to_thread(
                client.messages.create,
                model=self.settings.claude_fast_model,
                max_tokens=300,
                system=GRADER,
                messages=[{"role": "user", "content": prompt}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        try:
            return json.loads(msg.content[0].text)
        except (ValueError, IndexError):
            log.warning("grader returned non-JSON: %r", msg.content)
            return {"faithful": None, "complete": None, "notes": "unparseable"}
