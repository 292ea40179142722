#!/usr/bin/env python
"""Print the models each provider key can see. Handy when a run 404s on a model name."""
from __future__ import annotations

import ollama

from qa_agent.llm import get_anthropic_client, get_fireworks_client, get_genai_client, get_openai_client


def main() -> None:
    print("== openai")
    for m in get_openai_client().models.list():
        if m.id.startswith(("gpt-4", "computer-use", "o")):
            print("  ", m.id)
    print("== anthropic")
    for m in get_anthropic_client().models.list(limit=50):
        print("  ", m.id)
    print("== google")
    for m in get_genai_client().models.list():
        print("  ", m.name)
    print("== fireworks")
    for m in get_fireworks_client().models.list():
        print("  ", m.id)
    print("== ollama (local)")
    for m in ollama.list().models:
        print("  ", m.model)


if __name__ == "__main__":
    main()
