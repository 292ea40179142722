#!/usr/bin/env python3
"""commit-msg hook: lint the final message; optional AI sanity check."""
import sys

import _bootstrap  # noqa: F401

import gitai.llm as llm
from gitai.commit_guard import find_secrets, is_flagged, strip_comments, subject_problems
from gitai.config import hooks_disabled
from gitai.git import staged_diff
from gitai.prompts import COMMIT_LINT_SYSTEM


def ai_lint(message: str) -> str | None:
    client = llm.get_groq_client()
    resp = client.chat.completions.create(
        model="llama-3.1-8b-instant",
        messages=[
            {"role": "system", "content": COMMIT_LINT_SYSTEM},
            {"role": "user", "content": f"Message:\n{message}\n\nDiff:\n{staged_diff(6000)}"},
        ],
        max_tokens=60,
        temperature=0,
    )
    verdict = (resp.choices[0].message.content or "OK").strip()
    return None if verdict.upper().startswith("OK") else verdict


def main(argv) -> int:
    if hooks_disabled():
        return 0
    with open(argv[1], encoding="utf-8") as fh:
        message = strip_comments(fh.read())

    secrets = find_secrets(message)
    if secrets:
        print("commit-msg: message looks like it contains a secret; aborting.", file=sys.stderr)
        return 1

    problems = subject_problems(message)
    for p in problems:
        print(f"commit-msg: {p}", file=sys.stderr)
    if problems:
        return 1

    try:
        if is_flagged(message):
            print("commit-msg: message was flagged by moderation; please rephrase.", file=sys.stderr)
            return 1
        hint = ai_lint(message)
        if hint:
            print(f"commit-msg (hint): {hint}", file=sys.stderr)
    except Exception as exc:
        print(f"commit-msg: AI checks skipped ({exc})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
