#!/usr/bin/env python
"""Translate a merchandising CSV (sku,title,description) for a campaign landing page.

Marketing sends these ad hoc; they don't go through the catalog assets.

    TOGETHER_API_KEY=... python scripts/translate_csv.py in.csv out.csv --locale es-ES
"""
import argparse
import csv
import os
import sys
import time

import requests

TOGETHER_URL = "https://api.together.xyz/v1/chat/completions"
MODEL = "meta-llama/Llama-3.3-70B-Instruct-Turbo"


def translate(text: str, locale: str, api_key: str) -> str:
    for attempt in range(3):
        resp = requests.post(
            TOGETHER_URL,
            headers={"Authorization": f"Bearer {api_key}"},
            json={
                "model": MODEL,
                "messages": [
                    {"role": "system", "content": f"Translate to {locale}. Return only the translation."},
                    {"role": "user", "content": text},
                ],
                "temperature": 0.2,
            },
            timeout=90,
        )
        if resp.status_code == 429:
            time.sleep(5 * (attempt + 1))
            continue
        resp.raise_for_status()
        return resp.json()["choices"][0]["message"]["content"].strip()
    raise RuntimeError("rate limited three times, giving up")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("src")
    parser.add_argument("dst")
    parser.add_argument("--locale", required=True)
    args = parser.parse_args()
    api_key = os.environ["TOGETHER_API_KEY"]

    with open(args.src, newline="") as fin, open(args.dst, "w", newline="") as fout:
        reader = csv.DictReader(fin)
        writer = csv.DictWriter(fout, fieldnames=["sku", "title", "description"])
        writer.writeheader()
        for row in reader:
            writer.writerow(
                {
                    "sku": row["sku"],
                    "title": translate(row["title"], args.locale, api_key),
                    "description": translate(row["description"], args.locale, api_key),
                }
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
