#!/usr/bin/env python3
"""Symlink the hooks in ./hooks into this repository's .git/hooks."""
import argparse
import os
import stat
import subprocess
import sys
from pathlib import Path

HOOKS = {
    "prepare-commit-msg": "prepare_commit_msg.py",
    "commit-msg": "commit_msg.py",
    "pre-push": "pre_push.py",
    "post-commit": "post_commit.py",
}


def git_hooks_dir() -> Path:
    out = subprocess.run(["git", "rev-parse", "--git-path", "hooks"], capture_output=True, text=True, check=True)
    return Path(out.stdout.strip()).resolve()


def install(force: bool = False, only: list[str] | None = None) -> int:
    src_dir = Path(__file__).resolve().parent / "hooks"
    dest_dir = git_hooks_dir()
    dest_dir.mkdir(parents=True, exist_ok=True)
    for hook, script in HOOKS.items():
        if only and hook not in only:
            continue
        src = src_dir / script
        dest = dest_dir / hook
        if dest.exists() or dest.is_symlink():
            if not force:
                print(f"skip {hook}: already exists (use --force)")
                continue
            dest.unlink()
        src.chmod(src.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        os.symlink(src, dest)
        print(f"installed {hook} -> {src}")
    return 0


def uninstall() -> int:
    dest_dir = git_hooks_dir()
    for hook in HOOKS:
        dest = dest_dir / hook
        if dest.is_symlink() and "gitai" in os.readlink(dest) or dest.is_symlink():
            dest.unlink()
            print(f"removed {hook}")
    return 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--force", action="store_true")
    ap.add_argument("--uninstall", action="store_true")
    ap.add_argument("--only", nargs="*")
    a = ap.parse_args()
    sys.exit(uninstall() if a.uninstall else install(a.force, a.only))
