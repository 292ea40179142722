#!/usr/bin/env python
"""Make sure the on-prem Ollama box has the models we need (run by cron)."""

from __future__ import annotations

import os
import sys

import ollama

REQUIRED = ["llama3.1:8b", "nomic-embed-text"]


def main() -> int:
    client = ollama.Client(host=os.environ.get("OLLAMA_HOST", "http://localhost:11434"))
    present = {m["model"] for m in client.list()["models"]}
    for name in REQUIRED:
        if name in present:
            info = client.show(name)
            print(f"ok {name} ({info.get('details', {}).get('parameter_size', '?')})")
            continue
        print(f"pulling {name} ...")
        for progress in client.pull(name, stream=True):
            status = progress.get("status", "")
            if status.startswith("pulling") and progress.get("total"):
                pct = 100 * progress.get("completed", 0) / progress["total"]
                print(f"  {pct:5.1f}%", end="\r")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
