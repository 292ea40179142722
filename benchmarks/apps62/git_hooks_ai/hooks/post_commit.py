#!/usr/bin/env python3
"""post-commit hook: append a one-line summary of the commit to .git/gitai-journal.md
using the local Ollama model (free, runs in the background)."""
import subprocess
import sys

import _bootstrap  # noqa: F401

from gitai.config import DEFAULT_MODELS, hooks_disabled
from gitai.git import git_dir, run_git
from gitai.llm.clients import get_ollama_client


def main() -> int:
    if hooks_disabled():
        return 0
    show = run_git("show", "--stat", "--format=%s%n%n%b", "HEAD")
    client = get_ollama_client()
    try:
        out = client.generate(
            model=DEFAULT_MODELS["ollama"],
            prompt="Summarise this commit in one sentence for a personal work journal:\n\n" + show[:6000],
            options={"num_predict": 60},
        )
    except Exception:
        return 0
    sha = run_git("rev-parse", "--short", "HEAD").strip()
    with open(git_dir() / "gitai-journal.md", "a", encoding="utf-8") as fh:
        fh.write(f"- {sha}: {out['response'].strip()}\n")
    return 0


if __name__ == "__main__":
    if "--background" not in sys.argv:
        subprocess.Popen([sys.executable, __file__, "--background"], start_new_session=True)
        sys.exit(0)
    sys.exit(main())
