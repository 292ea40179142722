#!/usr/bin/env python
"""Print the models each configured provider exposes (for updating config.DEFAULT_MODELS)."""
from __future__ import annotations

import ollama

from llm_kernel.backends.clients import get_genai_client, get_mistral_client, get_openai_client


def main() -> None:
    print("# openai")
    for m in get_openai_client().models.list():
        print(" ", m.id)
    print("# google")
    for m in get_genai_client().models.list():
        print(" ", m.name)
    print("# mistral")
    for m in get_mistral_client().models.list().data:
        print(" ", m.id)
    print("# ollama (local)")
    for m in ollama.list().models:
        print(" ", m.model, m.details.parameter_size if m.details else "")


if __name__ == "__main__":
    main()
