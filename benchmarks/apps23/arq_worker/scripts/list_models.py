#!/usr/bin/env python
"""Print the models each configured provider exposes (handy when a vendor renames things)."""
from __future__ import annotations

import os

import cohere
from anthropic import Anthropic

from docintel.providers import get_sync_openai


def main() -> None:
    oa = get_sync_openai()
    print("# openai")
    for m in oa.models.list():
        print("  ", m.id)

    print("# anthropic")
    for m in Anthropic().models.list(limit=50):
        print("  ", m.id, m.display_name)

    print("# cohere")
    co = cohere.ClientV2(api_key=os.environ.get("COHERE_API_KEY"))
    for m in co.models.list(page_size=100).models:
        print("  ", m.name, ",".join(m.endpoints or []))


if __name__ == "__main__":
    main()
