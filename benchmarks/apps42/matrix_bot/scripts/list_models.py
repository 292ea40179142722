#!/usr/bin/env python
"""Print the models available on each configured backend (for filling config.yaml)."""
import sys

sys.path.insert(0, ".")
from bot.llm.factory import get_openai_client, get_sync_anthropic, OPENROUTER_BASE_URL  # noqa: E402

import httpx  # noqa: E402


def main() -> None:
    print("# openai")
    for m in get_openai_client().models.list():
        print(" ", m.id)
    print("# anthropic")
    for m in get_sync_anthropic().models.list(limit=50):
        print(" ", m.id)
    print("# openrouter")
    resp = httpx.get(f"{OPENROUTER_BASE_URL}/models", timeout=30)
    for m in resp.json()["data"][:50]:
        print(" ", m["id"])


if __name__ == "__main__":
    main()
