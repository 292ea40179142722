"""Backfill missing column descriptions in the data catalog YAML files.

One-off-ish; run by hand when a new source lands. Uses Perplexity because
the column names are often vendor field names that need a web lookup, and
falls back to the Anthropic HTTP API (no SDK in the ops image).
"""
import argparse
import os
from pathlib import Path

import requests
import yaml
from openai import OpenAI

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"

pplx = OpenAI(api_key=os.environ["PERPLEXITY_API_KEY"], base_url="https://api.perplexity.ai")


def describe_with_search(table: str, column: str) -> str:
    resp = pplx.chat.completions.create(
        model="llama-3.1-sonar-small-128k-online",
        messages=[
            {"role": "system", "content": "One sentence, no citations."},
            {"role": "user", "content": f"What does the column `{column}` in a `{table}` export mean?"},
        ],
    )
    return resp.choices[0].message.content.strip()


def describe_with_claude(table: str, column: str) -> str:
    r = requests.post(
        ANTHROPIC_URL,
        headers={
            "x-api-key": os.environ["ANTHROPIC_API_KEY"],
            "anthropic-version": "2023-06-01",
            "content-type": "application/json",
        },
        json={
            "model": "claude-3-5-haiku-20241022",
            "max_tokens": 120,
            "messages": [{"role": "user", "content": f"Describe column {column} of table {table} in one sentence."}],
        },
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["content"][0]["text"].strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("catalog_dir")
    ap.add_argument("--no-search", action="store_true")
    args = ap.parse_args()
    for path in Path(args.catalog_dir).glob("*.yml"):
        doc = yaml.safe_load(path.read_text())
        changed = False
        for col in doc.get("columns", []):
            if col.get("description"):
                continue
            fn = describe_with_claude if args.no_search else describe_with_search
            col["description"] = fn(doc["name"], col["name"])
            changed = True
        if changed:
            path.write_text(yaml.safe_dump(doc, sort_keys=False))
            print("updated", path)


if __name__ == "__main__":
    main()
