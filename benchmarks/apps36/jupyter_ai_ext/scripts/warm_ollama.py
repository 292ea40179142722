#!/usr/bin/env python
"""Pull and pre-load the local models used by the extension (run in the image build)."""
import sys

import ollama

from jupyter_ai_helpers import config as cfg

MODELS = [cfg.DEFAULT_MODELS["ollama"], cfg.EMBEDDING_MODELS["ollama"], "qwen2.5-coder:7b"]


def main():
    client = ollama.Client(host=cfg.OLLAMA_HOST)
    installed = {m["model"] for m in client.list()["models"]}
    for name in MODELS:
        if name not in installed:
            print(f"pulling {name} ...", flush=True)
            client.pull(name)
    # keep the chat model resident for 30 minutes
    client.generate(model=cfg.DEFAULT_MODELS["ollama"], prompt="ping", keep_alive="30m")
    return 0


if __name__ == "__main__":
    sys.exit(main())
