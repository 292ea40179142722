#!/usr/bin/env python3
"""Compare caption providers on a folder of reference images.

For each image with a ``.txt`` reference caption, generate captions with each
provider and score them by embedding similarity to the reference, plus an
LLM judge score.  Writes a CSV report.
"""
import argparse
import csv
import math
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "plug-ins"))

from ai_common import get_openai_client  # noqa: E402
from ai_common.vision import DESCRIBERS  # noqa: E402

JUDGE_PROMPT = (
    "Reference caption: {ref}\nCandidate caption: {cand}\n"
    "Rate how well the candidate describes the same image, 1-10. Answer with the number only."
)


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def embed(texts):
    resp = get_openai_client().embeddings.create(model="text-embedding-3-small", input=texts)
    return [d.embedding for d in resp.data]


def judge(ref, cand, judge_client):
    msg = judge_client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=4,
        messages=[{"role": "user", "content": JUDGE_PROMPT.format(ref=ref, cand=cand)}],
    )
    try:
        return int(msg.content[0].text.strip().split()[0])
    except (ValueError, IndexError):
        return 0


def main():
    import anthropic

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder")
    parser.add_argument("--out", default="caption_eval.csv")
    parser.add_argument("--providers", default="anthropic,google,openai")
    args = parser.parse_args()

    judge_client = anthropic.Anthropic()
    providers = args.providers.split(",")
    rows = []
    for name in sorted(os.listdir(args.folder)):
        if not name.lower().endswith(".png"):
            continue
        ref_path = os.path.join(args.folder, os.path.splitext(name)[0] + ".txt")
        if not os.path.exists(ref_path):
            continue
        with open(ref_path, encoding="utf-8") as fh:
            ref = fh.read().strip()
        with open(os.path.join(args.folder, name), "rb") as fh:
            png = fh.read()
        captions = {p: DESCRIBERS[p](png, "Describe the image in one sentence.") for p in providers}
        vectors = embed([ref] + [captions[p] for p in providers])
        for i, p in enumerate(providers, start=1):
            rows.append({
                "image": name,
                "provider": p,
                "caption": captions[p],
                "similarity": round(cosine(vectors[0], vectors[i]), 4),
                "judge": judge(ref, captions[p], judge_client),
            })
        print(name, "done")

    with open(args.out, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["image", "provider", "caption", "similarity", "judge"])
        writer.writeheader()
        writer.writerows(rows)
    print("wrote", args.out)


if __name__ == "__main__":
    main()
