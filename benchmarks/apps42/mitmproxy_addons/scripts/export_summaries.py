#!/usr/bin/env python3
"""Load summaries written by session_summarizer into the team's sqlite db."""
import argparse
import pathlib
import sqlite3
import time

SCHEMA = """
CREATE TABLE IF NOT EXISTS summaries (
    host TEXT NOT NULL,
    created REAL NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (host, created)
)
"""


class SummaryStore:
    def __init__(self, path: pathlib.Path):
        self.conn = sqlite3.connect(path)

    @classmethod
    def create(cls, path: pathlib.Path) -> "SummaryStore":
        store = cls(path)
        store.conn.execute(SCHEMA)
        return store

    def add(self, host: str, body: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO summaries VALUES (?, ?, ?)", (host, time.time(), body))

    def commit(self) -> None:
        self.conn.commit()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir", type=pathlib.Path)
    ap.add_argument("--db", type=pathlib.Path, default=pathlib.Path("summaries.db"))
    args = ap.parse_args()
    store = SummaryStore.create(args.db)
    n = 0
    for md in sorted(args.outdir.glob("*.md")):
        store.add(md.stem, md.read_text())
        n += 1
    store.commit()
    print(f"imported {n} summaries into {args.db}")


if __name__ == "__main__":
    main()
