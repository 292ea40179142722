#!/usr/bin/env python
"""Offline retrieval eval: recall@k with and without voyage reranking."""
from __future__ import annotations

import asyncio
import json
import os
from functools import partial
from pathlib import Path

import numpy as np
import voyageai
from openai import OpenAI

DATA = Path(__file__).parent / "retrieval_eval.json"


def cosine(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (b @ a) / (np.linalg.norm(b, axis=1) * np.linalg.norm(a) + 1e-9)


async def evaluate(k: int = 5) -> dict:
    data = json.loads(DATA.read_text())
    corpus = [d["text"] for d in data["corpus"]]
    vo = voyageai.Client(api_key=os.environ["VOYAGE_API_KEY"])
    oai = OpenAI()
    embed = partial(oai.embeddings.create, model="text-embedding-3-small")

    corpus_vecs = np.array([d.embedding for d in embed(input=corpus).data])
    hits_plain = hits_rerank = 0
    for q in data["queries"]:
        qv = np.array(embed(input=[q["text"]]).data[0].embedding)
        order = np.argsort(-cosine(qv, corpus_vecs))[: k * 4]
        candidates = [corpus[i] for i in order]
        hits_plain += int(q["gold"] in [data["corpus"][i]["id"] for i in order[:k]])
        rr = await asyncio.to_thread(vo.rerank, q["text"], candidates, model="rerank-2", top_k=k)
        reranked_ids = [data["corpus"][order[r.index]]["id"] for r in rr.results]
        hits_rerank += int(q["gold"] in reranked_ids)
    n = len(data["queries"])
    return {"recall_plain": hits_plain / n, "recall_rerank": hits_rerank / n}


if __name__ == "__main__":
    print(asyncio.run(evaluate()))
