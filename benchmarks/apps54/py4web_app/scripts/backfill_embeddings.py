#!/usr/bin/env python
"""One-off: embed an exported KB dump (JSONL) without going through py4web.

Writes vectors to an .npy-compatible JSON file the import job picks up.
"""
import argparse
import json
import os

import voyageai

BATCH = 128


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dump")
    ap.add_argument("out")
    ap.add_argument("--model", default="voyage-3")
    args = ap.parse_args()

    vo = voyageai.Client(api_key=os.environ["VOYAGE_API_KEY"])
    with open(args.dump) as fh:
        articles = [json.loads(line) for line in fh if line.strip()]

    texts = [a["title"] + "\n\n" + a["body"] for a in articles]
    total = vo.count_tokens(texts, model=args.model)
    print("about to embed %d articles, %d tokens" % (len(texts), total))

    vectors = []
    for i in range(0, len(texts), BATCH):
        res = vo.embed(texts[i : i + BATCH], model=args.model, input_type="document")
        vectors.extend(res.embeddings)
        print("  %d/%d (%d tokens)" % (min(i + BATCH, len(texts)), len(texts), res.total_tokens))

    with open(args.out, "w") as fh:
        json.dump({"model": args.model, "ids": [a["id"] for a in articles], "vectors": vectors}, fh)


if __name__ == "__main__":
    main()
