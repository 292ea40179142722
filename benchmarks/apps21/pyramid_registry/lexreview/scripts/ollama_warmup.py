"""Cron (06:45 weekdays): make sure the sealed-matter models are pulled and loaded
before reviewers arrive, then run a canary prompt through the REST API."""
import logging
import os
import sys

import requests

from lexreview.legacy.ollama_summarize import ensure_model

log = logging.getLogger("lexreview.warmup")

HOST = os.environ.get("OLLAMA_HOST", "http://127.0.0.1:11434")
MODELS = ("llama3.1:8b", "nomic-embed-text")
CANARY = "List three elements of a breach of contract claim, one per line."


def main():
    logging.basicConfig(level=logging.INFO)
    for model in MODELS:
        ensure_model(model)

    version = requests.get(f"{HOST}/api/version", timeout=5).json().get("version")
    log.info("ollama %s", version)

    r = requests.post(
        f"{HOST}/api/generate",
        json={"model": MODELS[0], "prompt": CANARY, "stream": False, "keep_alive": "10h"},
        timeout=600,
    )
    r.raise_for_status()
    body = r.json()
    log.info("canary ok: %d tokens in %.1fs", body.get("eval_count", 0), body.get("total_duration", 0) / 1e9)
    return 0


if __name__ == "__main__":
    sys.exit(main())
