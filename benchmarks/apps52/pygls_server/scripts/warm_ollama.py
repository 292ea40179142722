#!/usr/bin/env python
"""Pull the configured local models and run a one-shot smoke prompt."""
import sys

import ollama

MODELS = ["qwen2.5-coder:7b", "nomic-embed-text"]


def main() -> int:
    have = {m["model"] for m in ollama.list()["models"]}
    for name in MODELS:
        if name not in have:
            print(f"pulling {name} ...", flush=True)
            ollama.pull(name)
    reply = ollama.chat(
        model=MODELS[0],
        messages=[{"role": "user", "content": "Reply with the single word: ready"}],
    )
    print(reply["message"]["content"].strip())
    info = ollama.show(MODELS[0])
    print("context length:", info.get("model_info", {}).get("qwen2.context_length"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
