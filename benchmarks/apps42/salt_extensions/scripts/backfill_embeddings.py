#!/usr/bin/env python3
"""
Backfill embeddings for the runbook index used by ``cohere_llm.rerank`` and
``job_review.similar_incidents``.

    ./scripts/backfill_embeddings.py /srv/runbooks --out /srv/runbooks/index.json
"""
import argparse
import glob
import json
import os
import sys

import cohere

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lib"))

from saltext_llm import embed_texts, get_openai  # noqa: E402


def load_docs(root):
    docs = []
    for path in sorted(glob.glob(os.path.join(root, "**", "*.md"), recursive=True)):
        with open(path, encoding="utf-8") as fh:
            docs.append({"path": os.path.relpath(path, root), "text": fh.read()})
    return docs


def cohere_vectors(texts, batch=96):
    co = cohere.ClientV2(api_key=os.environ["CO_API_KEY"])
    out = []
    for i in range(0, len(texts), batch):
        resp = co.embed(
            texts=texts[i : i + batch],
            model="embed-english-v3.0",
            input_type="search_document",
            embedding_types=["float"],
        )
        out.extend(resp.embeddings.float_)
    return out


def main(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("root")
    p.add_argument("--out", required=True)
    p.add_argument("--provider", choices=["cohere", "openai"], default="cohere")
    args = p.parse_args(argv)

    docs = load_docs(args.root)
    texts = [d["text"][:8000] for d in docs]
    if args.provider == "cohere":
        vectors = cohere_vectors(texts)
    else:
        vectors = embed_texts(get_openai(), texts)
    for doc, vec in zip(docs, vectors):
        doc["embedding"] = vec
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(docs, fh)
    print("wrote {} docs to {}".format(len(docs), args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
