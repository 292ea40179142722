#!/usr/bin/env python
"""Upload the explainer eval set as a JSONL file and kick off a batch run.

The batch itself is created here but executed asynchronously by OpenAI; results
are pulled with ``--collect``.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis import prompts  # noqa: E402
from analysis.clients import get_openai_client  # noqa: E402
from data.sources import METRICS, SERVICES, synthetic  # noqa: E402


def build_jsonl(path: Path) -> int:
    n = 0
    with path.open("w") as fh:
        for svc in SERVICES:
            for metric in METRICS:
                body = {
                    "model": "gpt-4o-mini",
                    "messages": prompts.as_chat(
                        prompts.SYSTEM_EXPLAINER,
                        prompts.chart_explanation_prompt(f"{svc} · {metric}", metric, synthetic(svc, metric)),
                    ),
                }
                fh.write(json.dumps({"custom_id": f"{svc}-{metric}", "method": "POST", "url": "/v1/chat/completions", "body": body}) + "\n")
                n += 1
    return n


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--collect", metavar="BATCH_ID")
    args = ap.parse_args(argv)
    client = get_openai_client()
    if args.collect:
        batch = client.batches.retrieve(args.collect)
        print(batch.status)
        if batch.output_file_id:
            print(client.files.content(batch.output_file_id).text[:2000])
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "eval.jsonl"
        count = build_jsonl(path)
        uploaded = client.files.create(file=path.open("rb"), purpose="batch")
    batch = client.batches.create(input_file_id=uploaded.id, endpoint="/v1/chat/completions", completion_window="24h")
    print(f"uploaded {count} requests as {uploaded.id}; batch {batch.id}")


if __name__ == "__main__":
    main()
