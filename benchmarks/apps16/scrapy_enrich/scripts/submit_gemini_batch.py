#!/usr/bin/env python
"""Submit a Gemini batch job that regenerates selling points for a whole retailer.

    python scripts/submit_gemini_batch.py --retailer mediamarkt --wait
"""
import argparse
import json
import os
import sys
import tempfile
import time

from google import genai
from google.genai import types
from sqlalchemy import create_engine, text

MODEL = "gemini-2.0-flash"
DONE_STATES = {"JOB_STATE_SUCCEEDED", "JOB_STATE_FAILED", "JOB_STATE_CANCELLED", "JOB_STATE_EXPIRED"}

QUERY = text("SELECT sku, title, description FROM products WHERE retailer = :retailer AND description IS NOT NULL")


def write_requests(rows, path):
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            request = {
                "key": row.sku,
                "request": {
                    "contents": [{"role": "user", "parts": [{"text": f"Product: {row.title}\n\n{row.description[:6000]}"}]}],
                    "system_instruction": {"parts": [{"text": "Extract the selling points a shopper would compare on, as a JSON list."}]},
                    "generation_config": {"response_mime_type": "application/json", "temperature": 0.2},
                },
            }
            fh.write(json.dumps(request, ensure_ascii=False) + "\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--retailer", required=True)
    parser.add_argument("--wait", action="store_true")
    args = parser.parse_args()

    engine = create_engine(os.environ["DATABASE_URL"])
    with engine.connect() as conn:
        rows = conn.execute(QUERY, {"retailer": args.retailer}).fetchall()
    if not rows:
        sys.exit(f"no products for {args.retailer}")

    client = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "requests.jsonl")
        write_requests(rows, path)
        src = client.files.upload(
            file=path,
            config=types.UploadFileConfig(display_name=f"selling-points-{args.retailer}", mime_type="jsonl"),
        )

    job = client.batches.create(
        model=MODEL,
        src=src.name,
        config=types.CreateBatchJobConfig(display_name=f"selling-points-{args.retailer}-{int(time.time())}"),
    )
    print(f"submitted {job.name} ({len(rows)} requests)")

    while args.wait:
        job = client.batches.get(name=job.name)
        print(f"{time.strftime('%H:%M:%S')} {job.state.name}")
        if job.state.name in DONE_STATES:
            break
        time.sleep(60)


if __name__ == "__main__":
    main()
