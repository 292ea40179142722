#!/usr/bin/env python3
"""Print the models each configured provider exposes (handy when filling the
settings dialog defaults). Read-only: nothing here is billed."""
import os

import anthropic
import replicate
from openai import OpenAI


def main():
    if os.environ.get("OPENAI_API_KEY"):
        client = OpenAI()
        print("OpenAI:", ", ".join(sorted(m.id for m in client.models.list())[:30]))
    if os.environ.get("FIREWORKS_API_KEY"):
        fw = OpenAI(api_key=os.environ["FIREWORKS_API_KEY"], base_url="https://api.fireworks.ai/inference/v1")
        print("Fireworks:", ", ".join(m.id for m in fw.models.list()))
    if os.environ.get("ANTHROPIC_API_KEY"):
        claude = anthropic.Anthropic()
        print("Anthropic:", ", ".join(m.id for m in claude.models.list(limit=50)))
    if os.environ.get("REPLICATE_API_TOKEN"):
        page = replicate.models.list()
        print("Replicate (first page):", ", ".join(f"{m.owner}/{m.name}" for m in page.results))


if __name__ == "__main__":
    main()
