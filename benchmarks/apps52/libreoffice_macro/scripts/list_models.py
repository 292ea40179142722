#!/usr/bin/env python3
"""Print the models available to our keys, to update config.DEFAULT_MODELS."""
import os

from anthropic import Anthropic
from groq import Groq
from openai import OpenAI


def main():
    if os.environ.get("OPENAI_API_KEY"):
        for m in OpenAI().models.list():
            print("openai", m.id)
    if os.environ.get("ANTHROPIC_API_KEY"):
        for m in Anthropic().models.list():
            print("anthropic", m.id)
    if os.environ.get("GROQ_API_KEY"):
        for m in Groq().models.list().data:
            print("groq", m.id)


if __name__ == "__main__":
    main()
