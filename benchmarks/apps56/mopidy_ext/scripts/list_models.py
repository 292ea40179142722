#!/usr/bin/env python3
"""Print the models each configured provider exposes (for ext.conf docs)."""

import os

import cohere
import openai
from together import Together


def main():
    if os.environ.get("OPENAI_API_KEY"):
        for m in openai.OpenAI().models.list():
            print("openai", m.id)
    if os.environ.get("XAI_API_KEY"):
        xai = openai.OpenAI(api_key=os.environ["XAI_API_KEY"], base_url="https://api.x.ai/v1")
        for m in xai.models.list():
            print("xai", m.id)
    if os.environ.get("CO_API_KEY"):
        co = cohere.ClientV2()
        for m in co.models.list().models:
            print("cohere", m.name)
    if os.environ.get("TOGETHER_API_KEY"):
        for m in Together().models.list():
            print("together", m.id)


if __name__ == "__main__":
    main()
