#!/usr/bin/env python3
"""Pre-generate JSON fixtures for the data-driven suites.

    python scripts/generate_fixtures.py --entity customer --count 50 --out suites/data/customers.json
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

from openai import OpenAI

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from resources.prompts import TEST_DATA_SYSTEM, TEST_DATA_TEMPLATE, render  # noqa: E402

ENTITY_FIELDS = {
    "customer": "first_name, last_name, email, phone, country",
    "ticket": "subject, body, priority, product",
    "address": "street, city, postcode, country",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entity", choices=sorted(ENTITY_FIELDS), required=True)
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--batch", type=int, default=10)
    parser.add_argument("--locales", default="en_US,de_DE,fr_FR")
    parser.add_argument("--model", default=os.getenv("QA_OPENAI_MODEL", "gpt-4o-mini"))
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)

    client = OpenAI()
    locales = args.locales.split(",")
    jobs = []
    with ThreadPoolExecutor(max_workers=4) as pool:
        for locale in locales:
            for _ in range(max(1, args.count // args.batch)):
                prompt = render(
                    TEST_DATA_TEMPLATE,
                    count=args.batch,
                    entity=args.entity,
                    fields=ENTITY_FIELDS[args.entity],
                    locale=locale,
                )
                jobs.append(
                    pool.submit(
                        client.chat.completions.create,
                        model=args.model,
                        messages=[
                            {"role": "system", "content": TEST_DATA_SYSTEM},
                            {"role": "user", "content": prompt},
                        ],
                        response_format={"type": "json_object"},
                        temperature=0.9,
                    )
                )
        records: list[dict] = []
        for fut in as_completed(jobs):
            payload = json.loads(fut.result().choices[0].message.content or "{}")
            records.extend(payload.get("records", []))

    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(records[: args.count], indent=2, ensure_ascii=False))
    print(f"wrote {min(len(records), args.count)} records to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
