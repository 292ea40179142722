#!/usr/bin/env python
"""Quick eval of caption quality against a hand-labelled CSV, using the raw
Ollama REST API (the GPU box in the lab has no Python SDKs installed).
"""
from __future__ import annotations

import base64
import csv
import sys
from pathlib import Path

import requests

OLLAMA = "http://127.0.0.1:11434"


def ask(model: str, image_path: Path, prompt: str) -> str:
    payload = {
        "model": model,
        "prompt": prompt,
        "images": [base64.b64encode(image_path.read_bytes()).decode()],
        "stream": False,
    }
    r = requests.post(f"{OLLAMA}/api/generate", json=payload, timeout=120)
    r.raise_for_status()
    return r.json()["response"]


def main(csv_path: str, model: str = "llava:13b"):
    rows = list(csv.DictReader(open(csv_path)))
    hits = 0
    for row in rows:
        answer = ask(model, Path(row["image"]), "Which stain is shown? One word.")
        ok = row["stain"].lower() in answer.lower()
        hits += ok
        print(f"{row['image']}: {answer!r} {'OK' if ok else 'MISS'}")
    # health check, not a model call
    requests.get(f"{OLLAMA}/api/tags", timeout=5)
    print(f"accuracy {hits}/{len(rows)}")


if __name__ == "__main__":
    main(*sys.argv[1:])
