#!/usr/bin/env python
"""Explain every query in a .sql file and write a markdown report.

    python scripts/batch_explain.py queries.sql --db warehouse.duckdb -o report.md [--legacy] [--tracked]
"""
from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from querysh import prompts
from querysh.backends import get_openai_client
from querysh.config import load_settings
from querysh.db import Database
from querysh.services.llm_usage_tracker import llm_tracker


def split_statements(text: str) -> list[str]:
    return [s.strip() for s in text.split(";") if s.strip()]


async def explain_tracked(client, model: str, sql: str, preview: str) -> str:
    async with llm_tracker.track_llm_call(provider="openai", model=model, feature_context="batch_explain") as usage_log:
        resp = client.chat.completions.create(
            model=model,
            messages=[
                {"role": "system", "content": prompts.EXPLAIN_SYSTEM},
                {"role": "user", "content": prompts.explain_prompt(sql, preview)},
            ],
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return resp.choices[0].message.content or ""


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("sql_file", type=Path)
    ap.add_argument("--db")
    ap.add_argument("-o", "--out", type=Path, default=Path("report.md"))
    ap.add_argument("--legacy", action="store_true")
    ap.add_argument("--tracked", action="store_true")
    args = ap.parse_args()

    settings = load_settings()
    db = Database(args.db)
    client = get_openai_client(settings.key_for("openai"))
    sections = []
    for i, sql in enumerate(split_statements(args.sql_file.read_text()), 1):
        try:
            result = db.run(sql)
        except Exception as exc:
            sections.append(f"## Query {i}\n\n```sql\n{sql}\n```\n\nFailed: {exc}\n")
            continue
        if args.legacy:
            from querysh.legacy.explain_v1 import explain_rows

            text = explain_rows(sql, result.frame.values.tolist(), list(result.frame.columns))
        elif args.tracked:
            text = asyncio.run(explain_tracked(client, settings.openai_model, sql, result.preview(20)))
        else:
            resp = client.chat.completions.create(
                model=settings.openai_model,
                messages=[
                    {"role": "system", "content": prompts.EXPLAIN_SYSTEM},
                    {"role": "user", "content": prompts.explain_prompt(sql, result.preview(20))},
                ],
                temperature=0.1,
            )
            text = resp.choices[0].message.content or ""
        sections.append(f"## Query {i}\n\n```sql\n{sql}\n```\n\n{text}\n")
        print(f"[{i}] done", file=sys.stderr)
    args.out.write_text("# Query report\n\n" + "\n".join(sections))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
