#!/usr/bin/env python3
"""Print the model ids each configured provider offers (for the settings docs)."""
import os
import sys

sys.path.insert(0, os.path.abspath(os.path.join(os.path.dirname(__file__), "..")))

from core.clients import get_anthropic, get_deepseek, get_groq, get_mistral, get_openai  # noqa: E402


def main():
    sections = [
        ("openai", lambda: [m.id for m in get_openai().models.list()]),
        ("anthropic", lambda: [m.id for m in get_anthropic().models.list()]),
        ("mistral", lambda: [m.id for m in (get_mistral().models.list().data or [])]),
        ("groq", lambda: [m.id for m in get_groq().models.list().data]),
        ("deepseek", lambda: [m.id for m in get_deepseek().models.list()]),
    ]
    for name, fn in sections:
        try:
            ids = sorted(fn())
        except Exception as exc:  # noqa: BLE001
            print("%s: error: %s" % (name, exc))
            continue
        print("%s (%d)" % (name, len(ids)))
        for i in ids:
            print("   ", i)


if __name__ == "__main__":
    main()
