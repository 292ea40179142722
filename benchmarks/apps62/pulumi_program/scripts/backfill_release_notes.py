#!/usr/bin/env python
"""One-off: regenerate release notes for old git tags that predate the
ReleaseNotes dynamic resource, and upload them to the docs bucket.

    python scripts/backfill_release_notes.py --service api --since v1.0.0
"""
from __future__ import annotations

import argparse
import os
import subprocess

import boto3
import requests

from infra_ai import get_anthropic
from infra_ai.prompts import RELEASE_NOTES_SYSTEM, RELEASE_NOTES_USER

OPENAI_URL = "https://api.openai.com/v1/chat/completions"


def git_tags(since: str) -> list[str]:
    out = subprocess.run(["git", "tag", "--sort=creatordate"], capture_output=True, text=True, check=True)
    tags = out.stdout.split()
    return tags[tags.index(since):] if since in tags else tags


def commits_between(a: str, b: str) -> str:
    out = subprocess.run(["git", "log", "--oneline", f"{a}..{b}"], capture_output=True, text=True, check=True)
    return out.stdout


def notes_with_claude(service: str, prev: str, tag: str, commits: str) -> str:
    client = get_anthropic()
    raw = client.messages.with_raw_response.create(
        model="claude-3-5-sonnet-20241022",
        max_tokens=1500,
        system=RELEASE_NOTES_SYSTEM,
        messages=[{"role": "user", "content": RELEASE_NOTES_USER.format(
            service=service, version=tag, previous=prev, commits=commits)}],
    )
    print("request-id:", raw.headers.get("request-id"))
    return raw.parse().content[0].text


def notes_with_openai_http(service: str, prev: str, tag: str, commits: str) -> str:
    # the first version of this script; kept for comparing against old notes
    resp = requests.post(
        OPENAI_URL,
        headers={"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"},
        json={
            "model": "gpt-4o-mini",
            "messages": [
                {"role": "system", "content": RELEASE_NOTES_SYSTEM},
                {"role": "user", "content": RELEASE_NOTES_USER.format(
                    service=service, version=tag, previous=prev, commits=commits)},
            ],
        },
        timeout=120,
    )
    resp.raise_for_status()
    return resp.json()["choices"][0]["message"]["content"]


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--service", required=True)
    p.add_argument("--since", required=True)
    p.add_argument("--bucket", default=os.getenv("DOCS_BUCKET"))
    p.add_argument("--engine", choices=["claude", "openai-http"], default="claude")
    p.add_argument("--dry-run", action="store_true")
    a = p.parse_args()

    s3 = boto3.client("s3")
    tags = git_tags(a.since)
    for prev, tag in zip(tags, tags[1:]):
        commits = commits_between(prev, tag)
        if not commits.strip():
            continue
        gen = notes_with_claude if a.engine == "claude" else notes_with_openai_http
        notes = gen(a.service, prev, tag, commits)
        if a.dry_run:
            print(f"--- {tag}\n{notes}\n")
            continue
        s3.put_object(Bucket=a.bucket, Key=f"releases/{a.service}/{tag}.md", Body=notes.encode(),
                      ContentType="text/markdown")


if __name__ == "__main__":
    main()
