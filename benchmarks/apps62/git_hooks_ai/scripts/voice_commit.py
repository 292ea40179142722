#!/usr/bin/env python3
"""Dictate a commit message: records nothing itself, takes an audio file.

    python scripts/voice_commit.py note.m4a | git commit -F -
"""
import sys
from pathlib import Path

from gitai.llm import get_groq_client


def transcribe(path: Path) -> str:
    client = get_groq_client()
    with path.open("rb") as fh:
        result = client.audio.transcriptions.create(
            file=(path.name, fh.read()),
            model="whisper-large-v3-turbo",
            response_format="text",
            language="en",
        )
    return result if isinstance(result, str) else result.text


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: voice_commit.py AUDIO_FILE")
    print(transcribe(Path(sys.argv[1])).strip())
