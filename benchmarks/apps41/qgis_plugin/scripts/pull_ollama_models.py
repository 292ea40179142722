#!/usr/bin/env python3
"""Pull the default local models so the plugin works offline."""
import sys

import ollama

MODELS = ["llama3.1:8b", "nomic-embed-text", "qwen2.5:14b"]


def main(host="http://localhost:11434"):
    client = ollama.Client(host=host)
    have = {m.model for m in client.list().models}
    for name in MODELS:
        if name in have:
            print("ok   ", name)
            continue
        print("pull ", name)
        for progress in client.pull(name, stream=True):
            if progress.get("completed") and progress.get("total"):
                sys.stdout.write("\r  {:.0%}".format(progress["completed"] / progress["total"]))
        print()
    # smoke test
    reply = client.generate(model=MODELS[0], prompt="Say OK.")
    print(reply["response"])


if __name__ == "__main__":
    main(*sys.argv[1:])
