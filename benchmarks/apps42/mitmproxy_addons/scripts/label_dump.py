#!/usr/bin/env python3
"""Bulk-label every flow of a capture with DeepSeek (cheap) and write JSONL."""
from __future__ import annotations

import argparse
import concurrent.futures
import json
import sys
from pathlib import Path

from mitmproxy import http, io

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shared.flowtext import flow_to_text  # noqa: E402
from shared.prompts import build_classification_prompt, parse_json_answer  # noqa: E402
from shared.registry import DEFAULT_MODELS, registry  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("capture", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--workers", type=int, default=8)
    args = ap.parse_args()

    client = registry.get("deepseek")
    model = DEFAULT_MODELS["deepseek"]
    with args.capture.open("rb") as fh:
        flows = [f for f in io.FlowReader(fh).stream() if isinstance(f, http.HTTPFlow)]

    with concurrent.futures.ThreadPoolExecutor(args.workers) as pool:
        futures = {
            pool.submit(client.chat.completions.create, model=model,
                        messages=build_classification_prompt(flow_to_text(f)), temperature=0): f
            for f in flows
        }
        with args.out.open("w") as out:
            for fut in concurrent.futures.as_completed(futures):
                f = futures[fut]
                verdict = parse_json_answer(fut.result().choices[0].message.content or "")
                out.write(json.dumps({"id": f.id, "url": f.request.pretty_url, **verdict}) + "\n")

    # sanity check on one flow with the reasoning model
    if flows:
        check = client.chat.completions.create(
            model="deepseek-reasoner",
            messages=build_classification_prompt(flow_to_text(flows[0])),
        )
        print("reasoner check:", check.choices[0].message.content)


if __name__ == "__main__":
    main()
