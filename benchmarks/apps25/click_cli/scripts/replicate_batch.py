#!/usr/bin/env python
"""Submit a whole file of prompts to Replicate as async predictions and collect them.

Cheaper than keeping a thread per row alive for the 70B model's cold start.
"""
from __future__ import annotations

import json
import sys

import replicate

from datalingo.io import RecordWriter, load_records

MODEL = "meta/meta-llama-3-70b-instruct"


def main(in_path: str, out_path: str, field: str = "prompt") -> None:
    records = load_records(in_path)
    predictions = []
    for rec in records:
        pred = replicate.predictions.create(
            model=MODEL,
            input={"prompt": rec[field], "max_new_tokens": 400},
        )
        predictions.append(pred)
    print(f"submitted {len(predictions)} predictions", file=sys.stderr)

    with RecordWriter(out_path) as writer:
        for rec, pred in zip(records, predictions):
            pred.wait()
            rec["output"] = "".join(pred.output or []) if pred.status == "succeeded" else None
            rec["prediction_id"] = pred.id
            rec["metrics"] = json.dumps(pred.metrics or {})
            writer.write(rec)


if __name__ == "__main__":
    main(*sys.argv[1:4])
