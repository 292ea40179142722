#!/usr/bin/env python3
"""Print the models available on each provider (to pick names for configuration.yaml)."""
import argparse
import os

import anthropic
import ollama
from google import genai
from groq import Groq
from openai import OpenAI


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pull", help="pull this model on the local ollama box first")
    args = parser.parse_args()

    print("== openai")
    for model in OpenAI().models.list():
        if model.id.startswith(("gpt-4", "gpt-image", "tts", "text-embedding")):
            print(" ", model.id)

    print("== anthropic")
    for model in anthropic.Anthropic().models.list(limit=50):
        print(" ", model.id)

    print("== google")
    for model in genai.Client(api_key=os.environ.get("GEMINI_API_KEY")).models.list():
        print(" ", model.name)

    print("== groq")
    for model in Groq().models.list().data:
        print(" ", model.id)

    print("== ollama")
    host = ollama.Client(host=os.environ.get("OLLAMA_HOST", "http://192.168.1.40:11434"))
    if args.pull:
        host.pull(args.pull)
    for model in host.list().models:
        print(" ", model.model, model.size)


if __name__ == "__main__":
    main()
