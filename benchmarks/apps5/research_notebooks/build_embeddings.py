#!/usr/bin/env python
"""Embed the help-center corpus with one provider and save an .npy + ids file.

    python build_embeddings.py --provider cohere
    python build_embeddings.py --provider openai --workers 4
    python build_embeddings.py --provider ollama   # local, slow but free
"""
import argparse
import json
import logging
from concurrent.futures import ThreadPoolExecutor, as_completed

import numpy as np
import ollama
from tqdm import tqdm

import config
from clients import co, get_client, openai_client
from common.hf_client import get_inference_client
from helpers import chunked, load_frame, setup_logging

logger = logging.getLogger("build_embeddings")

gclient = get_client("google")


def embed_cohere(batch):
    resp = co.embed(
        texts=batch,
        model=config.COHERE_EMBED_MODEL,
        input_type="search_document",
        embedding_types=["float"],
    )
    return resp.embeddings.float_


def embed_gemini(batch):
    resp = gclient.models.embed_content(model=config.GEMINI_EMBED_MODEL, contents=batch)
    return [e.values for e in resp.embeddings]


def embed_hf(batch):
    hf = get_inference_client()
    arr = hf.feature_extraction(batch, model=config.HF_EMBED_MODEL, normalize=True)
    return arr.tolist()


def embed_ollama(batch):
    out = ollama.embed(model=config.OLLAMA_EMBED_MODEL, input=batch)
    return out["embeddings"]


EMBEDDERS = {
    "cohere": embed_cohere,
    "gemini": embed_gemini,
    "hf": embed_hf,
    "ollama": embed_ollama,
}


def embed_openai_parallel(texts, workers):
    """OpenAI is the one we hit with many parallel batches, so it gets its own path."""
    batches = list(chunked(texts, config.EMBED_BATCH_SIZE))
    results = [None] * len(batches)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {}
        for i, batch in enumerate(batches):
            fut = pool.submit(
                openai_client.embeddings.create,
                model=config.OPENAI_EMBED_MODEL,
                input=batch,
            )
            futures[fut] = i
        for fut in tqdm(as_completed(futures), total=len(futures), desc="openai"):
            resp = fut.result()
            results[futures[fut]] = [d.embedding for d in resp.data]
    return [v for batch in results for v in batch]


def save_shard(out_dir, name, vectors, ids):
    out_dir.mkdir(parents=True, exist_ok=True)
    np.save(out_dir / f"{name}.npy", np.asarray(vectors, dtype=np.float32))
    (out_dir / f"{name}.ids.json").write_text(json.dumps(list(ids)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--provider", choices=sorted(EMBEDDERS) + ["openai"], default="cohere")
    ap.add_argument("--workers", type=int, default=config.MAX_WORKERS)
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    setup_logging()

    df = load_frame("helpcenter_articles")
    if args.limit:
        df = df.head(args.limit)
    texts = (df["title"].fillna("") + "\n\n" + df["body"].fillna("")).tolist()
    logger.info("embedding %d articles with %s", len(texts), args.provider)

    if args.provider == "openai":
        vectors = embed_openai_parallel(texts, args.workers)
    else:
        fn = EMBEDDERS[args.provider]
        vectors = []
        for batch in tqdm(list(chunked(texts, config.EMBED_BATCH_SIZE)), desc=args.provider):
            vectors.extend(fn(batch))

    out_dir = config.OUTPUT_DIR / "embeddings"
    # writing is slow on the NFS mount, do the shards in the background
    with ThreadPoolExecutor(max_workers=2) as writer:
        pending = [
            writer.submit(save_shard, out_dir, args.provider, vectors, df["article_id"]),
            writer.submit(df[["article_id", "title"]].to_parquet, out_dir / "articles.parquet"),
        ]
        for p in pending:
            p.result()
    logger.info("saved %d vectors (dim=%d) to %s", len(vectors), len(vectors[0]), out_dir)


if __name__ == "__main__":
    main()
