#!/usr/bin/env python
"""Print the models each configured provider offers (no generation)."""
from __future__ import annotations

import argparse
import os

import cohere
import google.generativeai as genai
import ollama
from anthropic import Anthropic
from openai import OpenAI

from quillpad.services.openrouter_http import OpenRouterTransport


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("providers", nargs="*", default=["openai", "anthropic", "google", "ollama", "cohere"])
    args = ap.parse_args()
    for p in args.providers:
        print(f"== {p}")
        if p == "openai":
            for m in OpenAI().models.list():
                print(" ", m.id)
        elif p == "anthropic":
            for m in Anthropic().models.list():
                print(" ", m.id, m.display_name)
        elif p == "google":
            genai.configure(api_key=os.environ["GOOGLE_API_KEY"])
            for m in genai.list_models():
                print(" ", m.name, m.supported_generation_methods)
        elif p == "ollama":
            for m in ollama.list().models:
                print(" ", m.model, m.size)
        elif p == "cohere":
            for m in cohere.ClientV2().models.list().models:
                print(" ", m.name)
        elif p == "openrouter":
            t = OpenRouterTransport(os.environ["OPENROUTER_API_KEY"])
            for m in t.list_models()[:50]:
                print(" ", m["id"])


if __name__ == "__main__":
    main()
