#!/usr/bin/env python
"""Print the models each provider key can see. Handy when rotating keys."""
from __future__ import annotations

from apis.llm import get_anthropic_client, get_cerebras_client, get_cohere_client, get_mistral_client, get_openai_client


def main() -> None:
    print("openai:", [m.id for m in get_openai_client().models.list()][:20])
    print("anthropic:", [m.id for m in get_anthropic_client().models.list(limit=20)])
    print("cohere:", [m.name for m in get_cohere_client().models.list().models])
    print("mistral:", [m.id for m in get_mistral_client().models.list().data])
    print("cerebras:", [m.id for m in get_cerebras_client().models.list().data])


if __name__ == "__main__":
    main()
