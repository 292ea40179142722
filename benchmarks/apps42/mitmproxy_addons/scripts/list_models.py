#!/usr/bin/env python3
"""Print the models each configured provider exposes (for option defaults)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shared.clients import (  # noqa: E402
    get_anthropic,
    make_deepseek_client,
    make_genai_client,
    make_groq_client,
    make_openai_client,
)


def main() -> None:
    print("openai:", sorted(m.id for m in make_openai_client().models.list()))
    print("deepseek:", sorted(m.id for m in make_deepseek_client().models.list()))
    print("groq:", sorted(m.id for m in make_groq_client().models.list().data))
    print("anthropic:", [m.id for m in get_anthropic().models.list()])
    print("gemini:", [m.name for m in make_genai_client().models.list()])


if __name__ == "__main__":
    main()
