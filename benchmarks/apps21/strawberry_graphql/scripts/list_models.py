#!/usr/bin/env python
"""Print the models each configured provider exposes. Handy when updating config defaults."""
from __future__ import annotations

import sys

from kb_api.llm import get_genai, get_hf, get_mistral, get_openai, get_replicate


def main() -> int:
    print("== openai")
    for m in get_openai().models.list():
        print("  ", m.id)

    print("== gemini")
    for m in get_genai().models.list():
        print("  ", m.name)

    print("== mistral")
    for m in get_mistral().models.list().data or []:
        print("  ", m.id)

    print("== replicate (collection: text-to-image)")
    collection = get_replicate().collections.get("text-to-image")
    for m in collection.models[:20]:
        print("  ", f"{m.owner}/{m.name}")

    print("== hf inference status")
    status = get_hf().get_model_status("HuggingFaceH4/zephyr-7b-beta")
    print("  ", status.state, status.framework)
    return 0


if __name__ == "__main__":
    sys.exit(main())
