#!/usr/bin/env python3
"""One-off: describe old snapshots in /config/www/snapshots that have no .txt sidecar yet.

Runs on the laptop against a copy of the snapshot folder, not inside HA.
    python scripts/backfill_descriptions.py ~/snapshots --limit 200
"""
import argparse
import base64
import pathlib
import sys

import anthropic

PROMPT = "Describe this security camera image in one sentence (people, vehicles, packages, animals)."


def describe(client, path, model):
    data = base64.b64encode(path.read_bytes()).decode()
    msg = client.messages.create(
        model=model,
        max_tokens=120,
        messages=[{
            "role": "user",
            "content": [
                {"type": "image", "source": {"type": "base64", "media_type": "image/jpeg", "data": data}},
                {"type": "text", "text": PROMPT},
            ],
        }],
    )
    return msg.content[0].text, msg.usage


def submit_batch(client, paths, model):
    """Cheaper for the big backlog: 50% off, results within 24h."""
    requests = []
    for i, path in enumerate(paths):
        data = base64.b64encode(path.read_bytes()).decode()
        requests.append({
            "custom_id": f"snap-{i}",
            "params": {
                "model": model,
                "max_tokens": 120,
                "messages": [{"role": "user", "content": [
                    {"type": "image", "source": {"type": "base64", "media_type": "image/jpeg", "data": data}},
                    {"type": "text", "text": PROMPT}]}],
            },
        })
    batch = client.messages.batches.create(requests=requests)
    return batch.id


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=pathlib.Path)
    parser.add_argument("--limit", type=int, default=50)
    parser.add_argument("--model", default="claude-3-5-haiku-latest")
    parser.add_argument("--batch", action="store_true")
    args = parser.parse_args(argv)

    client = anthropic.Anthropic()
    todo = [p for p in sorted(args.folder.glob("*.jpg")) if not p.with_suffix(".txt").exists()][: args.limit]
    if args.batch:
        print("submitted batch", submit_batch(client, todo, args.model))
        return 0
    total_in = total_out = 0
    for path in todo:
        text, usage = describe(client, path, args.model)
        path.with_suffix(".txt").write_text(text + "\n")
        total_in += usage.input_tokens
        total_out += usage.output_tokens
        print(f"{path.name}: {text}")
    print(f"done: {len(todo)} images, {total_in} in / {total_out} out tokens")
    return 0


if __name__ == "__main__":
    sys.exit(main())
