"""Nightly: chunk the help-centre export and embed it for tools/support_reply/kb.py.

    python -m scripts.build_kb_index --export data/helpcentre.json
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

from common.clients import get_mistral
from common.logging_setup import get_logger
from common.settings import get_settings
from common.text_utils import chunk_by_tokens
from tools.support_reply.kb import INDEX_DIR

log = get_logger("build_kb_index")
BATCH = 64


def load_chunks(export_path: Path):
    articles = json.loads(export_path.read_text(encoding="utf-8"))
    for art in articles:
        if art.get("draft") or art.get("locale", "en-us") != "en-us":
            continue
        for i, text in enumerate(chunk_by_tokens(art["body_text"], max_tokens=400, overlap=50)):
            yield {"id": f"{art['id']}-{i}", "title": art["title"], "url": art["html_url"],
                   "text": text}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--export", type=Path, required=True)
    args = parser.parse_args()

    chunks = list(load_chunks(args.export))
    log.info("kb_chunks", count=len(chunks))
    client = get_mistral()
    model = get_settings().embed_model
    vectors = []
    for start in range(0, len(chunks), BATCH):
        batch = chunks[start:start + BATCH]
        res = client.embeddings.create(model=model, inputs=[c["text"] for c in batch])
        vectors.extend(d.embedding for d in res.data)
        time.sleep(0.2)  # stay under the 6 req/s workspace limit

    INDEX_DIR.mkdir(parents=True, exist_ok=True)
    np.save(INDEX_DIR / "vectors.npy", np.array(vectors, dtype=np.float32))
    (INDEX_DIR / "chunks.json").write_text(json.dumps(chunks), encoding="utf-8")
    log.info("kb_index_written", path=str(INDEX_DIR))


if __name__ == "__main__":
    main()
