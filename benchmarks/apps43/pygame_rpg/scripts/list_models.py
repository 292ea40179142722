#!/usr/bin/env python3
"""Print the models every backend can see. Handy when a key suddenly 404s."""
from __future__ import annotations

import sys
from pathlib import Path

import anthropic
import ollama
import replicate
from groq import Groq

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rpg.ai.clients import get_openai  # noqa: E402


def main() -> None:
    print("# openai")
    for m in get_openai().models.list():
        print(" ", m.id)
    print("# anthropic")
    for m in anthropic.Anthropic().models.list(limit=20):
        print(" ", m.id)
    print("# groq")
    for m in Groq().models.list().data:
        print(" ", m.id)
    print("# ollama (local)")
    for m in ollama.list().models:
        print(" ", m.model)
    print("# replicate")
    model = replicate.models.get("black-forest-labs/flux-schnell")
    print(" ", model.owner, model.name, model.latest_version.id if model.latest_version else "")


if __name__ == "__main__":
    main()
