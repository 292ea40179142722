#!/usr/bin/env python
"""Print the models each configured provider exposes (for updating settings / PRICING)."""

from __future__ import annotations

from marketcrew.clients import get_anthropic, get_cerebras, get_genai, get_openai, get_xai
from marketcrew.costs import PRICING


def main() -> None:
    openai_ids = sorted(m.id for m in get_openai().models.list())
    print("openai:", ", ".join(i for i in openai_ids if i.startswith(("gpt", "o", "text-embedding"))))

    print("anthropic:", ", ".join(m.id for m in get_anthropic().models.list(limit=100)))

    gemini = [m.name for m in get_genai().models.list() if "generateContent" in (m.supported_actions or [])]
    print("gemini:", ", ".join(gemini))

    print("xai:", ", ".join(m.id for m in get_xai().models.list()))
    print("cerebras:", ", ".join(m.id for m in get_cerebras().models.list().data))

    missing = [m for m in openai_ids if m in {"gpt-4o", "gpt-4o-mini"} and m not in PRICING]
    if missing:
        print("WARNING: no pricing for", missing)


if __name__ == "__main__":
    main()
