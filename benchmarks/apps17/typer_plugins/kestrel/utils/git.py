import subprocess
from pathlib import Path
from typing import List, Optional

from kestrel.errors import GitError


def _git(*args: str, cwd: Optional[Path] = None) -> str:
    try:
        out = subprocess.run(
            ["git", *args],
            cwd=cwd,
            check=True,
            capture_output=True,
            text=True,
        )
    except FileNotFoundError as exc:
        raise GitError("git executable not found") from exc
    except subprocess.CalledProcessError as exc:
        raise GitError(exc.stderr.strip() or f"git {' '.join(args)} failed") from exc
    return out.stdout


def repo_root(cwd: Optional[Path] = None) -> Path:
    return Path(_git("rev-parse", "--show-toplevel", cwd=cwd).strip())


def staged_diff(cwd: Optional[Path] = None) -> str:
    return _git("diff", "--cached", "--no-color", cwd=cwd)


def diff_against(base: str, cwd: Optional[Path] = None) -> str:
    return _git("diff", "--no-color", f"{base}...HEAD", cwd=cwd)


def changed_files(base: str, cwd: Optional[Path] = None) -> List[str]:
    return [p for p in _git("diff", "--name-only", f"{base}...HEAD", cwd=cwd).splitlines() if p]


def log_since(ref: str, cwd: Optional[Path] = None) -> List[str]:
    raw = _git("log", "--pretty=format:%h %s", f"{ref}..HEAD", cwd=cwd)
    return [line for line in raw.splitlines() if line.strip()]


def latest_tag(cwd: Optional[Path] = None) -> Optional[str]:
    try:
        return _git("describe", "--tags", "--abbrev=0", cwd=cwd).strip()
    except GitError:
        return None
