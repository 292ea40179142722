#!/usr/bin/env python
"""Uploads the labelled click sample for the offline eval (fine-tune candidates)."""
from __future__ import annotations

import argparse
import json
import pathlib

from enrichment.clients import make_openai_client
from enrichment.prompts import CLICK_INTENT_SYSTEM, render_click


def to_jsonl(rows: list[dict], path: pathlib.Path) -> None:
    with path.open("w") as fh:
        for row in rows:
            fh.write(
                json.dumps(
                    {
                        "messages": [
                            {"role": "system", "content": CLICK_INTENT_SYSTEM},
                            {"role": "user", "content": render_click(row)},
                            {"role": "assistant", "content": row["label"]},
                        ]
                    }
                )
                + "\n"
            )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("labelled", type=pathlib.Path)
    ap.add_argument("--out", type=pathlib.Path, default=pathlib.Path("/tmp/click_eval.jsonl"))
    args = ap.parse_args()

    rows = [json.loads(line) for line in args.labelled.read_text().splitlines() if line.strip()]
    to_jsonl(rows, args.out)

    client = make_openai_client()
    with args.out.open("rb") as fh:
        uploaded = client.files.create(file=fh, purpose="fine-tune")
    print("uploaded", uploaded.id, uploaded.bytes, "bytes")
    for f in client.files.list(purpose="fine-tune"):
        print(f.id, f.filename, f.created_at)


if __name__ == "__main__":
    main()
