"""Main retrieval-augmented answering API: rewrite -> retrieve -> rerank -> answer -> grade."""
from __future__ import annotations

import logging
import time
from collections import defaultdict

import litserve as ls
from fastapi import HTTPException
from pydantic import BaseModel, Field

from apis.llm import get_cohere_client, get_mistral_client, get_openai_client
from config import get_settings
from pipeline.answer import generate_answer
from pipeline.grading import AnswerGrader
from pipeline.guardrails import check_input, refusal, scrub_output
from pipeline.rerank import Reranker
from pipeline.rewrite import QueryRewriter
from retrieval import Embedder, VectorStore

log = logging.getLogger(__name__)


class RAGRequest(BaseModel):
    question: str = Field(min_length=1, max_length=4000)
    history: list[dict] = Field(default_factory=list)
    top_n: int | None = None
    provider: str | None = None
    grade: bool | None = None
    session_id: str | None = None


class ConversationMemory:
    """In-process per-session history (sticky sessions on the LB, so this is fine for now)."""

    def __init__(self, max_turns: int = 12) -> None:
        self.max_turns = max_turns
        self._sessions: dict[str, list[dict]] = defaultdict(list)

    def chat(self, session_id: str, role: str, content: str) -> list[dict]:
        """Append a turn and return the trimmed history for the session."""
        turns = self._sessions[session_id]
        turns.append({"role": role, "content": content})
        del turns[: max(0, len(turns) - self.max_turns)]
        return list(turns)

    def history(self, session_id: str) -> list[dict]:
        return list(self._sessions.get(session_id, []))


class RAGAPI(ls.LitAPI):
    def setup(self, device):
        self.settings = get_settings()
        s = self.settings
        if s.embed_provider == "mistral":
            self.embedder = Embedder(get_mistral_client(), s.mistral_embed_model, provider="mistral")
        else:
            self.embedder = Embedder(get_openai_client(), s.embed_model)
        self.store = VectorStore.load(s.index_dir, s.embed_dim)
        self.rewriter = QueryRewriter(model=s.rewrite_model)
        self.reranker = Reranker(get_cohere_client(), use_llm_fallback=s.use_llm_rerank_fallback, model=s.rerank_model)
        self.grader = AnswerGrader(s.grader_model) if s.grade_answers else None
        self.memory = ConversationMemory()
        log.info("RAGAPI ready on %s with %d chunks", device, len(self.store))

    def decode_request(self, request):
        if isinstance(request, dict):
            request = RAGRequest(**request)
        return request

    def batch(self, inputs):
        return list(inputs)

    def predict(self, x):
        if isinstance(x, list):
            return [self._answer_one(r) for r in x]
        return self._answer_one(x)

    def unbatch(self, output):
        return list(output)

    def _answer_one(self, req: RAGRequest) -> dict:
        s = self.settings
        t0 = time.perf_counter()
        history = req.history or (self.memory.history(req.session_id) if req.session_id else [])
        verdict = check_input(history[-4:] + [{"role": "user", "content": req.question}])
        if not verdict.allowed:
            return {"answer": refusal(verdict), "sources": [], "blocked": True}
        query = self.rewriter.rewrite(req.question, history)
        hits = self.store.search(self.embedder.embed_query(query), k=s.top_k)
        if not hits:
            return {"answer": "I don't know - the index is empty.", "sources": [], "query": query}
        ranked = self.reranker(query, hits, top_n=req.top_n or s.top_n)
        passages = [r.hit.doc.text for r in ranked]
        result = generate_answer(req.question, passages, req.provider or s.answer_provider, s.max_tokens)
        if req.session_id:
            self.memory.chat(req.session_id, "user", req.question)
            self.memory.chat(req.session_id, "assistant", result.text)
        out = {
            "answer": scrub_output(result.text),
            "query": query,
            "provider": result.provider,
            "model": result.model,
            "sources": [{"id": r.hit.doc.id, "relevance": r.relevance} for r in ranked],
            "usage": {"input_tokens": result.input_tokens, "output_tokens": result.output_tokens},
        }
        if self.grader and (req.grade if req.grade is not None else True):
            out["grade"] = vars(self.grader.grade(req.question, passages, result.text))
        out["latency_ms"] = round((time.perf_counter() - t0) * 1000, 1)
        return out

    def encode_response(self, output):
        if output.get("error"):
            raise HTTPException(status_code=502, detail=output["error"])
        return output
