#!/usr/bin/env python
"""Offline eval of field extraction against the labelled set in s3://claims-eval/gold/.

Compares Claude (prod), Mistral small and gpt-4o-mini on the same prompts. Not tracked:
eval spend is billed to the R&D account.
"""
from __future__ import annotations

import argparse
import csv
import functools
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from claimsdoc import prompts
from claimsdoc.clients import get_anthropic, get_mistral, get_openai
from claimsdoc.schemas import EXTRACT_SCHEMA_JSON, ExtractedFields, parse_json_loose
from claimsdoc.settings import settings

FIELDS = ["policy_number", "claimant_name", "date_of_loss", "total_amount", "vehicle_vin"]

claude_extract = functools.partial(
    get_anthropic().messages.create,
    model=settings.anthropic_model,
    max_tokens=1500,
    system=prompts.EXTRACT_SYSTEM.format(schema=EXTRACT_SCHEMA_JSON),
)


def run_claude(item: dict) -> ExtractedFields:
    msg = claude_extract(
        messages=[{"role": "user", "content": prompts.render_extract(item["doc_type"], item["claim_id"], item["text"])}]
    )
    return parse_json_loose(msg.content[0].text, ExtractedFields)


def run_mistral(item: dict) -> ExtractedFields:
    buf = []
    stream = get_mistral().chat.stream(
        model=settings.mistral_chat_model,
        messages=[
            {"role": "system", "content": prompts.EXTRACT_SYSTEM.format(schema=EXTRACT_SCHEMA_JSON)},
            {"role": "user", "content": prompts.render_extract(item["doc_type"], item["claim_id"], item["text"])},
        ],
    )
    for event in stream:
        delta = event.data.choices[0].delta.content
        if delta:
            buf.append(delta)
    return parse_json_loose("".join(buf), ExtractedFields)


def run_gpt(item: dict) -> ExtractedFields:
    stream = get_openai().chat.completions.create(
        model="gpt-4o-mini",
        stream=True,
        stream_options={"include_usage": True},
        messages=[
            {"role": "system", "content": prompts.EXTRACT_SYSTEM.format(schema=EXTRACT_SCHEMA_JSON)},
            {"role": "user", "content": prompts.render_extract(item["doc_type"], item["claim_id"], item["text"])},
        ],
    )
    text = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    return parse_json_loose(text, ExtractedFields)


RUNNERS = {"claude": run_claude, "mistral": run_mistral, "gpt": run_gpt}


def score(pred: ExtractedFields, gold: dict) -> dict[str, int]:
    p = pred.model_dump(mode="json")
    return {f: int(str(p.get(f) or "").strip().lower() == str(gold.get(f) or "").strip().lower()) for f in FIELDS}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", type=Path, help="jsonl with text, doc_type, claim_id and gold fields")
    ap.add_argument("--models", default="claude,mistral,gpt")
    ap.add_argument("--out", type=Path, default=Path("eval.csv"))
    args = ap.parse_args()
    items = [json.loads(line) for line in args.gold.read_text().splitlines() if line.strip()]
    rows = []
    with ThreadPoolExecutor(max_workers=6) as ex:
        for name in args.models.split(","):
            runner = RUNNERS[name]
            for item, pred in zip(items, ex.map(runner, items)):
                rows.append({"model": name, "doc": item["document_id"], **score(pred, item["gold"])})
    with args.out.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["model", "doc", *FIELDS])
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {args.out}")


if __name__ == "__main__":
    main()
