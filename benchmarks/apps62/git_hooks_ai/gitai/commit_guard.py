"""Checks run by the commit-msg hook."""
from __future__ import annotations

import re

from gitai.llm.clients import get_openai_client

SECRET_PATTERNS = [
    re.compile(r"AKIA[0-9A-Z]{16}"),
    re.compile(r"sk-[A-Za-z0-9_\-]{20,}"),
    re.compile(r"ghp_[A-Za-z0-9]{36}"),
    re.compile(r"-----BEGIN (RSA|EC|OPENSSH) PRIVATE KEY-----"),
]


def find_secrets(text: str) -> list[str]:
    return [p.pattern for p in SECRET_PATTERNS if p.search(text)]


def is_flagged(message: str) -> bool:
    """Commit messages end up in public changelogs; run them through moderation."""
    client = get_openai_client()
    result = client.moderations.create(model="omni-moderation-latest", input=message)
    return any(r.flagged for r in result.results)


def strip_comments(message: str) -> str:
    return "\n".join(line for line in message.splitlines() if not line.startswith("#")).strip()


def subject_problems(message: str) -> list[str]:
    problems = []
    subject = message.splitlines()[0] if message else ""
    if not subject:
        problems.append("empty subject")
    if len(subject) > 72:
        problems.append(f"subject is {len(subject)} chars (max 72)")
    if subject.endswith("."):
        problems.append("subject ends with a period")
    if subject.lower().startswith(("wip", "fixup!", "squash!")):
        problems.append("WIP/fixup commits are not allowed on protected branches")
    return problems
