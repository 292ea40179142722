#!/usr/bin/env python
"""Print the models each vendor key can see. Handy when a model id gets deprecated."""

from __future__ import annotations

from product_crawler.llm import get_genai_client, get_openai_client, get_sync_anthropic_client
from product_crawler.llm.fireworks import make_sync_fireworks


def main() -> None:
    print("== OpenAI")
    for m in get_openai_client().models.list():
        print("  ", m.id)

    print("== Anthropic")
    for m in get_sync_anthropic_client().models.list(limit=50):
        print("  ", m.id, m.display_name)

    print("== Gemini")
    for m in get_genai_client().models.list():
        print("  ", m.name)

    print("== Fireworks")
    fw = make_sync_fireworks()
    for m in fw.models.list():
        print("  ", m.id)


if __name__ == "__main__":
    main()
