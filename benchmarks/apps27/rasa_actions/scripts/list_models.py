#!/usr/bin/env python
"""Print which models each configured vendor exposes (for the ops runbook)."""
from __future__ import annotations

import ollama

from llm import get_genai_client, get_mistral_client, openai_client, provider


def main() -> None:
    print("== openai")
    for m in openai_client.models.list():
        print("  ", m.id)

    print("== anthropic")
    for m in provider.anthropic.models.list(limit=50):
        print("  ", m.id)

    print("== google")
    for m in get_genai_client().models.list():
        print("  ", m.name)

    print("== mistral")
    for m in get_mistral_client().models.list().data or []:
        print("  ", m.id)

    print("== ollama (local)")
    for m in ollama.list().models:
        print("  ", m.model)


if __name__ == "__main__":
    main()
