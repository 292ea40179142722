#!/usr/bin/env python3
"""Export all notes to a folder of markdown files."""
import argparse
import re
from pathlib import Path

from backend.services.note_store import NoteStore


def slug(title):
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60] or "untitled"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for note in NoteStore().all():
        front = f"---\ntitle: {note.title}\ntags: [{', '.join(note.tags)}]\n"
        if note.source_url:
            front += f"source: {note.source_url}\n"
        front += "---\n\n"
        (args.out / f"{slug(note.title)}.md").write_text(front + note.body, encoding="utf-8")


if __name__ == "__main__":
    main()
