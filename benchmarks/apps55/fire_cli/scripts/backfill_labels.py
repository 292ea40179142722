#!/usr/bin/env python
"""Backfill llm_label on old datasets with the legacy LiteLLM labeler.

Second pass re-asks disagreements with a stronger model.
"""
import argparse
import json

from toolkit.io_utils import read_jsonl, write_jsonl
from toolkit.labeling.legacy_labeler import label_texts_parallel, make_relabeler


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--labels", required=True)
    ap.add_argument("--model", default="gpt-4o-mini")
    ap.add_argument("--adjudicator", default="anthropic/claude-3-5-sonnet-20240620")
    ap.add_argument("--out")
    args = ap.parse_args()

    labels = args.labels.split(",")
    rows = read_jsonl(args.path)
    first = label_texts_parallel([r["text"] for r in rows], labels, model=args.model)
    relabel = make_relabeler(args.adjudicator, labels)
    changed = 0
    for row, res in zip(rows, first):
        row["llm_label"] = res["label"]
        if row.get("human_label") and row["human_label"] != res["label"]:
            second = relabel(row["text"], res["label"])
            row["llm_label_adjudicated"] = second["label"]
            changed += second["label"] != res["label"]
    write_jsonl(args.out or args.path, rows)
    print(json.dumps({"rows": len(rows), "adjudication_changed": changed}))


if __name__ == "__main__":
    main()
