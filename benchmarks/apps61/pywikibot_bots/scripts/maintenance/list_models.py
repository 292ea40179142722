#!/usr/bin/env python3
"""Print the models each configured provider exposes to our keys.

Used when updating wikiai/registry.py. Makes no billable requests.
"""
from __future__ import annotations

import sys

from wikiai.clients import (get_anthropic_client, get_mistral_client,
                            get_openai_client, get_together_client)
from wikiai.registry import MODEL_REGISTRY


def main() -> int:
    registered = {spec.model_id for spec in MODEL_REGISTRY.values()}
    available: set[str] = set()

    for model in get_openai_client().models.list():
        available.add(model.id)
    for model in get_anthropic_client().models.list(limit=100):
        available.add(model.id)
    for model in get_mistral_client().models.list().data or []:
        available.add(model.id)
    for model in get_together_client().models.list():
        available.add(model.id)

    missing = sorted(registered - available)
    for model_id in sorted(available):
        marker = '*' if model_id in registered else ' '
        print(f'{marker} {model_id}')
    if missing:
        print('\nregistered but not available:', ', '.join(missing),
              file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
