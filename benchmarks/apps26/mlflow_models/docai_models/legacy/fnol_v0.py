"""FNOL classifier from the original POC (openai<1.0 era, rewritten to the module client).

Only still here because `scripts/backfill_fnol_2022.py` imports `classify_fnol`.
"""
import json
import os

import openai

openai.api_key = os.environ.get("OPENAI_API_KEY")

LABELS = ["auto", "property", "liability", "workers_comp", "other"]


def classify_fnol(text, model="gpt-4o-mini"):
    completion = openai.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": "Classify the line of business. Answer with one of: " + ", ".join(LABELS)},
            {"role": "user", "content": text},
        ],
        temperature=0,
    )
    label = completion.choices[0].message.content.strip().lower()
    return label if label in LABELS else "other"


def classify_many(texts):
    return [classify_fnol(t) for t in texts]


def dump_labels(path):
    with open(path, "w") as fh:
        json.dump(LABELS, fh)
