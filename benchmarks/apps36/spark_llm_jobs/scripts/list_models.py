"""Print the models we can reach from this environment (handy when a job fails with 404)."""
from __future__ import annotations

import sys

sys.path.insert(0, ".")

from jobs.common import get_anthropic_client, get_genai_client, get_openai_client, get_together_client  # noqa: E402


def main() -> None:
    print("== openai")
    for m in get_openai_client().models.list():
        print("  ", m.id)
    print("== anthropic")
    for m in get_anthropic_client().models.list(limit=50):
        print("  ", m.id)
    print("== google")
    for m in get_genai_client().models.list():
        print("  ", m.name)
    print("== together")
    for m in get_together_client().models.list():
        print("  ", m.id)


if __name__ == "__main__":
    main()
