#!/usr/bin/env python3
"""Re-embed every note after switching embedding model.

    python -m scripts.reembed_all --model embed-multilingual-v3.0
"""
import argparse
import os
import sys
import time

import cohere

from backend.services.embeddings import note_text
from backend.services.note_store import NoteStore


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="embed-english-v3.0")
    ap.add_argument("--batch", type=int, default=96)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    store = NoteStore()
    notes = store.all()
    print(f"{len(notes)} notes to embed with {args.model}")
    if args.dry_run:
        return 0

    co = cohere.ClientV2(api_key=os.environ["COHERE_API_KEY"])
    t0 = time.time()
    for i in range(0, len(notes), args.batch):
        chunk = notes[i:i + args.batch]
        resp = co.embed(
            texts=[note_text(n) for n in chunk],
            model=args.model,
            input_type="search_document",
            embedding_types=["float"],
        )
        for note, vec in zip(chunk, resp.embeddings.float_):
            store.save_embedding(note.id, args.model, vec)
        print(f"  {i + len(chunk)}/{len(notes)}", file=sys.stderr)
    print(f"done in {time.time() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
