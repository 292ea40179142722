#!/usr/bin/env python
"""Print the models each provider offers (no generation, no cost)."""
from __future__ import annotations

import os

import anthropic
import ollama
from google import genai
from openai import OpenAI


def main():
    if os.environ.get("OPENAI_API_KEY"):
        print("openai:", [m.id for m in OpenAI().models.list() if "gpt" in m.id])
    if os.environ.get("ANTHROPIC_API_KEY"):
        client = anthropic.Anthropic()
        print("anthropic:", [m.id for m in client.models.list()])
        n = client.messages.count_tokens(
            model="claude-3-5-sonnet-latest",
            messages=[{"role": "user", "content": "Describe this microscopy image."}],
        )
        print("  prompt tokens:", n.input_tokens)
    if os.environ.get("GEMINI_API_KEY"):
        gclient = genai.Client()
        print("gemini:", [m.name for m in gclient.models.list()])
    try:
        print("ollama:", [m.model for m in ollama.list().models])
    except ConnectionError:
        print("ollama: not running")


if __name__ == "__main__":
    main()
