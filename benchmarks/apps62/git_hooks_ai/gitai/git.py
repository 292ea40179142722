"""Thin wrappers around the git CLI."""
from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path


class GitError(RuntimeError):
    pass


def run_git(*args: str, cwd: str | None = None, check: bool = True) -> str:
    proc = subprocess.run(["git", *args], capture_output=True, text=True, cwd=cwd)
    if check and proc.returncode != 0:
        raise GitError(f"git {' '.join(args)} failed: {proc.stderr.strip()}")
    return proc.stdout


def staged_diff(max_chars: int | None = None) -> str:
    proc = subprocess.run(
        ["git", "diff", "--cached", "--no-color", "-U3"],
        capture_output=True,
        text=True,
        check=True,
    )
    diff = proc.stdout
    if max_chars and len(diff) > max_chars:
        diff = diff[:max_chars] + "\n... [diff truncated]\n"
    return diff


def staged_files() -> list[str]:
    out = run_git("diff", "--cached", "--name-only", "--diff-filter=ACMR")
    return [line for line in out.splitlines() if line.strip()]


def diff_between(base: str, head: str = "HEAD") -> str:
    return run_git("diff", "--no-color", f"{base}...{head}")


def log_between(base: str, head: str = "HEAD") -> list["Commit"]:
    fmt = "%H%x1f%an%x1f%s%x1f%b%x1e"
    out = run_git("log", f"--format={fmt}", f"{base}..{head}")
    commits = []
    for record in out.split("\x1e"):
        record = record.strip()
        if not record:
            continue
        sha, author, subject, body = (record.split("\x1f") + ["", "", "", ""])[:4]
        commits.append(Commit(sha=sha, author=author, subject=subject, body=body.strip()))
    return commits


def current_branch() -> str:
    return run_git("rev-parse", "--abbrev-ref", "HEAD").strip()


def repo_root() -> Path:
    return Path(run_git("rev-parse", "--show-toplevel").strip())


def git_dir() -> Path:
    return Path(run_git("rev-parse", "--absolute-git-dir").strip())


def latest_tag() -> str | None:
    out = run_git("describe", "--tags", "--abbrev=0", check=False).strip()
    return out or None


@dataclass
class Commit:
    sha: str
    author: str
    subject: str
    body: str = ""

    @property
    def short(self) -> str:
        return self.sha[:8]


class Tag:
    """Annotated tag helper used by the release script."""

    def __init__(self, name: str, message: str):
        self.name = name
        self.message = message

    def create(self, sign: bool = False) -> None:
        args = ["tag", "-a", self.name, "-m", self.message]
        if sign:
            args.insert(1, "-s")
        run_git(*args)


# --- diff filtering --------------------------------------------------------
# Lockfiles and generated code blow up the prompt without adding information.

NOISY_GLOBS = (
    "*.lock",
    "package-lock.json",
    "pnpm-lock.yaml",
    "poetry.lock",
    "*.min.js",
    "*.min.css",
    "*.svg",
    "*_pb2.py",
    "*.snap",
    "dist/*",
    "vendor/*",
)


@dataclass
class FileDiff:
    path: str
    text: str

    @property
    def added(self) -> int:
        return sum(1 for l in self.text.splitlines() if l.startswith("+") and not l.startswith("+++"))

    @property
    def removed(self) -> int:
        return sum(1 for l in self.text.splitlines() if l.startswith("-") and not l.startswith("---"))


def split_diff(diff: str) -> list[FileDiff]:
    files: list[FileDiff] = []
    path, buf = None, []
    for line in diff.splitlines(keepends=True):
        if line.startswith("diff --git "):
            if path is not None:
                files.append(FileDiff(path, "".join(buf)))
            parts = line.split(" b/", 1)
            path = parts[1].strip() if len(parts) == 2 else line.strip()
            buf = []
        buf.append(line)
    if path is not None:
        files.append(FileDiff(path, "".join(buf)))
    return files


def filter_noise(diff: str, extra_globs: tuple[str, ...] = ()) -> str:
    from fnmatch import fnmatch

    globs = NOISY_GLOBS + extra_globs
    kept, dropped = [], []
    for fd in split_diff(diff):
        if any(fnmatch(fd.path, g) or fnmatch(Path(fd.path).name, g) for g in globs):
            dropped.append(f"{fd.path} (+{fd.added}/-{fd.removed})")
        else:
            kept.append(fd.text)
    if dropped:
        kept.append("\n# omitted generated/lock files: " + ", ".join(dropped) + "\n")
    return "".join(kept)


def diffstat(diff: str) -> str:
    return "\n".join(f"{fd.path}: +{fd.added} -{fd.removed}" for fd in split_diff(diff))
