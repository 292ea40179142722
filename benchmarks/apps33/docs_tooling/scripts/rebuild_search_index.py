#!/usr/bin/env python
"""Rebuild the docs search index from a built site and evaluate retrieval quality.

    python scripts/rebuild_search_index.py site/ --eval 30
"""
from __future__ import annotations

import argparse
import json
import logging
import random
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import doctools
from doctools.search import CohereEmbedder, SearchIndex
from doctools.search.index import split_page

log = logging.getLogger("rebuild-index")


def load_pages(site_dir: Path) -> list[tuple[str, str, str]]:
    pages = []
    for md in sorted(site_dir.rglob("*.md")):
        text = md.read_text("utf-8")
        title = text.splitlines()[0].lstrip("# ") if text else md.stem
        pages.append((str(md.relative_to(site_dir).with_suffix("")) + "/", title, text))
    return pages


def embed_parallel(co, texts: list[str], model: str, workers: int = 4) -> list[list[float]]:
    batches = [texts[i : i + 96] for i in range(0, len(texts), 96)]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [
            pool.submit(co.embed, texts=batch, model=model, input_type="search_document", embedding_types=["float"])
            for batch in batches
        ]
        vectors: list[list[float]] = []
        for fut in futures:
            vectors.extend(fut.result().embeddings.float_)
    return vectors


def synthetic_questions(co, chunk_text: str, n: int = 2) -> list[str]:
    res = co.chat(
        model="command-r-08-2024",
        messages=[
            {"role": "system", "content": "Write questions a developer might ask that this text answers. One per line."},
            {"role": "user", "content": chunk_text[:3000]},
        ],
        max_tokens=120,
    )
    lines = [ln.strip("-• ").strip() for ln in res.message.content[0].text.splitlines()]
    return [ln for ln in lines if ln.endswith("?")][:n]


def evaluate(index: SearchIndex, co, embedder: CohereEmbedder, samples: int) -> float:
    random.seed(7)
    picked = random.sample(range(len(index.chunks)), min(samples, len(index.chunks)))
    hits_at_5 = 0
    total = 0
    for i in picked:
        chunk = index.chunks[i]
        for q in synthetic_questions(co, chunk.text):
            total += 1
            candidates = index.search(embedder.embed_query(q), k=25)
            reranked = co.rerank(
                model="rerank-english-v3.0",
                query=q,
                documents=[c["text"] for c in candidates],
                top_n=5,
            )
            urls = {candidates[r.index]["url"] for r in reranked.results}
            hits_at_5 += chunk.url in urls
    return hits_at_5 / total if total else 0.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("site_dir", type=Path)
    parser.add_argument("--out", type=Path, default=Path("site/search/vectors.json"))
    parser.add_argument("--eval", type=int, default=0)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)

    settings = doctools.get_settings()
    co = doctools.get_cohere_client()
    pages = load_pages(args.site_dir)
    chunks = [c for url, title, md in pages for c in split_page(url, title, md)]
    vectors = embed_parallel(co, [c.text for c in chunks], settings.cohere_embed_model)
    import numpy as np

    index = SearchIndex(chunks=chunks, vectors=np.asarray(vectors, dtype=np.float32))
    index.save(args.out)
    log.info("wrote %d chunks to %s", len(chunks), args.out)

    if args.eval:
        score = evaluate(index, co, CohereEmbedder(co, settings.cohere_embed_model), args.eval)
        print(json.dumps({"hit_rate_at_5": round(score, 3)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
