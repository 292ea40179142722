#!/usr/bin/env python
"""Caption a folder (or a JSONL of URLs) against the *deployed* model.

    python script/batch_caption.py urls.jsonl out.jsonl --deployment acme/agentic-captioner
"""
import argparse
import os
import sys
from concurrent.futures import ThreadPoolExecutor, as_completed

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from src.llm import get_replicate  # noqa: E402
from src.utils.io import read_jsonl, write_jsonl  # noqa: E402

MODEL_REF = "acme/agentic-captioner"


def via_deployment(deployment_name: str, rows: list[dict], webhook: str | None) -> list[str]:
    client = get_replicate()
    deployment = client.deployments.get(deployment_name)
    ids = []
    for row in rows:
        prediction = deployment.predictions.create(
            input={"image": row["url"], "style": row.get("style", "descriptive")},
            webhook=webhook,
        )
        ids.append(prediction.id)
    return ids


def via_threads(rows: list[dict], workers: int) -> list[dict]:
    client = get_replicate()
    results = []
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {
            pool.submit(client.run, MODEL_REF, input={"image": row["url"]}): row
            for row in rows
        }
        for fut in as_completed(futures):
            row = futures[fut]
            try:
                out = fut.result()
                results.append({"url": row["url"], "caption": "".join(out)})
            except Exception as exc:  # noqa: BLE001
                results.append({"url": row["url"], "error": str(exc)})
    return results


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--deployment")
    ap.add_argument("--webhook")
    ap.add_argument("--workers", type=int, default=4)
    args = ap.parse_args()

    rows = read_jsonl(args.input)
    if args.deployment:
        ids = via_deployment(args.deployment, rows, args.webhook)
        write_jsonl(args.output, [{"url": r["url"], "prediction_id": i} for r, i in zip(rows, ids)])
    else:
        write_jsonl(args.output, via_threads(rows, args.workers))


if __name__ == "__main__":
    main()
