"""Use case: answer a question over a tenant's documents."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import AsyncIterator, List, Optional, Sequence

from docqa import prompts
from docqa.domain import Answer, ChatTurn, Citation, NoRelevantContext, ScoredChunk
from docqa.ports import ChatModel, Embedder, Reranker, VectorIndex
from docqa.utils import timed

logger = logging.getLogger(__name__)

_CITE = re.compile(r"\[(\d+)\]")


@dataclass
class AskCommand:
    tenant_id: str
    question: str
    history: Sequence[ChatTurn] = ()
    document_ids: Optional[List[str]] = None


def _format_context(chunks: List[ScoredChunk]) -> str:
    parts = []
    for i, sc in enumerate(chunks, start=1):
        page = f" (p. {sc.chunk.page})" if sc.chunk.page else ""
        parts.append(f"[{i}]{page} {sc.chunk.embedding_text()}")
    return "\n\n".join(parts)


def _citations(text: str, chunks: List[ScoredChunk]) -> List[Citation]:
    seen = set()
    out: List[Citation] = []
    for m in _CITE.finditer(text):
        idx = int(m.group(1)) - 1
        if 0 <= idx < len(chunks) and idx not in seen:
            seen.add(idx)
            c = chunks[idx].chunk
            out.append(Citation(document_id=c.document_id, chunk_id=c.id, page=c.page, quote=c.text[:200]))
    return out


class AnswerQuestion:
    def __init__(
        self,
        embedder: Embedder,
        index: VectorIndex,
        reranker: Reranker,
        llm: ChatModel,
        *,
        rewriter=None,
        top_k: int = 40,
        top_n: int = 8,
        min_score: float = 0.15,
    ) -> None:
        self._embedder = embedder
        self._index = index
        self._reranker = reranker
        self._llm = llm
        self._rewriter = rewriter
        self._top_k = top_k
        self._top_n = top_n
        self._min_score = min_score

    async def _retrieve(self, cmd: AskCommand) -> List[ScoredChunk]:
        query = cmd.question
        if cmd.history and self._rewriter is not None:
            query = await self._rewriter.rewrite(cmd.history, cmd.question)
        vector = await self._embedder.embed_query(query)
        candidates = await self._index.search(cmd.tenant_id, vector, self._top_k, cmd.document_ids)
        ranked = await self._reranker.rerank(query, candidates, self._top_n)
        kept = [sc for sc in ranked if sc.score >= self._min_score]
        if not kept:
            raise NoRelevantContext(query)
        return kept

    def _turns(self, cmd: AskCommand, chunks: List[ScoredChunk]) -> List[ChatTurn]:
        user = prompts.ANSWER_USER.format(context=_format_context(chunks), question=cmd.question)
        return [*cmd.history[-6:], ChatTurn(role="user", content=user)]

    async def execute(self, cmd: AskCommand) -> Answer:
        with timed("answer") as t:
            try:
                chunks = await self._retrieve(cmd)
            except NoRelevantContext:
                return Answer(
                    question=cmd.question,
                    text="I could not find this in your documents.",
                    citations=[],
                    model="none",
                    grounded=False,
                )
            completion = await self._llm.complete(prompts.ANSWER_SYSTEM, self._turns(cmd, chunks), max_tokens=1200)
        return Answer(
            question=cmd.question,
            text=completion.text,
            citations=_citations(completion.text, chunks),
            model=completion.model,
            latency_ms=t["ms"],
        )

    async def stream(self, cmd: AskCommand) -> AsyncIterator[str]:
        chunks = await self._retrieve(cmd)
        async for piece in self._llm.stream(prompts.ANSWER_SYSTEM, self._turns(cmd, chunks), max_tokens=1200):
            yield piece
