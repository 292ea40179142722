#!/usr/bin/env python
"""Print the models each provider exposes, to update settings.py."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from apps.helpdesk.llm.clients import get_anthropic, get_genai, get_openai, get_together  # noqa: E402


def main():
    print("== openai")
    for m in get_openai().models.list():
        if m.id.startswith(("gpt-", "o", "text-embedding")):
            print("  ", m.id)
    print("== anthropic")
    for m in get_anthropic().models.list():
        print("  ", m.id, m.display_name)
    print("== gemini")
    for m in get_genai().models.list(config={"page_size": 100}):
        print("  ", m.name)
    print("== together")
    for m in get_together().models.list():
        print("  ", m.id, getattr(m, "type", ""))


if __name__ == "__main__":
    main()
