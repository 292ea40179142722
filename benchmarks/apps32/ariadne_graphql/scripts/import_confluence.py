#!/usr/bin/env python
"""One-off importer from a Confluence export; cleans pages with Claude and Cohere."""
from __future__ import annotations

import argparse
import html
import re
from pathlib import Path

import anthropic
import cohere

TAG = re.compile(r"<[^>]+>")


def strip_html(raw: str) -> str:
    return html.unescape(TAG.sub(" ", raw))


def clean_page(client: anthropic.Anthropic, text: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=4000,
        messages=[
            {
                "role": "user",
                "content": "Convert this exported Confluence page to clean markdown. "
                "Drop navigation and macros.\n\n" + text[:60_000],
            }
        ],
    )
    return msg.content[0].text


def detect_language(co: cohere.Client, text: str) -> str:
    resp = co.chat(message="Reply with the ISO 639-1 code of this text's language only:\n" + text[:1000])
    return resp.text.strip().lower()[:2]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("export_dir", type=Path)
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args()
    claude = anthropic.Anthropic()
    co = cohere.Client()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for page in sorted(args.export_dir.glob("*.html")):
        text = strip_html(page.read_text(errors="ignore"))
        lang = detect_language(co, text)
        md = clean_page(claude, text)
        (args.out_dir / f"{page.stem}.{lang}.md").write_text(md)
        print("imported", page.name, lang)


if __name__ == "__main__":
    main()
