#!/usr/bin/env python
"""Draft the monthly newsletter from the last N posts.

python scripts/draft_newsletter.py --month 2024-11 [--engine claude|gemini|openai]
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path

from google.genai import types

from _bootstrap import ROOT, load_settings

from llm_common import get_anthropic, get_genai, get_openai, llm_settings

NEWSLETTER_PROMPT = (
    "Draft a friendly monthly newsletter for the Fieldnotes blog. Mention each "
    "post below with one sentence and a link. End with a short sign-off."
)
DATE_RE = re.compile(r"^date:\s*(\d{4}-\d{2})", re.I | re.M)


def posts_for(month: str) -> list[str]:
    out = []
    for p in sorted((ROOT / "content" / "posts").glob("*.md")):
        text = p.read_text(encoding="utf-8")
        m = DATE_RE.search(text)
        if m and m.group(1) == month:
            out.append(text[:4000])
    return out


def with_claude(cfg, body: str) -> str:
    client = get_anthropic(cfg)
    chunks = []
    with client.messages.stream(
        model=cfg.anthropic_model,
        max_tokens=2000,
        system=NEWSLETTER_PROMPT,
        messages=[{"role": "user", "content": body}],
    ) as stream:
        for text in stream.text_stream:
            print(text, end="", flush=True)
            chunks.append(text)
    print()
    return "".join(chunks)


def with_gemini(cfg, body: str) -> str:
    client = get_genai(cfg)
    chat = client.chats.create(
        model=cfg.gemini_model,
        config=types.GenerateContentConfig(system_instruction=NEWSLETTER_PROMPT),
    )
    first = chat.send_message(body)
    # second turn: tighten it up
    final = chat.send_message("Now cut it to under 250 words, keep all links.")
    return final.text or first.text


def with_openai(cfg, body: str) -> str:
    client = get_openai(cfg).with_options(timeout=180)
    resp = client.responses.create(model=cfg.openai_model, instructions=NEWSLETTER_PROMPT, input=body)
    return resp.output_text


ENGINES = {"claude": with_claude, "gemini": with_gemini, "openai": with_openai}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--month", default=dt.date.today().strftime("%Y-%m"))
    ap.add_argument("--engine", choices=sorted(ENGINES), default="claude")
    args = ap.parse_args()
    cfg = llm_settings(load_settings())
    posts = posts_for(args.month)
    if not posts:
        raise SystemExit(f"no posts in {args.month}")
    draft = ENGINES[args.engine](cfg, "\n\n---\n\n".join(posts))
    out = ROOT / "drafts" / f"newsletter-{args.month}.md"
    out.parent.mkdir(exist_ok=True)
    out.write_text(draft, encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
