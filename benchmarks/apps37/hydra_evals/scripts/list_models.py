#!/usr/bin/env python
"""Print which models each provider currently exposes (to keep conf/model/ fresh)."""
from __future__ import annotations

import anthropic
from huggingface_hub import HfApi

from hydra_evals.models import get_fireworks_client, get_openai_client, get_together_openai_client


def main() -> None:
    print("== openai")
    for m in sorted(get_openai_client().models.list(), key=lambda m: m.id):
        print("  ", m.id)

    print("== anthropic")
    for m in anthropic.Anthropic().models.list(limit=100):
        print("  ", m.id)

    print("== together")
    for m in get_together_openai_client().models.list():
        print("  ", m.id)

    print("== fireworks")
    for m in get_fireworks_client().models.list():
        print("  ", m.id)

    print("== hf (warm text-generation)")
    api = HfApi()
    for m in api.list_models(pipeline_tag="text-generation", inference="warm", limit=25):
        print("  ", m.id)


if __name__ == "__main__":
    main()
