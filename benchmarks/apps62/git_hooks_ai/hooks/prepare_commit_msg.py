#!/usr/bin/env python3
"""prepare-commit-msg hook: fill the message file with an AI-drafted message.

git calls us as: prepare-commit-msg <msg-file> [<source> [<sha>]]
"""
import os
import sys

import _bootstrap  # noqa: F401

from gitai.config import hooks_disabled, load_settings

SKIP_SOURCES = {"merge", "squash", "commit", "message"}


def _quick_groq(diff: str) -> str:
    # GITAI_QUICK=1: one-line message straight from Groq, no body. Fast enough for amend loops.
    from groq import Groq

    client = Groq()
    resp = client.chat.completions.create(
        model="llama-3.1-8b-instant",
        messages=[
            {"role": "system", "content": "Write a one-line git commit subject (<=72 chars) for this diff."},
            {"role": "user", "content": diff[:8000]},
        ],
        max_tokens=40,
        temperature=0.2,
    )
    return resp.choices[0].message.content.strip() + "\n"


def main(argv) -> int:
    if len(argv) < 2:
        print("usage: prepare-commit-msg <msg-file> [source] [sha]", file=sys.stderr)
        return 0
    msg_file = argv[1]
    source = argv[2] if len(argv) > 2 else ""
    if hooks_disabled() or source in SKIP_SOURCES:
        return 0

    with open(msg_file, encoding="utf-8") as fh:
        existing = fh.read()
    if any(line.strip() and not line.startswith("#") for line in existing.splitlines()):
        return 0  # user already typed something

    settings = load_settings()
    try:
        if os.environ.get("GITAI_LEGACY"):
            from gitai.legacy.commit_gen_v0 import generate_commit_message

            message = generate_commit_message() + "\n"
        elif os.environ.get("GITAI_QUICK"):
            from gitai.git import staged_diff

            message = _quick_groq(staged_diff(settings.max_diff_chars))
        else:
            from gitai.commit_writer import write_message

            message = write_message(settings, offline=bool(os.environ.get("GITAI_OFFLINE")))
    except Exception as exc:  # never block a commit because the model is down
        print(f"gitai: could not draft message ({exc.__class__.__name__}: {exc})", file=sys.stderr)
        return 0

    if message:
        with open(msg_file, "w", encoding="utf-8") as fh:
            fh.write(message + "\n" + existing)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
