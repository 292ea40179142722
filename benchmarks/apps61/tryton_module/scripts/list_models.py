#!/usr/bin/env python3
"""Print the models available with the configured keys (no billing)."""
import os

import anthropic
import cohere
import openai
from google import genai


def main():
    if os.environ.get('OPENAI_API_KEY'):
        client = openai.OpenAI()
        print('openai:', ', '.join(sorted(m.id for m in client.models.list())))
    if os.environ.get('ANTHROPIC_API_KEY'):
        client = anthropic.Anthropic()
        print('anthropic:', ', '.join(m.id for m in client.models.list()))
    if os.environ.get('GOOGLE_API_KEY'):
        client = genai.Client()
        print('google:', ', '.join(m.name for m in client.models.list()))
    if os.environ.get('CO_API_KEY'):
        co = cohere.ClientV2()
        print('cohere:', ', '.join(m.name for m in co.models.list().models))


if __name__ == '__main__':
    main()
