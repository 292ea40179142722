#!/usr/bin/env python
"""Export saved conversations as Markdown files."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from termpal.config import load_settings
from termpal.services.history import ConversationStore


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--limit", type=int, default=100)
    args = parser.parse_args()
    store = ConversationStore(load_settings().history_db)
    args.out.mkdir(parents=True, exist_ok=True)
    for conv in store.recent(args.limit):
        lines = [f"# {conv.title}", "", f"_{conv.provider}, {datetime.fromtimestamp(conv.created):%Y-%m-%d %H:%M}_", ""]
        for role, content in store.messages(conv.id):
            lines += [f"**{role}**:", "", content, ""]
        (args.out / f"{conv.id:05d}.md").write_text("\n".join(lines))
    store.close()


if __name__ == "__main__":
    main()
