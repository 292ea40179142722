"""Tiny unified-diff parser; enough to split a diff into per-file hunks."""
from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field

_FILE_RE = re.compile(r"^diff --git a/(?P<a>\S+) b/(?P<b>\S+)")
_HUNK_RE = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")

SKIP_SUFFIXES = (".lock", ".min.js", ".svg", ".png", ".jpg", ".snap")


@dataclass
class FileDiff:
    path: str
    hunks: list[str] = field(default_factory=list)
    added: int = 0
    removed: int = 0

    @property
    def text(self) -> str:
        return "\n".join(self.hunks)


def git_diff(base: str = "origin/main", head: str = "HEAD", cwd: str | None = None) -> str:
    return subprocess.run(
        ["git", "diff", "--no-color", f"{base}...{head}"],
        check=True, capture_output=True, text=True, cwd=cwd,
    ).stdout


def parse_diff(diff_text: str) -> list[FileDiff]:
    files: list[FileDiff] = []
    current: FileDiff | None = None
    hunk: list[str] = []

    def flush():
        if current is not None and hunk:
            current.hunks.append("\n".join(hunk))

    for line in diff_text.splitlines():
        m = _FILE_RE.match(line)
        if m:
            flush()
            hunk = []
            current = FileDiff(path=m.group("b"))
            files.append(current)
            continue
        if current is None:
            continue
        if _HUNK_RE.match(line):
            flush()
            hunk = [line]
        elif hunk:
            hunk.append(line)
            if line.startswith("+") and not line.startswith("+++"):
                current.added += 1
            elif line.startswith("-") and not line.startswith("---"):
                current.removed += 1
    flush()
    return [f for f in files if not f.path.endswith(SKIP_SUFFIXES)]
