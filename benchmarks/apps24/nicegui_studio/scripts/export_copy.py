#!/usr/bin/env python
"""Export approved drafts to CSV for the CMS import, optionally with a Grok 'spicy' variant."""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from studio.legacy.grok_compat import client as grok_client  # noqa: E402
from studio.legacy.old_generator import hashtags  # noqa: E402
from studio.utils import slugify  # noqa: E402


def spicy(text: str) -> str:
    resp = grok_client().chat.completions.create(
        model="grok-3-mini",
        messages=[{"role": "user", "content": f"Make this bolder, keep facts:\n{text}"}],
        temperature=0.9,
    )
    return resp.choices[0].message.content or ""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--spicy", action="store_true")
    parser.add_argument("--storage", type=Path, default=Path(".nicegui/storage-general.json"))
    args = parser.parse_args()

    data = json.loads(args.storage.read_text())
    rows = []
    for campaign in data.get("campaigns", {}).values():
        for draft in campaign.get("drafts", []):
            if not draft.get("approved"):
                continue
            row = {
                "campaign": slugify(campaign["name"]),
                "channel": draft["channel"],
                "text": draft["text"],
                "hashtags": " ".join(hashtags(draft["text"])),
            }
            if args.spicy:
                row["spicy"] = spicy(draft["text"])
            rows.append(row)

    with args.out.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["campaign", "channel", "text", "hashtags", "spicy"])
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {args.out}")


if __name__ == "__main__":
    main()
