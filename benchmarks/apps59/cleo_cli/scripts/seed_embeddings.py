#!/usr/bin/env python
"""One-off: embed the FAQ with an open embedding model on Together for the search spike."""
from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

from llmtool.providers import get_together_client

EMBED_MODEL = "togethercomputer/m2-bert-80M-8k-retrieval"


def main(faq_path: Path, out: Path) -> None:
    client = get_together_client()
    embed = functools.partial(client.embeddings.create, model=EMBED_MODEL)
    entries = json.loads(faq_path.read_text())
    rows = []
    for i in range(0, len(entries), 32):
        batch = entries[i : i + 32]
        resp = embed(input=[e["question"] + "\n" + e["answer"] for e in batch])
        rows.extend({"id": e["id"], "vector": d.embedding} for e, d in zip(batch, resp.data))
    out.write_text(json.dumps(rows))
    print(f"wrote {len(rows)} vectors to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
