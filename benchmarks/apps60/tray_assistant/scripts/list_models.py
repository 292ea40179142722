#!/usr/bin/env python3
"""Print the models each configured provider exposes (for filling settings.toml)."""
from __future__ import annotations

import argparse

from tray.llm import get_anthropic, get_genai_client, get_xai_client, make_openai_client


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--provider", choices=["openai", "anthropic", "google", "xai", "all"], default="all")
    args = parser.parse_args()

    if args.provider in ("openai", "all"):
        for m in make_openai_client().models.list():
            print("openai   ", m.id)
    if args.provider in ("anthropic", "all"):
        for m in get_anthropic().models.list(limit=50):
            print("anthropic", m.id)
    if args.provider in ("google", "all"):
        for m in get_genai_client().models.list():
            print("google   ", m.name)
    if args.provider in ("xai", "all"):
        for m in get_xai_client().models.list():
            print("xai      ", m.id)


if __name__ == "__main__":
    main()
