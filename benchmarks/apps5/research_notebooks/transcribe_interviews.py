#!/usr/bin/env python
"""Transcribe the user-research interview recordings with Whisper on Groq.

Recordings are in data/interviews/*.m4a; transcripts go next to them as .txt.
Files over 25MB need to be split first (see `make split-audio`).
"""
import logging
import sys
from pathlib import Path

from tqdm import tqdm

import config
from clients import get_client
from helpers import setup_logging

logger = logging.getLogger("transcribe")

MAX_BYTES = 25 * 1024 * 1024


def transcribe(path: Path, client):
    with path.open("rb") as fh:
        result = client.audio.transcriptions.create(
            file=(path.name, fh.read()),
            model=config.GROQ_WHISPER_MODEL,
            response_format="verbose_json",
            language="en",
            temperature=0.0,
        )
    return result.text


def main(folder=None):
    setup_logging()
    folder = Path(folder or config.DATA_DIR / "interviews")
    files = sorted(p for p in folder.glob("*.m4a") if not p.with_suffix(".txt").exists())
    if not files:
        logger.info("nothing to transcribe in %s", folder)
        return
    client = get_client("groq")
    for path in tqdm(files):
        if path.stat().st_size > MAX_BYTES:
            logger.warning("skipping %s: over 25MB", path.name)
            continue
        text = transcribe(path, client)
        path.with_suffix(".txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
