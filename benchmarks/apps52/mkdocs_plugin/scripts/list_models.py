#!/usr/bin/env python3
"""Print the models each configured provider exposes (to fill DEFAULT_MODELS)."""

from __future__ import annotations

import os

import anthropic
from google import genai
from openai import OpenAI


def main() -> None:
    if os.environ.get("OPENAI_API_KEY"):
        print("# openai")
        for m in OpenAI().models.list():
            print(" ", m.id)
    if os.environ.get("DEEPSEEK_API_KEY"):
        print("# deepseek")
        ds = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")
        for m in ds.models.list():
            print(" ", m.id)
    if os.environ.get("ANTHROPIC_API_KEY"):
        print("# anthropic")
        for m in anthropic.Anthropic().models.list(limit=50):
            print(" ", m.id)
    if os.environ.get("GEMINI_API_KEY"):
        print("# google")
        client = genai.Client()
        for m in client.models.list():
            print(" ", m.name)


if __name__ == "__main__":
    main()
