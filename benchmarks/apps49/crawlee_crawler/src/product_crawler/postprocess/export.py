"""CSV/JSONL export of the enriched dataset (no LLM usage here)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from crawlee.storages import Dataset

FIELDS = ["url", "title", "price_text", "category", "summary"]


async def export_csv(dataset_name: str, path: Path) -> int:
    dataset = await Dataset.open(name=dataset_name)
    data = await dataset.get_data(limit=100_000)
    with path.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS, extrasaction="ignore")
        writer.writeheader()
        for item in data.items:
            writer.writerow(item)
    return len(data.items)


async def export_jsonl(dataset_name: str, path: Path) -> int:
    dataset = await Dataset.open(name=dataset_name)
    count = 0
    with path.open("w") as fh:
        async for item in dataset.iterate_items():
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
            count += 1
    return count
