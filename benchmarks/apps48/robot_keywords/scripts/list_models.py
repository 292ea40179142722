#!/usr/bin/env python3
"""Print which models each configured provider exposes (sanity check for CI keys)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from resources import (  # noqa: E402
    get_anthropic_client,
    get_genai_client,
    get_mistral_client,
    get_ollama_client,
    get_openai_client,
)


def main() -> int:
    print("openai:", sorted(m.id for m in get_openai_client().models.list())[:20])
    print("anthropic:", [m.id for m in get_anthropic_client().models.list(limit=20)])
    print("gemini:", [m.name for m in get_genai_client().models.list()][:20])
    print("mistral:", [m.id for m in get_mistral_client().models.list().data or []])
    try:
        print("ollama:", [m.model for m in get_ollama_client().list().models])
    except Exception as exc:  # runner without ollama
        print("ollama: unavailable", exc)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
