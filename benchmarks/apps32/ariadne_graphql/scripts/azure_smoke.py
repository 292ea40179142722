#!/usr/bin/env python
"""Smoke test for a new Azure OpenAI deployment before flipping KB_USE_AZURE."""
import os
import sys

from openai import AzureOpenAI


def main() -> int:
    client = AzureOpenAI(
        azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
        api_key=os.environ["AZURE_OPENAI_API_KEY"],
        api_version=os.environ.get("AZURE_OPENAI_API_VERSION", "2024-06-01"),
    )
    deployment = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("AZURE_CHAT_DEPLOYMENT", "kb-gpt4o")
    resp = client.chat.completions.create(
        model=deployment,
        messages=[{"role": "user", "content": "Reply with the single word: pong"}],
        max_tokens=5,
    )
    print(deployment, "->", resp.choices[0].message.content)
    return 0 if "pong" in (resp.choices[0].message.content or "").lower() else 1


if __name__ == "__main__":
    sys.exit(main())
