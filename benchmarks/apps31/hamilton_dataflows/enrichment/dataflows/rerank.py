"""Pick the most representative chunks per document (used for the card preview)."""
from __future__ import annotations

import pandas as pd
import voyageai
from hamilton.function_modifiers import config
from together import Together


def _by_doc(chunks: pd.DataFrame) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for doc_id, text in zip(chunks["doc_id"], chunks["text"]):
        grouped.setdefault(doc_id, []).append(text)
    return grouped


@config.when(rerank_provider="voyage")
def preview_chunks__voyage(
    chunks: pd.DataFrame,
    summaries: pd.Series,
    voyage_client: voyageai.Client,
    rerank_model: str = "rerank-2",
    preview_top_k: int = 3,
) -> pd.Series:
    out = {}
    for doc_id, texts in _by_doc(chunks).items():
        if len(texts) <= preview_top_k:
            out[doc_id] = texts
            continue
        ranking = voyage_client.rerank(
            query=summaries.get(doc_id, ""), documents=texts, model=rerank_model, top_k=preview_top_k
        )
        out[doc_id] = [r.document for r in ranking.results]
    return pd.Series(out)


@config.when(rerank_provider="together")
def preview_chunks__together(
    chunks: pd.DataFrame,
    summaries: pd.Series,
    together_client: Together,
    rerank_model: str = "Salesforce/Llama-Rank-V1",
    preview_top_k: int = 3,
) -> pd.Series:
    out = {}
    for doc_id, texts in _by_doc(chunks).items():
        resp = together_client.rerank.create(
            model=rerank_model, query=summaries.get(doc_id, ""), documents=texts, top_n=preview_top_k
        )
        out[doc_id] = [texts[r.index] for r in resp.results]
    return pd.Series(out)


@config.when(rerank_provider="none")
def preview_chunks__none(chunks: pd.DataFrame, preview_top_k: int = 3) -> pd.Series:
    return pd.Series({k: v[:preview_top_k] for k, v in _by_doc(chunks).items()})
