"""Backfill dataset descriptions into data/catalog.json.

    python -m scripts.backfill_descriptions [--provider together] [--tracked]
"""
from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path

from lab.backend import TaskComplexity, multi_model_service, registry
from lab.backend.datasets import load_folder
from lab.backend.summarizer import profile


async def tracked_description(name: str, prof: str) -> str:
    return await multi_model_service.generate_response(
        prompt=f"One paragraph description of dataset {name}:\n{prof}",
        task_type="summary",
        complexity=TaskComplexity.SIMPLE,
    )


def direct_description(provider: str, name: str, prof: str) -> str:
    entry = registry.get(provider)
    resp = entry.client.chat.completions.create(
        model=entry.default_model,
        messages=[{"role": "user", "content": f"One paragraph description of dataset {name}:\n{prof}"}],
        max_tokens=250,
    )
    return resp.choices[0].message.content


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--provider", default="together")
    ap.add_argument("--tracked", action="store_true")
    ap.add_argument("--out", default="data/catalog.json")
    args = ap.parse_args()

    cat = load_folder()
    out_path = Path(args.out)
    existing = json.loads(out_path.read_text()) if out_path.exists() else {}
    for name in cat.names():
        if existing.get(name):
            continue
        prof = profile(cat.get(name).df)
        if args.tracked:
            existing[name] = asyncio.run(tracked_description(name, prof))
        else:
            existing[name] = direct_description(args.provider, name, prof)
        print(f"{name}: {existing[name][:80]}…")
    out_path.write_text(json.dumps(existing, indent=2))


if __name__ == "__main__":
    main()
