#!/usr/bin/env python
"""Print the models each configured provider exposes (for config reviews)."""
from __future__ import annotations

from enrichment.clients import get_anthropic, get_genai, get_openai, get_together


def main() -> None:
    print("# openai")
    for m in get_openai().models.list():
        print(" ", m.id)
    print("# anthropic")
    for m in get_anthropic().models.list(limit=50):
        print(" ", m.id)
    print("# together")
    for m in get_together().models.list():
        print(" ", m.id)
    print("# google")
    for m in get_genai().models.list():
        print(" ", m.name)


if __name__ == "__main__":
    main()
