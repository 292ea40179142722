#!/usr/bin/env python3
"""Try a prompt template against a local model before putting it in an app.

    python scripts/prompt_playground.py HISTORY_SUMMARY hours=24 history="sensor.x: 20.1"
"""
import os
import sys
from string import Template

import ollama

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "apps"))

from lib import prompts  # noqa: E402


def render(name, pairs):
    tpl = getattr(prompts, name)
    values = dict(p.split("=", 1) for p in pairs)
    return tpl.substitute(**values) if isinstance(tpl, Template) else tpl


def main():
    text = render(sys.argv[1], sys.argv[2:])
    print("---- prompt ----\n" + text + "\n---- reply ----")
    client = ollama.Client(host=os.environ.get("OLLAMA_HOST", "http://localhost:11434"))
    for part in client.generate(model=os.environ.get("MODEL", "llama3.1:8b"), prompt=text, stream=True):
        print(part["response"], end="", flush=True)
    print()


if __name__ == "__main__":
    main()
