"""Weekly digest: re-summarise the week's meeting transcripts with the Batch API (50% cheaper).

Writes one JSONL request per transcript, uploads it and submits a batch. A second
run with --collect downloads the results once the batch has completed.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from openai import OpenAI

DIGEST_MODEL = "gpt-4o-mini"
STATE_FILE = Path(".digest_batch.json")

SYSTEM = "Summarise this meeting in 5 bullets for a weekly leadership digest."


def build_requests(transcript_dir: Path, out: Path) -> int:
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for path in sorted(transcript_dir.glob("*.txt")):
            body = {
                "model": DIGEST_MODEL,
                "messages": [
                    {"role": "system", "content": SYSTEM},
                    {"role": "user", "content": path.read_text(encoding="utf-8")[:200_000]},
                ],
                "max_tokens": 500,
            }
            fh.write(json.dumps({"custom_id": path.stem, "method": "POST",
                                 "url": "/v1/chat/completions", "body": body}) + "\n")
            n += 1
    return n


def submit(client: OpenAI, transcript_dir: Path) -> None:
    requests_path = Path("digest_requests.jsonl")
    count = build_requests(transcript_dir, requests_path)
    if not count:
        print("no transcripts found", file=sys.stderr)
        return
    with requests_path.open("rb") as fh:
        uploaded = client.files.create(file=fh, purpose="batch")
    batch = client.batches.create(
        input_file_id=uploaded.id,
        endpoint="/v1/chat/completions",
        completion_window="24h",
        metadata={"job": "weekly-meeting-digest"},
    )
    STATE_FILE.write_text(json.dumps({"batch_id": batch.id}))
    print(f"submitted batch {batch.id} with {count} requests")


def collect(client: OpenAI, out_path: Path) -> None:
    batch_id = json.loads(STATE_FILE.read_text())["batch_id"]
    batch = client.batches.retrieve(batch_id)
    if batch.status != "completed":
        print(f"batch {batch_id} is {batch.status}")
        return
    content = client.files.content(batch.output_file_id).text
    with out_path.open("w", encoding="utf-8") as out:
        for line in content.splitlines():
            row = json.loads(line)
            text = row["response"]["body"]["choices"][0]["message"]["content"]
            out.write(f"## {row['custom_id']}\n\n{text}\n\n")
    print(f"digest written to {out_path}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--transcripts", type=Path, default=Path("data/transcripts/this_week"))
    ap.add_argument("--collect", action="store_true")
    ap.add_argument("--out", type=Path, default=Path("weekly_digest.md"))
    args = ap.parse_args()
    client = OpenAI()
    if args.collect:
        collect(client, args.out)
    else:
        submit(client, args.transcripts)


if __name__ == "__main__":
    main()
