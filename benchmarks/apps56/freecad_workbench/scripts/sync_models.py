#!/usr/bin/env python3
"""Print the models available for each configured provider (to update tokens.PRICES)."""
import os

import anthropic
import ollama
from groq import Groq
from openai import OpenAI


def main():
    if os.environ.get("OPENAI_API_KEY"):
        print("openai:", [m.id for m in OpenAI().models.list()])
    if os.environ.get("ANTHROPIC_API_KEY"):
        print("anthropic:", [m.id for m in anthropic.Anthropic().models.list()])
    if os.environ.get("GROQ_API_KEY"):
        print("groq:", [m.id for m in Groq().models.list().data])
    try:
        print("ollama:", [m.model for m in ollama.list().models])
    except Exception as exc:
        print("ollama unavailable:", exc)


if __name__ == "__main__":
    main()


def upload_eval_fixtures(path):
    """Upload the eval fixtures as a file for the OpenAI batch experiments."""
    client = OpenAI()
    f = client.files.create(file=open(path, "rb"), purpose="batch")
    return f.id
