"""Thin helpers around git, run through an invoke Context so --dry works."""
from __future__ import annotations

import re
from typing import Iterable

SEMVER = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)$")
_SEP = "\x1f"


def last_tag(c) -> str:
    result = c.run("git describe --tags --abbrev=0", hide=True, warn=True)
    return result.stdout.strip() if result.ok else "v0.0.0"


def next_version(tag: str, part: str = "minor") -> str:
    m = SEMVER.match(tag)
    if not m:
        raise ValueError(f"not a semver tag: {tag}")
    major, minor, patch = (int(x) for x in m.groups())
    if part == "major":
        return f"v{major + 1}.0.0"
    if part == "minor":
        return f"v{major}.{minor + 1}.0"
    return f"v{major}.{minor}.{patch + 1}"


def commits_since(c, ref: str) -> list[dict]:
    fmt = _SEP.join(["%H", "%s", "%an"])
    result = c.run(f"git log {ref}..HEAD --no-merges --format='{fmt}'", hide=True, warn=True)
    commits = []
    for line in result.stdout.splitlines():
        parts = line.split(_SEP)
        if len(parts) != 3:
            continue
        commits.append({"sha": parts[0], "subject": parts[1], "author": parts[2]})
    return commits


def merged_pr_titles(commits: Iterable[dict]) -> list[str]:
    titles = []
    for commit in commits:
        m = re.search(r"\(#(\d+)\)$", commit["subject"])
        if m:
            titles.append(commit["subject"])
    return titles


def create_tag(c, version: str, message: str) -> None:
    c.run(f"git tag -a {version} -m {message!r}")
