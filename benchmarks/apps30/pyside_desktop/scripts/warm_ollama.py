#!/usr/bin/env python
"""Pull and pre-load the local models so the first request isn't slow."""
from __future__ import annotations

import sys

from quillpad.services.clients import get_ollama_client
from quillpad.services.embeddings import OLLAMA_EMBED_MODEL


def main(models: list[str]) -> None:
    client = get_ollama_client()
    have = {m.model for m in client.list().models}
    for name in models + [OLLAMA_EMBED_MODEL]:
        if name not in have:
            print(f"pulling {name} ...")
            for status in client.pull(name, stream=True):
                if status.get("completed") and status.get("total"):
                    print(f"\r  {status['completed'] / status['total']:.0%}", end="")
            print()
    for name in models:
        # Empty prompt + keep_alive loads the weights without generating.
        client.generate(model=name, prompt="", keep_alive="30m")
        print(f"loaded {name}")
    print(client.ps())


if __name__ == "__main__":
    main(sys.argv[1:] or ["llama3.1:8b"])
