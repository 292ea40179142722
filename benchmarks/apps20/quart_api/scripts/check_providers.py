#!/usr/bin/env python
"""Quick on-call check that the Cohere and DeepSeek keys work (free endpoints only)."""
from __future__ import annotations

import os

import cohere
from openai import OpenAI


def main() -> None:
    co = cohere.ClientV2(api_key=os.environ["COHERE_API_KEY"])
    print("cohere models:", [m.name for m in co.models.list(page_size=5).models])
    toks = co.tokenize(text="hello world", model="command-r-plus-08-2024")
    print("cohere tokenize ok:", len(toks.tokens))

    ds = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")
    print("deepseek models:", [m.id for m in ds.models.list().data])


if __name__ == "__main__":
    main()
