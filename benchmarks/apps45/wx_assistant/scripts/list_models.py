#!/usr/bin/env python3
"""Print the models each configured provider exposes (no generation calls)."""
import sys

import wx

from research_assistant.core import (
    configure_gemini, get_anthropic_client, get_ollama_client, get_openai_client, get_xai_client,
)


def main():
    app = wx.App(False)  # wx.Config needs an app object
    import google.generativeai as genai

    print("# openai")
    for m in get_openai_client().models.list():
        print("  ", m.id)
    print("# anthropic")
    for m in get_anthropic_client().models.list(limit=50):
        print("  ", m.id)
    print("# xai")
    for m in get_xai_client().models.list():
        print("  ", m.id)
    print("# google")
    configure_gemini()
    for m in genai.list_models():
        print("  ", m.name)
    print("# ollama")
    try:
        for m in get_ollama_client().list().models:
            print("  ", m.model)
    except Exception as exc:
        print("   unreachable:", exc, file=sys.stderr)
    del app


if __name__ == "__main__":
    main()
