#!/usr/bin/env python
"""Print the models each vendor key can see (for the config review)."""
from __future__ import annotations

from anthropic import Anthropic
from cerebras.cloud.sdk import Cerebras
from groq import Groq
from together import Together

from assistant.clients import get_sync_openai


def main() -> None:
    print("openai:", ", ".join(sorted(m.id for m in get_sync_openai().models.list())))
    print("anthropic:", ", ".join(m.id for m in Anthropic().models.list()))
    print("groq:", ", ".join(sorted(m.id for m in Groq().models.list().data)))
    print("cerebras:", ", ".join(m.id for m in Cerebras().models.list().data))
    print("together:", len(Together().models.list()), "models")


if __name__ == "__main__":
    main()
