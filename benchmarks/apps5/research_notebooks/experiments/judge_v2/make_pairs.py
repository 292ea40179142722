"""Build the A/B pairs for the judge study from two summary runs.

    python make_pairs.py ../../outputs/summaries_openai.parquet ../../outputs/summaries_anthropic.parquet

Sides are shuffled per pair (seeded) so the judge can't learn a position bias
from us; the mapping is kept in the pairs file.
"""
import json
import random
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
SEED = 20241105


def main(left_path, right_path, out_path=HERE / "pairs.jsonl"):
    left = pd.read_parquet(left_path)[["conversation_id", "conversation", "summary"]]
    right = pd.read_parquet(right_path)[["conversation_id", "summary"]]
    merged = left.merge(right, on="conversation_id", suffixes=("_left", "_right"))
    merged = merged.dropna(subset=["summary_left", "summary_right"])

    rng = random.Random(SEED)
    with open(out_path, "w", encoding="utf-8") as fh:
        for row in merged.itertuples():
            swap = rng.random() < 0.5
            a, b = (row.summary_right, row.summary_left) if swap else (row.summary_left, row.summary_right)
            fh.write(json.dumps({
                "conversation_id": row.conversation_id,
                "conversation": row.conversation,
                "a": a,
                "b": b,
                "a_is": "right" if swap else "left",
                "left_run": Path(left_path).stem,
                "right_run": Path(right_path).stem,
            }) + "\n")
    print(f"wrote {len(merged)} pairs to {out_path}")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2])
