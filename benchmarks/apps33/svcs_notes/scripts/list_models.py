#!/usr/bin/env python
"""Print the models we can reach, and upload the prompt-eval file for batch runs."""

from __future__ import annotations

import sys

import anthropic
from google import genai

from notes_app.config import Settings
from notes_app.services import get_openai_client


def main() -> None:
    settings = Settings.from_env()
    oai = get_openai_client()
    for m in oai.models.list():
        print("openai", m.id)
    for m in anthropic.Anthropic(api_key=settings.anthropic_api_key).models.list():
        print("anthropic", m.id)
    g = genai.Client(api_key=settings.gemini_api_key)
    for m in g.models.list():
        print("gemini", m.name)
    if len(sys.argv) > 1:
        with open(sys.argv[1], "rb") as fh:
            f = oai.files.create(file=fh, purpose="batch")
        print("uploaded", f.id)


if __name__ == "__main__":
    main()
