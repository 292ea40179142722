#!/usr/bin/env python3
"""Backfill mood tags for tracks in a Mopidy-Local SQLite library.

Usage: backfill_moods.py /var/lib/mopidy/local/library.db /var/lib/mopidy/aidj/history.sqlite3
"""

import argparse
import sqlite3
import sys
from types import SimpleNamespace

from mopidy_aidj.dj.moods import classify_with_openai, openai_embed_labels
from mopidy_aidj.llm import default_openai
from mopidy_aidj.store import HistoryStore


def iter_tracks(library_db):
    conn = sqlite3.connect(library_db)
    for uri, name, artist, album in conn.execute(
        "SELECT uri, name, artist_name, album_name FROM search"
    ):
        yield SimpleNamespace(
            uri=uri,
            name=name,
            artists=[SimpleNamespace(name=artist)],
            album=SimpleNamespace(name=album),
        )


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("library_db")
    parser.add_argument("history_db")
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--model", default="gpt-4o-mini")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)

    client = default_openai()
    store = HistoryStore(args.history_db)
    moods = {}
    for i, track in enumerate(iter_tracks(args.library_db)):
        if i >= args.limit:
            break
        moods[track.uri] = classify_with_openai(client, track, model=args.model)
        print(f"{moods[track.uri]:>12}  {track.name}")
    if not args.dry_run:
        store.save_moods(moods)

    # Also write a nearest-neighbour sanity check for the first few labels.
    labels = [f"{t.artists[0].name} - {t.name}" for t in list(iter_tracks(args.library_db))[:16]]
    if labels:
        vecs = openai_embed_labels(client, labels)
        print(f"embedded {len(vecs)} labels, dim={len(vecs[0])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
