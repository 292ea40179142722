#!/usr/bin/env python
"""Machine-translate the docs tree with Mistral (reviewed by the localisation team afterwards).

    python scripts/translate_docs.py docs/ docs-fr/ --language French
"""
from __future__ import annotations

import argparse
import asyncio
import logging
from pathlib import Path

from doctools.clients import get_mistral_client
from doctools.config import get_settings
from doctools.prompts import TRANSLATE_SYSTEM

log = logging.getLogger("translate")


async def translate_page(client, text: str, language: str, model: str) -> str:
    res = await client.chat.complete_async(
        model=model,
        messages=[
            {"role": "system", "content": TRANSLATE_SYSTEM.format(language=language)},
            {"role": "user", "content": text},
        ],
        temperature=0.1,
    )
    return res.choices[0].message.content


async def translate_title(client, title: str, language: str) -> str:
    # the sync client call is fine for these tiny requests; run it off the event loop
    res = await asyncio.to_thread(
        client.chat.complete,
        model="mistral-small-latest",
        messages=[{"role": "user", "content": f"Translate this page title into {language}: {title}"}],
        max_tokens=30,
    )
    return res.choices[0].message.content.strip()


async def run(src: Path, dst: Path, language: str, concurrency: int) -> None:
    client = get_mistral_client()
    model = get_settings().mistral_model
    sem = asyncio.Semaphore(concurrency)

    async def one(path: Path) -> None:
        async with sem:
            out = dst / path.relative_to(src)
            if out.exists() and out.stat().st_mtime >= path.stat().st_mtime:
                return
            text = path.read_text("utf-8")
            translated = await translate_page(client, text, language, model)
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(translated, "utf-8")
            log.info("translated %s", path)

    await asyncio.gather(*(one(p) for p in sorted(src.rglob("*.md"))))

    nav_file = src / ".pages"
    if nav_file.exists():
        titles = [ln.split(":", 1)[1].strip() for ln in nav_file.read_text("utf-8").splitlines() if ln.startswith("title:")]
        for t in titles:
            log.info("title %r -> %r", t, await translate_title(client, t, language))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("src", type=Path)
    parser.add_argument("dst", type=Path)
    parser.add_argument("--language", default="French")
    parser.add_argument("--concurrency", type=int, default=3)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    asyncio.run(run(args.src, args.dst, args.language, args.concurrency))


if __name__ == "__main__":
    main()
