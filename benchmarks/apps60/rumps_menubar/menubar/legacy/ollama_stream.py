"""Streaming 'Continue writing' for the Services menu. Local only."""
from __future__ import annotations

import sys

import ollama

MODEL = "llama3.1:8b"


def continue_writing(text: str, out=sys.stdout) -> str:
    pieces = []
    for part in ollama.chat(
        model=MODEL,
        messages=[
            {"role": "system", "content": "Continue the user's text naturally for one paragraph."},
            {"role": "user", "content": text},
        ],
        stream=True,
    ):
        chunk = part["message"]["content"]
        pieces.append(chunk)
        out.write(chunk)
        out.flush()
    return "".join(pieces)


def model_available(name: str = MODEL) -> bool:
    try:
        ollama.show(name)
        return True
    except ollama.ResponseError:
        return False
