#!/usr/bin/env python
"""Run the edit-format benchmark prompts through the Anthropic Message Batches API.

Batches are half price and we don't need the answers interactively. Usage:

    python scripts/run_benchmark_batch.py submit --model claude-sonnet-4-5 --exercises benchmark/exercises
    python scripts/run_benchmark_batch.py collect msgbatch_01... --upload
"""

import argparse
import json
import sys
import time
from pathlib import Path

import anthropic
import boto3

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from termcoder import prompts  # noqa: E402

RESULTS_BUCKET = "termcoder-benchmarks"
STATE_DIR = Path("tmp.benchmarks")


def load_exercises(root: Path):
    for ex_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        instructions = (ex_dir / ".docs" / "instructions.md").read_text()
        files = {p.name: p.read_text() for p in ex_dir.glob("*.py") if not p.name.endswith("_test.py")}
        yield ex_dir.name, instructions, files


def build_request(name: str, instructions: str, files: dict, model: str) -> dict:
    listing = "\n\n".join(f"{fname}\n```\n{body}\n```" for fname, body in files.items())
    return {
        "custom_id": name,
        "params": {
            "model": model,
            "max_tokens": 8192,
            "system": prompts.MAIN_SYSTEM.format(lazy_prompt="", language="English")
            + "\n"
            + prompts.EDITBLOCK_RULES,
            "messages": [
                {"role": "user", "content": f"{listing}\n\n{instructions}"},
            ],
        },
    }


def submit(args) -> None:
    client = anthropic.Anthropic()
    requests = [
        build_request(name, instr, files, args.model)
        for name, instr, files in load_exercises(Path(args.exercises))
    ]
    batch = client.messages.batches.create(requests=requests)
    STATE_DIR.mkdir(exist_ok=True)
    (STATE_DIR / f"{batch.id}.json").write_text(json.dumps({"model": args.model, "count": len(requests)}))
    print(f"submitted {len(requests)} requests as {batch.id}")


def collect(args) -> None:
    client = anthropic.Anthropic()
    while True:
        batch = client.messages.batches.retrieve(args.batch_id)
        if batch.processing_status == "ended":
            break
        counts = batch.request_counts
        print(f"processing: {counts.processing} left, {counts.succeeded} done", file=sys.stderr)
        time.sleep(30)

    out = STATE_DIR / f"{args.batch_id}.results.jsonl"
    with out.open("w") as fh:
        for entry in client.messages.batches.results(args.batch_id):
            row = {"exercise": entry.custom_id, "type": entry.result.type}
            if entry.result.type == "succeeded":
                msg = entry.result.message
                row["text"] = "".join(b.text for b in msg.content if b.type == "text")
                row["input_tokens"] = msg.usage.input_tokens
                row["output_tokens"] = msg.usage.output_tokens
            fh.write(json.dumps(row) + "\n")
    print(f"wrote {out}")

    if args.upload:
        s3 = boto3.client("s3")
        key = f"batches/{time.strftime('%Y-%m-%d')}/{out.name}"
        s3.put_object(Bucket=RESULTS_BUCKET, Key=key, Body=out.read_bytes(), ContentType="application/jsonl")
        print(f"uploaded to s3://{RESULTS_BUCKET}/{key}")


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="cmd", required=True)
    p_submit = sub.add_parser("submit")
    p_submit.add_argument("--model", default="claude-sonnet-4-5")
    p_submit.add_argument("--exercises", default="benchmark/exercises")
    p_collect = sub.add_parser("collect")
    p_collect.add_argument("batch_id")
    p_collect.add_argument("--upload", action="store_true")
    args = parser.parse_args()
    {"submit": submit, "collect": collect}[args.cmd](args)


if __name__ == "__main__":
    main()
