#!/usr/bin/env python
"""Explain every diff file in a directory (offline, no device access).

Usage: python scripts/batch_explain.py diffs/ --provider openai
"""
from __future__ import annotations

import argparse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from netauto.legacy.ai_helper import ask_gpt, ask_mistral
from netauto.llm import EXPLAIN_DIFF_SYSTEM, get_openai_client, render_diff_prompt


def explain_file(path: Path, provider: str) -> tuple[str, str]:
    prompt = render_diff_prompt(path.stem, "unknown", path.read_text())
    if provider == "legacy-openai":
        return path.stem, ask_gpt(EXPLAIN_DIFF_SYSTEM + "\n\n" + prompt)
    if provider == "legacy-mistral":
        return path.stem, ask_mistral(EXPLAIN_DIFF_SYSTEM + "\n\n" + prompt)
    client = get_openai_client()
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": EXPLAIN_DIFF_SYSTEM}, {"role": "user", "content": prompt}],
    )
    return path.stem, resp.choices[0].message.content


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("directory")
    ap.add_argument("--provider", default="openai")
    ap.add_argument("--workers", type=int, default=4)
    args = ap.parse_args()
    files = sorted(Path(args.directory).glob("*.diff"))
    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        for name, text in pool.map(lambda p: explain_file(p, args.provider), files):
            print(f"## {name}\n{text}\n")


if __name__ == "__main__":
    main()
