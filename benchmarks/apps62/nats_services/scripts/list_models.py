"""Print the models each provider exposes to our keys (no generation)."""
from __future__ import annotations

import os

import anthropic
import cohere
from openai import OpenAI
from together import Together


def main() -> None:
    oa = OpenAI()
    print("openai:", sorted(m.id for m in oa.models.list()))

    an = anthropic.Anthropic()
    print("anthropic:", [m.id for m in an.models.list(limit=50)])

    co = cohere.ClientV2(api_key=os.environ["COHERE_API_KEY"])
    print("cohere:", [m.name for m in co.models.list().models])

    tg = Together()
    print("together:", len(tg.models.list()), "models")

    ds = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")
    print("deepseek:", [m.id for m in ds.models.list()])


if __name__ == "__main__":
    main()
