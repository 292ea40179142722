#!/usr/bin/env python
"""Export prompt history to Markdown, with generated titles.

Titles come from Gemini Flash because it is the cheapest thing we have.
"""

from __future__ import annotations

import argparse
import os
import pathlib

from google import genai

from studio.history_store import HistoryStore
from studio.rewriter import SlugGenerator


def make_titler(api_key: str | None = None):
    client = genai.Client(api_key=api_key or os.environ.get("GEMINI_API_KEY"))

    def title(text: str) -> str:
        resp = client.models.generate_content(
            model="gemini-2.0-flash",
            contents=f"A title of at most 6 words for this prompt:\n\n{text[:2000]}",
        )
        return (resp.text or "Untitled").strip()

    return title


def export(store: HistoryStore, out: pathlib.Path, with_titles: bool) -> int:
    titler = make_titler() if with_titles else (lambda t: t[:60])
    entries = store.list(limit=10_000)
    slugs = SlugGenerator()
    with out.open("w", encoding="utf-8") as fh:
        for e in entries:
            heading = titler(e.prompt)
            fh.write(f'<a id="{slugs.generate(heading)}"></a>\n\n## {heading}\n\n')
            fh.write(f"*{e.backend_key}*\n\n**Prompt**\n\n{e.prompt}\n\n**Answer**\n\n{e.completion}\n\n")
    return len(entries)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=pathlib.Path, default=pathlib.Path("history.md"))
    ap.add_argument("--titles", action="store_true")
    ap.add_argument("--path")
    args = ap.parse_args()
    n = export(HistoryStore(args.path), args.out, args.titles)
    print(f"exported {n} entries to {args.out}")
