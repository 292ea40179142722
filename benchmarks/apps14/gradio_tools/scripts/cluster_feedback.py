#!/usr/bin/env python
"""Cluster thumbs-down feedback comments from all tools to find recurring problems.

Monthly, by hand:  python scripts/cluster_feedback.py feedback.csv --k 12
"""
import argparse
import csv
from collections import Counter, defaultdict

import numpy as np
from openai import OpenAI
from sklearn.cluster import KMeans

EMBED_MODEL = "text-embedding-3-small"


def embed_all(client, texts, batch_size=256):
    out = []
    for i in range(0, len(texts), batch_size):
        resp = client.embeddings.create(model=EMBED_MODEL, input=texts[i:i + batch_size])
        out.extend(item.embedding for item in resp.data)
    return np.array(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv_path")
    ap.add_argument("--k", type=int, default=10)
    args = ap.parse_args()

    with open(args.csv_path, newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["rating"] == "down" and r["comment"].strip()]
    texts = [r["comment"].strip() for r in rows]
    print(f"{len(texts)} negative comments")

    client = OpenAI()
    X = embed_all(client, texts)
    km = KMeans(n_clusters=args.k, n_init="auto", random_state=7)
    labels = km.fit_predict(X)

    by_cluster = defaultdict(list)
    for label, row in zip(labels, rows):
        by_cluster[label].append(row)
    for label, items in sorted(by_cluster.items(), key=lambda kv: -len(kv[1])):
        tools = Counter(r["tool"] for r in items).most_common(3)
        print(f"\n=== cluster {label}: {len(items)} comments, tools={tools}")
        for r in items[:5]:
            print("  -", r["comment"][:160])


if __name__ == "__main__":
    main()
