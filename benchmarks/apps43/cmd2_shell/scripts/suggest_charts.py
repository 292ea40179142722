#!/usr/bin/env python
"""Suggest charts for a query result (legacy Gemini helper)."""
import argparse

from querysh.db import Database
from querysh.legacy.gemini_helpers import count_prompt_tokens, suggest_charts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sql")
    ap.add_argument("--db")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    result = Database(args.db).run(args.sql)
    rows = result.frame.head(15).values.tolist()
    if args.dry_run:
        print("prompt tokens:", count_prompt_tokens(list(result.frame.columns), rows))
        return
    print(suggest_charts(list(result.frame.columns), rows))


if __name__ == "__main__":
    main()
