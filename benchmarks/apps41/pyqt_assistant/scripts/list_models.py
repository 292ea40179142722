#!/usr/bin/env python
"""Print the models each configured provider exposes (for updating engine/models.py)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from quill.engine import (  # noqa: E402
    MissingKeyError,
    get_anthropic_client,
    get_genai_client,
    get_groq_client,
    get_openai_client,
    get_xai_client,
)


def main() -> None:
    getters = {
        "openai": get_openai_client,
        "anthropic": get_anthropic_client,
        "groq": get_groq_client,
        "xai": get_xai_client,
    }
    for name, getter in getters.items():
        try:
            client = getter()
        except MissingKeyError:
            print(f"# {name}: no key")
            continue
        print(f"# {name}")
        for m in client.models.list():
            print("  ", m.id)
    try:
        gem = get_genai_client()
        print("# google")
        for m in gem.models.list():
            print("  ", m.name)
    except MissingKeyError:
        print("# google: no key")


if __name__ == "__main__":
    main()
