#!/usr/bin/env python3
"""Print the models each provider offers, to refresh RECOMMENDED_MODELS / strings.json."""

from __future__ import annotations

import os

import anthropic
from google import genai
from mistralai import Mistral
import ollama
from openai import OpenAI


def main() -> None:
    if key := os.environ.get("OPENAI_API_KEY"):
        print("# openai")
        for model in OpenAI(api_key=key).models.list():
            if model.id.startswith(("gpt-", "o")):
                print(" ", model.id)
    if os.environ.get("ANTHROPIC_API_KEY"):
        print("# anthropic")
        for model in anthropic.Anthropic().models.list(limit=50):
            print(" ", model.id, model.display_name)
    if key := os.environ.get("GEMINI_API_KEY"):
        print("# google")
        for model in genai.Client(api_key=key).models.list():
            if "generateContent" in (model.supported_actions or []):
                print(" ", model.name)
    if key := os.environ.get("MISTRAL_API_KEY"):
        print("# mistral")
        with Mistral(api_key=key) as client:
            for model in client.models.list().data or []:
                print(" ", model.id)
    if host := os.environ.get("OLLAMA_HOST"):
        print("# ollama")
        for model in ollama.Client(host=host).list().models:
            print(" ", model.model, model.size)


if __name__ == "__main__":
    main()
