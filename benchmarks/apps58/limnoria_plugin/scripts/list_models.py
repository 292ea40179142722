#!/usr/bin/env python3
"""Print the models each configured provider exposes (to fill config docs)."""

import os
import sys

import _path  # noqa: F401
from LLM.local import clients


def main():
    which = sys.argv[1:] or ["openai", "groq", "mistral", "openrouter"]
    if "openai" in which and os.environ.get("OPENAI_API_KEY"):
        for m in clients.get_openai().models.list():
            if m.id.startswith(("gpt-", "o1", "o3")):
                print("openai", m.id)
    if "groq" in which and os.environ.get("GROQ_API_KEY"):
        for m in clients.get_groq().models.list().data:
            print("groq", m.id)
    if "mistral" in which and os.environ.get("MISTRAL_API_KEY"):
        for m in clients.get_mistral().models.list().data or []:
            print("mistral", m.id)
    if "openrouter" in which:
        for m in clients.get_openrouter().models.list():
            print("openrouter", m.id)


if __name__ == "__main__":
    main()
