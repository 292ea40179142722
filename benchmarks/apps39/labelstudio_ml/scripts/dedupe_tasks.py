"""Find near-duplicate tasks in an export before importing them.

Uses common.embeddings by default; ``--titan`` uses Bedrock Titan embeddings
(the compliance team's requirement for some projects).
"""
import argparse
import json

import numpy as np

from common import get_bedrock_runtime
from common.embeddings import embed_texts

TITAN_EMBED = "amazon.titan-embed-text-v2:0"


def titan_embed(texts):
    runtime = get_bedrock_runtime()
    out = []
    for t in texts:
        resp = runtime.invoke_model(
            modelId=TITAN_EMBED,
            body=json.dumps({"inputText": t[:8000], "dimensions": 512, "normalize": True}),
        )
        out.append(json.loads(resp["body"].read())["embedding"])
    return out


def near_duplicates(vectors, threshold: float):
    m = np.asarray(vectors, dtype=float)
    m /= np.linalg.norm(m, axis=1, keepdims=True) + 1e-9
    sims = m @ m.T
    pairs = []
    for i in range(len(m)):
        for j in range(i + 1, len(m)):
            if sims[i, j] >= threshold:
                pairs.append((i, j, float(sims[i, j])))
    return pairs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tasks_json")
    ap.add_argument("--field", default="text")
    ap.add_argument("--threshold", type=float, default=0.95)
    ap.add_argument("--titan", action="store_true")
    args = ap.parse_args()
    with open(args.tasks_json) as fh:
        tasks = json.load(fh)
    texts = [str(t["data"].get(args.field, "")) for t in tasks]
    vectors = titan_embed(texts) if args.titan else embed_texts(texts)
    for i, j, s in near_duplicates(vectors, args.threshold):
        print(f"{tasks[i].get('id')}\t{tasks[j].get('id')}\t{s:.3f}")


if __name__ == "__main__":
    main()
