#!/usr/bin/env python3
"""Weekly audit of everything merged to main in the last 7 days (run from CI cron)."""
import datetime as dt
import json
import sys

from gitai import git
from gitai.legacy.fireworks_http import FireworksHTTP
from gitai.legacy.review_v1 import review
from gitai.llm import get_anthropic_client
from gitai.services.llm_usage_tracker import llm_tracker


def merged_since(days=7):
    since = (dt.date.today() - dt.timedelta(days=days)).isoformat()
    out = git.run_git("log", "--merges", "--first-parent", "main", f"--since={since}", "--format=%H %s")
    return [line.split(" ", 1) for line in out.splitlines() if line]


def main():
    report = []
    fw = FireworksHTTP()
    for sha, subject in merged_since():
        diff = git.run_git("diff", f"{sha}^1", sha)
        report.append({"sha": sha, "subject": subject, "review": review(diff[:30000]), "summary": fw.summarize(diff[:20000])})
    fw.close()

    digest = get_anthropic_client().with_options(timeout=180.0).messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=1500,
        messages=[{"role": "user", "content": "Write a weekly engineering digest from these reviews:\n" + json.dumps(report)}],
    )
    print(digest.content[0].text)
    print("\nLLM spend by feature:", json.dumps(llm_tracker.summary(), indent=2), file=sys.stderr)


if __name__ == "__main__":
    main()
