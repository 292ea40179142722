#!/usr/bin/env python3
"""Quick end-to-end check against a local Ollama, run on the Pi after install."""
import os
import sys
import time

import ollama

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from octoprint_aiassist.llm import get_ollama_client  # noqa: E402

MODEL = os.environ.get("AIASSIST_SMOKE_MODEL", "llama3.2:1b")


def main():
    client = get_ollama_client(os.environ.get("OLLAMA_HOST"))
    installed = {m.model for m in client.list().models}
    if MODEL not in installed:
        print("pulling", MODEL)
        client.pull(MODEL)
    t = time.time()
    reply = client.chat(model=MODEL, messages=[{"role": "user", "content": "Say OK if you can read this."}])
    print("chat:", reply.message.content.strip(), "({:.1f}s)".format(time.time() - t))
    vec = ollama.embed(model="nomic-embed-text", input="first layer not sticking")
    print("embed dims:", len(vec["embeddings"][0]))
    print("show:", client.show(MODEL).details)


if __name__ == "__main__":
    main()
