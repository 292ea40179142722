#!/usr/bin/env python
"""List models available to our keys and count tokens for a sample prompt."""
import os

import anthropic
import cohere
from openai import OpenAI

SAMPLE = "My invoice shows a double charge for March, please refund one of them."


def main() -> None:
    oai = OpenAI()
    print("openai:", sorted(m.id for m in oai.models.list() if m.id.startswith("gpt-")))

    claude = anthropic.Anthropic()
    print("anthropic:", [m.id for m in claude.models.list(limit=50)])
    counted = claude.messages.count_tokens(
        model="claude-3-5-sonnet-20241022",
        messages=[{"role": "user", "content": SAMPLE}],
    )
    print("anthropic sample tokens:", counted.input_tokens)

    co = cohere.ClientV2(api_key=os.environ["CO_API_KEY"])
    print("cohere:", [m.name for m in co.models.list().models])
    print("cohere sample tokens:", len(co.tokenize(text=SAMPLE, model="command-r-plus-08-2024").tokens))


if __name__ == "__main__":
    main()
