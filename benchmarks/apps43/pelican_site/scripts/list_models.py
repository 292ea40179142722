#!/usr/bin/env python
"""Print the models each configured vendor currently exposes, so we notice
deprecations before the build breaks.  Free endpoints only."""
from __future__ import annotations

from _bootstrap import load_settings

from llm_common import get_anthropic, get_genai, get_openai, llm_settings


def main() -> None:
    cfg = llm_settings(load_settings())

    print("== OpenAI")
    for m in get_openai(cfg).models.list():
        if m.id.startswith(("gpt-", "text-embedding", "o")):
            print("  ", m.id)

    print("== Anthropic")
    for m in get_anthropic(cfg).models.list(limit=50):
        print("  ", m.id)

    print("== Gemini")
    for m in get_genai(cfg).models.list():
        print("  ", m.name)

    configured = {cfg.openai_model, cfg.anthropic_model, cfg.gemini_model}
    print("configured:", ", ".join(sorted(configured)))


if __name__ == "__main__":
    main()
