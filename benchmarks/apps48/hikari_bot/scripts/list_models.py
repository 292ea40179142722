#!/usr/bin/env python
"""Print the models each configured provider exposes (helps when updating config)."""
from __future__ import annotations

import os

import anthropic
import cohere
from google import genai
from groq import Groq
from openai import OpenAI


def main() -> None:
    if os.getenv("OPENAI_API_KEY"):
        print("== openai")
        for m in OpenAI().models.list():
            print("  ", m.id)
    if os.getenv("ANTHROPIC_API_KEY"):
        print("== anthropic")
        for m in anthropic.Anthropic().models.list(limit=50):
            print("  ", m.id, m.display_name)
    if os.getenv("GEMINI_API_KEY"):
        print("== google")
        client = genai.Client()
        for m in client.models.list():
            print("  ", m.name)
    if os.getenv("GROQ_API_KEY"):
        print("== groq")
        for m in Groq().models.list().data:
            print("  ", m.id)
    if os.getenv("COHERE_API_KEY"):
        print("== cohere")
        for m in cohere.ClientV2().models.list(endpoint="chat").models:
            print("  ", m.name)


if __name__ == "__main__":
    main()
