#!/usr/bin/env python3
"""pre-push hook: AI review of the commits being pushed.

stdin lines: <local ref> <local sha> <remote ref> <remote sha>
"""
import os
import sys

import _bootstrap  # noqa: F401

from gitai import git
from gitai.config import hooks_disabled, load_settings
from gitai.llm import get_anthropic_client, get_backend
from gitai.reviewer import review_diff

ZERO = "0" * 40


def ranges(stdin):
    for line in stdin:
        parts = line.split()
        if len(parts) != 4:
            continue
        local_ref, local_sha, remote_ref, remote_sha = parts
        if local_sha == ZERO:
            continue  # branch deletion
        base = remote_sha if remote_sha != ZERO else "origin/HEAD"
        yield base, local_sha


def main() -> int:
    if hooks_disabled() or os.environ.get("GITAI_SKIP_REVIEW"):
        return 0
    settings = load_settings()
    blocking = 0
    for base, head in ranges(sys.stdin):
        diff = git.diff_between(base, head)
        if not diff.strip():
            continue
        diff = diff[: settings.max_diff_chars * 2]
        try:
            if settings.review_provider == "anthropic":
                findings = review_diff(get_anthropic_client(), diff)
            else:
                from gitai.reviewer import parse_findings
                from gitai.prompts import REVIEW_SYSTEM

                text = get_backend(settings.review_provider).complete(REVIEW_SYSTEM, diff, max_tokens=1500).text
                findings = parse_findings(text)
        except Exception as exc:
            print(f"pre-push: review skipped ({exc})", file=sys.stderr)
            continue
        for f in findings:
            print(f"[{f.severity}] {f.location} {f.message}", file=sys.stderr)
        blocking += sum(1 for f in findings if f.blocking)
    if blocking:
        print(f"pre-push: {blocking} blocking finding(s). Push with --no-verify to override.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
