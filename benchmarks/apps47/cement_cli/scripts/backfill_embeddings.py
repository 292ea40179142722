#!/usr/bin/env python
"""One-off: backfill embeddings for old incident exports into the search index.

    python scripts/backfill_embeddings.py exports/ --provider cohere
"""
import argparse
import glob
import json
import os

import cohere
from openai import OpenAI


def load_texts(folder):
    out = []
    for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
        with open(path) as fh:
            inc = json.load(fh)
        out.append((path, inc.get("title", "") + "\n" + "\n".join(e["text"] for e in inc.get("timeline", []))))
    return out


def embed_openai(texts):
    client = OpenAI()
    resp = client.embeddings.create(model="text-embedding-3-small", input=texts)
    return [d.embedding for d in resp.data]


def embed_cohere(texts):
    co = cohere.ClientV2(api_key=os.environ["CO_API_KEY"])
    resp = co.embed(
        texts=texts,
        model="embed-english-v3.0",
        input_type="search_document",
        embedding_types=["float"],
    )
    return resp.embeddings.float_


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--provider", choices=["openai", "cohere"], default="cohere")
    ap.add_argument("--out", default="backfill.jsonl")
    args = ap.parse_args()
    items = load_texts(args.folder)
    fn = embed_openai if args.provider == "openai" else embed_cohere
    with open(args.out, "w") as fh:
        for i in range(0, len(items), 64):
            batch = items[i:i + 64]
            vecs = fn([t for _, t in batch])
            for (path, _), vec in zip(batch, vecs):
                fh.write(json.dumps({"path": path, "vec": vec}) + "\n")
    print(f"wrote {len(items)} vectors to {args.out}")


if __name__ == "__main__":
    main()
