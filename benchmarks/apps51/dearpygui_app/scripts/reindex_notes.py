#!/usr/bin/env python
"""Rebuild the notes embedding index from the command line (no UI)."""
from __future__ import annotations

import argparse

from research_assistant.config import load_settings
from research_assistant.providers.cohere_embed import CohereEmbedder
from research_assistant.services.notes_index import NotesIndex
from research_assistant.notes_store import NotesStore


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default=load_settings().notes_db)
    ap.add_argument("--backend", choices=["cohere", "openai"], default="cohere")
    ap.add_argument("--model", default="embed-english-v3.0")
    args = ap.parse_args()
    store = NotesStore(args.db)
    index = NotesIndex(store, CohereEmbedder(args.model), backend=args.backend)
    n = index.rebuild()
    print(f"indexed {n} notes")


if __name__ == "__main__":
    main()
