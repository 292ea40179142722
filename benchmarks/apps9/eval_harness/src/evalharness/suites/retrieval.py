"""Embedding / reranking suite: recall@k and nDCG over a small BEIR-style subset.

Unlike the generation suites this one does not use model adapters; it compares embedding
providers directly, so each provider gets a small embed function below.
"""
from __future__ import annotations

import json
import logging
import math
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, Dict, List, Sequence

import numpy as np

from evalharness.clients import (
    get_cohere_client,
    get_genai_client,
    get_mistral_client,
    get_openai_client,
)
from evalharness.suites import BenchmarkSuite, suite
from evalharness.utils import chunked

logger = logging.getLogger(__name__)

EmbedFn = Callable[[Sequence[str], str], np.ndarray]


def _embed_openai(texts: Sequence[str], kind: str) -> np.ndarray:
    client = get_openai_client()
    batches = list(chunked(list(texts), 512))
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [
            pool.submit(client.embeddings.create, model="text-embedding-3-small", input=batch)
            for batch in batches
        ]
        vectors = [d.embedding for fut in futures for d in fut.result().data]
    return np.asarray(vectors, dtype=np.float32)


def _embed_cohere(texts: Sequence[str], kind: str) -> np.ndarray:
    co = get_cohere_client()
    input_type = "search_query" if kind == "query" else "search_document"
    out: List[List[float]] = []
    for batch in chunked(list(texts), 96):
        resp = co.embed(
            texts=batch,
            model="embed-english-v3.0",
            input_type=input_type,
            embedding_types=["float"],
        )
        out.extend(resp.embeddings.float_)
    return np.asarray(out, dtype=np.float32)


def _embed_mistral(texts: Sequence[str], kind: str) -> np.ndarray:
    client = get_mistral_client()
    out: List[List[float]] = []
    for batch in chunked(list(texts), 64):
        res = client.embeddings.create(model="mistral-embed", inputs=batch)
        out.extend(d.embedding for d in res.data)
    return np.asarray(out, dtype=np.float32)


def _embed_gemini(texts: Sequence[str], kind: str) -> np.ndarray:
    client = get_genai_client()
    task_type = "RETRIEVAL_QUERY" if kind == "query" else "RETRIEVAL_DOCUMENT"
    out: List[List[float]] = []
    for batch in chunked(list(texts), 100):
        result = client.models.embed_content(
            model="gemini-embedding-001",
            contents=batch,
            config={"task_type": task_type, "output_dimensionality": 768},
        )
        out.extend(e.values for e in result.embeddings)
    return np.asarray(out, dtype=np.float32)


EMBEDDERS: Dict[str, EmbedFn] = {
    "openai": _embed_openai,
    "cohere": _embed_cohere,
    "mistral": _embed_mistral,
    "gemini": _embed_gemini,
}


def _normalise(m: np.ndarray) -> np.ndarray:
    return m / np.clip(np.linalg.norm(m, axis=1, keepdims=True), 1e-12, None)


def ndcg_at_k(ranked: List[str], relevant: Dict[str, int], k: int) -> float:
    dcg = sum(relevant.get(doc, 0) / math.log2(i + 2) for i, doc in enumerate(ranked[:k]))
    ideal = sorted(relevant.values(), reverse=True)[:k]
    idcg = sum(rel / math.log2(i + 2) for i, rel in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


@suite("retrieval")
class RetrievalSuite(BenchmarkSuite):
    def __init__(self, spec):
        super().__init__(spec)
        self.k = int(spec.options.get("k", 10))
        self.rerank_model = spec.options.get("rerank_model", "rerank-v3.5")

    def _load(self):
        with open(self._path(), encoding="utf-8") as fh:
            data = json.load(fh)
        return data["corpus"], data["queries"], data["qrels"]

    def rerank(self, query: str, doc_ids: List[str], corpus: Dict[str, str]) -> List[str]:
        co = get_cohere_client()
        resp = co.rerank(
            model=self.rerank_model,
            query=query,
            documents=[corpus[d] for d in doc_ids],
            top_n=self.k,
        )
        return [doc_ids[r.index] for r in resp.results]

    def evaluate(self) -> Dict[str, Dict[str, float]]:
        corpus, queries, qrels = self._load()
        doc_ids = list(corpus)
        results: Dict[str, Dict[str, float]] = {}
        for name in self.spec.embedders or list(EMBEDDERS):
            embed = EMBEDDERS[name]
            logger.info("embedding %d docs with %s", len(doc_ids), name)
            doc_m = _normalise(embed([corpus[d] for d in doc_ids], "document"))
            q_ids = list(queries)
            q_m = _normalise(embed([queries[q] for q in q_ids], "query"))
            scores = q_m @ doc_m.T
            ndcg, ndcg_rr = [], []
            for qi, qid in enumerate(q_ids):
                top = [doc_ids[j] for j in np.argsort(-scores[qi])[: self.k * 5]]
                ndcg.append(ndcg_at_k(top, qrels.get(qid, {}), self.k))
                if self.spec.options.get("rerank", False):
                    ndcg_rr.append(ndcg_at_k(self.rerank(queries[qid], top, corpus), qrels.get(qid, {}), self.k))
            results[name] = {f"ndcg@{self.k}": float(np.mean(ndcg))}
            if ndcg_rr:
                results[name][f"ndcg@{self.k}+rerank"] = float(np.mean(ndcg_rr))
        return results
