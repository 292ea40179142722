#!/usr/bin/env python3
"""Print the models each configured provider exposes (no generation)."""
from __future__ import annotations

from gateway.services import (
    get_anthropic_client,
    get_genai_client,
    get_openai_client,
    get_voyage_client,
    get_xai_client,
)


def main() -> None:
    print("openai:")
    for m in get_openai_client().models.list():
        print("  ", m.id)
    print("anthropic:")
    for m in get_anthropic_client().models.list():
        print("  ", m.id, m.display_name)
    print("google:")
    for m in get_genai_client().models.list(config={"page_size": 50}):
        print("  ", m.name)
    print("xai:")
    for m in get_xai_client().models.list():
        print("  ", m.id)
    # voyage has no list endpoint; just show the client is configured
    vo = get_voyage_client()
    print("voyage: client ready", type(vo).__name__)


if __name__ == "__main__":
    main()
