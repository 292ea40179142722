#!/usr/bin/env python
"""Export note embeddings computed with a Together model (for the research notebook)."""

from __future__ import annotations

import json
import sys
from concurrent.futures import ThreadPoolExecutor

from together import Together

from notes_app.domain.repositories import NoteRepository
from notes_app.jobs.base import job_container

MODEL = "togethercomputer/m2-bert-80M-8k-retrieval"


def main(out_path: str) -> None:
    with job_container() as c:
        repo = c.get(NoteRepository)
        client = c.get(Together)
        notes = repo.list(limit=5000)
        with ThreadPoolExecutor(max_workers=8) as pool:
            futures = [
                (n.id, pool.submit(client.embeddings.create, model=MODEL, input=n.body[:8000]))
                for n in notes
            ]
            with open(out_path, "w") as fh:
                for note_id, fut in futures:
                    fh.write(json.dumps({"id": note_id, "vec": fut.result().data[0].embedding}) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "embeddings.jsonl")
