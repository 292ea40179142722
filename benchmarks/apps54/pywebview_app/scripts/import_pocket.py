#!/usr/bin/env python3
"""Import a Pocket export (HTML) and summarise every article into a note."""
import asyncio
import re
import sys
from pathlib import Path

from backend.services.clipper import summarise_batch
from backend.services.embeddings import embed_many_async
from backend.services.note_store import NoteStore
from backend.services.web_fetch import fetch_page

LINK_RE = re.compile(r'<a href="([^"]+)"[^>]*>([^<]*)</a>')


async def run(export: Path, limit: int) -> None:
    links = LINK_RE.findall(export.read_text(encoding="utf-8"))[:limit]
    pages = []
    for url, _ in links:
        try:
            pages.append((url, *fetch_page(url)))
        except Exception as exc:  # noqa: BLE001
            print(f"skip {url}: {exc}", file=sys.stderr)
    summaries = await summarise_batch([(title, text) for _, title, text in pages])
    store = NoteStore()
    notes = [store.create(title=t, body=s, source_url=u) for (u, t, _), s in zip(pages, summaries)]
    vectors = await embed_many_async([n.body for n in notes])
    for note, vec in zip(notes, vectors):
        store.save_embedding(note.id, "text-embedding-3-small", vec)
    print(f"imported {len(notes)} notes")


if __name__ == "__main__":
    asyncio.run(run(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 50))
