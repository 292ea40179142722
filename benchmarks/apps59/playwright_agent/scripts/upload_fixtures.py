#!/usr/bin/env python
"""Upload fixture screenshots so prompts can reference them by file id."""
from __future__ import annotations

import argparse
from pathlib import Path

from qa_agent.llm import get_genai_client, get_openai_client


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--provider", choices=["openai", "google"], default="openai")
    args = ap.parse_args()
    for png in sorted(args.folder.glob("*.png")):
        if args.provider == "openai":
            with png.open("rb") as fh:
                f = get_openai_client().files.create(file=fh, purpose="vision")
            print(png.name, f.id)
        else:
            f = get_genai_client().files.upload(file=str(png))
            print(png.name, f.name)


if __name__ == "__main__":
    main()
