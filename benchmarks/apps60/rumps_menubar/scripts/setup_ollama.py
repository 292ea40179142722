#!/usr/bin/env python3
"""Pull the local models the app expects (translation, prep hints, embeddings)."""
import sys

import ollama

REQUIRED = ["llama3.1:8b", "llama3.2:3b", "aya-expanse:8b", "nomic-embed-text"]


def main() -> int:
    try:
        have = {m.model for m in ollama.list().models}
    except ConnectionError:
        print("Ollama is not running - start it with `ollama serve`.")
        return 1
    for name in REQUIRED:
        if name in have:
            print(f"✓ {name}")
            continue
        print(f"pulling {name} ...")
        for progress in ollama.pull(name, stream=True):
            if progress.get("status") == "success":
                print(f"✓ {name}")
    print("running:", ", ".join(m.model for m in ollama.ps().models) or "nothing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
