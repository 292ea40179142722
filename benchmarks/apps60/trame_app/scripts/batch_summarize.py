#!/usr/bin/env python
"""Summarise every dataset in a directory and write markdown next to it.

    python scripts/batch_summarize.py data/ --provider groq
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from groq import Groq
from openai import OpenAI

from assistant.data.loaders import load_path, list_local
from assistant.llm.prompts import SUMMARIZE_DATASET, render


def summarize_openai(client: OpenAI, prompt: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": prompt}],
    )
    return r.choices[0].message.content


def summarize_groq(client: Groq, prompt: str) -> str:
    r = client.chat.completions.create(
        model="llama-3.3-70b-versatile",
        messages=[{"role": "user", "content": prompt}],
    )
    return r.choices[0].message.content


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data_dir")
    ap.add_argument("--provider", choices=["openai", "groq"], default="openai")
    args = ap.parse_args()

    if args.provider == "groq":
        client, fn = Groq(api_key=os.environ["GROQ_API_KEY"]), summarize_groq
    else:
        client, fn = OpenAI(), summarize_openai

    for rel in list_local(args.data_dir):
        ds = load_path(Path(args.data_dir) / rel)
        rows, cols = ds.shape
        prompt = render(SUMMARIZE_DATASET, name=ds.name, rows=rows, cols=cols, stats=ds.stats_table())
        out = Path(args.data_dir) / rel
        out.with_suffix(".summary.md").write_text(fn(client, prompt))
        print("wrote", out.with_suffix(".summary.md"))


if __name__ == "__main__":
    main()
