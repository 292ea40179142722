#!/usr/bin/env python
"""Print the model ids each configured provider exposes (for the settings page)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.bedrock_backend import list_foundation_models  # noqa: E402
from analysis.clients import get_anthropic_client, get_fireworks_client, get_mistral_client, get_openai_client  # noqa: E402


def main() -> None:
    print("openai:", sorted(m.id for m in get_openai_client().models.list())[:20])
    print("anthropic:", [m.id for m in get_anthropic_client().models.list(limit=20)])
    print("mistral:", [m.id for m in get_mistral_client().models.list().data])
    print("fireworks:", [m.id for m in get_fireworks_client().models.list()][:20])
    print("bedrock:", list_foundation_models()[:20])


if __name__ == "__main__":
    main()
