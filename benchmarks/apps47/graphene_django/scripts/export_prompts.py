#!/usr/bin/env python
"""Dump the prompt templates to markdown for the editorial team's review."""
import inspect
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from ai import prompts  # noqa: E402


def main(path="prompts.md"):
    with open(path, "w") as fh:
        for name, value in inspect.getmembers(prompts):
            if name.isupper() and isinstance(value, str):
                fh.write(f"## {name}\n\n```\n{value}\n```\n\n")
    print(f"wrote {path}")


if __name__ == "__main__":
    main(*sys.argv[1:])
