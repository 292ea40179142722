"""Original labelling script (pre-ZenML). Still used by the quarterly re-label job.

It calls Anthropic over plain HTTP because at the time the SDK pinned an old
httpx that clashed with our airflow image.
"""

from __future__ import annotations

import csv
import os
import sys
import time

import requests
from openai import OpenAI

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
LABELS = ["billing", "bug", "feature_request", "account", "other"]


def label_http(body: str, model: str = "claude-3-haiku-20240307") -> str:
    headers = {
        "x-api-key": os.environ["ANTHROPIC_API_KEY"],
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    }
    payload = {
        "model": model,
        "max_tokens": 10,
        "messages": [
            {"role": "user", "content": f"Label ({', '.join(LABELS)}) this ticket:\n{body}\nLabel:"}
        ],
    }
    r = requests.post(ANTHROPIC_URL, headers=headers, json=payload, timeout=30)
    r.raise_for_status()
    return r.json()["content"][0]["text"].strip().lower()


def label_openai(body: str) -> str:
    client = OpenAI()
    out = client.completions.create(
        model="gpt-3.5-turbo-instruct",
        prompt=f"Label ({', '.join(LABELS)}) this ticket:\n{body}\nLabel:",
        max_tokens=5,
        temperature=0,
    )
    return out.choices[0].text.strip().lower()


def main(in_path: str, out_path: str, backend: str = "anthropic") -> None:
    fn = label_http if backend == "anthropic" else label_openai
    with open(in_path) as fin, open(out_path, "w", newline="") as fout:
        reader = csv.DictReader(fin)
        writer = csv.DictWriter(fout, fieldnames=[*reader.fieldnames, "label"])
        writer.writeheader()
        for row in reader:
            row["label"] = fn(row["body"])
            writer.writerow(row)
            time.sleep(0.2)


if __name__ == "__main__":
    main(*sys.argv[1:])
