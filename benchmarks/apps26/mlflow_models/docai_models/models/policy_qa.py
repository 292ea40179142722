"""Policy wording Q&A: embed -> vector search -> rerank -> grounded answer (Cohere)."""
from __future__ import annotations

import logging

import numpy as np

from docai_models.models.base import DocAIModel
from docai_models.providers import EMBED_MODEL, RERANK_MODEL
from docai_models.utils.prompts import POLICY_QA

log = logging.getLogger(__name__)


class PolicyIndex:
    """In-memory index loaded from the ``policy_index`` artifact (npz of vectors + texts)."""

    def __init__(self, vectors: np.ndarray, texts: list[str], meta: list[dict]):
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        self.vectors = vectors / np.clip(norms, 1e-9, None)
        self.texts = texts
        self.meta = meta

    @classmethod
    def load(cls, path: str) -> "PolicyIndex":
        data = np.load(path, allow_pickle=True)
        return cls(data["vectors"], list(data["texts"]), list(data["meta"]))

    def search(self, query_vec: np.ndarray, k: int = 25) -> list[int]:
        q = query_vec / max(np.linalg.norm(query_vec), 1e-9)
        scores = self.vectors @ q
        return list(np.argsort(-scores)[:k])


class PolicyQAModel(DocAIModel):
    text_column = "question"
    output_columns = ["answer", "citations", "latency_ms"]

    def on_load(self, context):
        self.co = self.registry.get("cohere")
        self.chat_model = self.registry.model("cohere")
        self.index = PolicyIndex.load(self.artifacts["policy_index"])
        self.top_n = int(self.model_config.get("top_n", 5))

    def _embed_query(self, question: str) -> np.ndarray:
        resp = self.co.embed(
            texts=[question],
            model=EMBED_MODEL,
            input_type="search_query",
            embedding_types=["float"],
        )
        return np.asarray(resp.embeddings.float_[0], dtype=np.float32)

    def _rerank(self, question: str, candidates: list[int]) -> list[int]:
        docs = [self.index.texts[i] for i in candidates]
        reranked = self.co.rerank(model=RERANK_MODEL, query=question, documents=docs, top_n=self.top_n)
        return [candidates[r.index] for r in reranked.results]

    def _too_long(self, question: str, limit: int = 512) -> bool:
        tokens = self.co.tokenize(text=question, model=self.chat_model)
        return len(tokens.tokens) > limit

    def predict_row(self, row, params):
        question = row[self.text_column]
        if self._too_long(question):
            return {"answer": None, "citations": [], "error": "question_too_long"}
        candidates = self.index.search(self._embed_query(question), k=int(params.get("k", 25)))
        top = self._rerank(question, candidates)
        excerpts = "\n\n".join(f"[{n + 1}] {self.index.texts[i]}" for n, i in enumerate(top))
        resp = self.co.chat(
            model=self.chat_model,
            messages=[
                {"role": "system", "content": "Policy excerpts:\n" + excerpts},
                {"role": "user", "content": POLICY_QA.render(question=question)},
            ],
            temperature=0.1,
        )
        answer = resp.message.content[0].text
        return {"answer": answer, "citations": [self.index.meta[i] for i in top]}
