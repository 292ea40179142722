#!/usr/bin/env python3
"""Draft release notes from git history, outside of buildbot.

Usage: scripts/draft_release_notes.py v4.2.0 v4.3.0 [--model gpt-4o-mini]

Release managers run this from their laptops, which don't have the master's
venv, so it sticks to `requests` and calls the API directly.
"""
import argparse
import os
import subprocess
import sys

import requests

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from llm.prompts import RELEASE_NOTES_SYSTEM  # noqa: E402

OPENAI_URL = "https://api.openai.com/v1/chat/completions"


def git_log(since, until):
    out = subprocess.run(
        ["git", "log", "--no-merges", "--format=%h%x09%an%x09%s", f"{since}..{until}"],
        check=True, capture_output=True, text=True,
    )
    return [line.split("\t", 2) for line in out.stdout.splitlines() if line]


def draft(entries, version, model):
    lines = "\n".join(f"* {sha} {subject} ({author})" for sha, author, subject in entries)
    r = requests.post(
        OPENAI_URL,
        headers={"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"},
        json={
            "model": model,
            "messages": [
                {"role": "system", "content": RELEASE_NOTES_SYSTEM},
                {"role": "user", "content": f"Version {version}:\n{lines}"},
            ],
            "temperature": 0.2,
        },
        timeout=120,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("since")
    ap.add_argument("until")
    ap.add_argument("--model", default="gpt-4o-mini")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args(argv)

    entries = git_log(args.since, args.until)
    if not entries:
        print("no changes", file=sys.stderr)
        return 1
    if args.dry_run:
        for e in entries:
            print(*e, sep="\t")
        return 0
    print(draft(entries, args.until, args.model))
    return 0


if __name__ == "__main__":
    sys.exit(main())
