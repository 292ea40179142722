#!/usr/bin/env python
"""Print the models each configured provider exposes to our keys.

Used when updating ``copilot/providers/registry.py``. Makes no billable calls.
"""
from __future__ import annotations

import argparse
import sys

from anthropic import Anthropic

from copilot.config import settings
from copilot.providers import get_cerebras_sync, get_groq_sync, get_openai_sync
from copilot.providers.clients import get_bedrock_control


def openai_models() -> list[str]:
    return sorted(m.id for m in get_openai_sync().models.list())


def anthropic_models() -> list[str]:
    client = Anthropic(api_key=settings.anthropic_api_key)
    return [m.id for m in client.models.list(limit=100)]


def groq_models() -> list[str]:
    return sorted(m.id for m in get_groq_sync().models.list().data)


def cerebras_models() -> list[str]:
    return sorted(m.id for m in get_cerebras_sync().models.list().data)


def bedrock_models() -> list[str]:
    resp = get_bedrock_control().list_foundation_models(byOutputModality="TEXT", byInferenceType="ON_DEMAND")
    return sorted(s["modelId"] for s in resp["modelSummaries"])


PROVIDERS = {
    "openai": openai_models,
    "anthropic": anthropic_models,
    "groq": groq_models,
    "cerebras": cerebras_models,
    "bedrock": bedrock_models,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("providers", nargs="*", default=list(PROVIDERS))
    args = parser.parse_args(argv)
    for name in args.providers:
        try:
            models = PROVIDERS[name]()
        except Exception as exc:  # missing key etc.
            print(f"{name}: error {exc}", file=sys.stderr)
            continue
        print(f"== {name} ({len(models)})")
        for m in models:
            print("  ", m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
