from __future__ import annotations

import subprocess
from pathlib import Path

MAX_DIFF_CHARS = 12000


class GitError(RuntimeError):
    pass


def _git(root: Path, *args: str) -> str:
    proc = subprocess.run(
        ["git", *args],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=10,
    )
    if proc.returncode != 0:
        raise GitError(proc.stderr.strip() or f"git {' '.join(args)} failed")
    return proc.stdout


def staged_diff(root: Path) -> str:
    diff = _git(root, "diff", "--cached", "--no-color", "--unified=2")
    if len(diff) > MAX_DIFF_CHARS:
        diff = diff[:MAX_DIFF_CHARS] + "\n[... diff truncated ...]"
    return diff


def recent_subjects(root: Path, n: int = 10) -> list[str]:
    out = _git(root, "log", f"-{n}", "--pretty=%s")
    return [line for line in out.splitlines() if line.strip()]


def current_branch(root: Path) -> str:
    return _git(root, "rev-parse", "--abbrev-ref", "HEAD").strip()
