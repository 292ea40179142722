"""Print the model catalogue of each vendor (handy when bumping model names)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from services.clients import get_genai, get_sync_anthropic, get_sync_openai, get_sync_together  # noqa: E402


def main() -> None:
    print("== openai")
    for m in get_sync_openai().models.list():
        print("  ", m.id)
    print("== anthropic")
    for m in get_sync_anthropic().models.list(limit=50):
        print("  ", m.id)
    print("== gemini")
    for m in get_genai().models.list():
        print("  ", m.name)
    print("== together")
    for m in get_sync_together().models.list():
        print("  ", m.id)


if __name__ == "__main__":
    main()
