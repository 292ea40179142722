"""/review: send a diff to deepseek-reasoner."""
from __future__ import annotations

import subprocess

from ptk_repl.commands.base import command
from ptk_repl.providers import deepseek_client
from ptk_repl.ui import printing

from . import Plugin

REVIEW_PROMPT = """You are reviewing a git diff. Point out bugs, risky changes and
missing tests. Be specific, reference file names and lines. Skip style nits."""


class CodeReviewPlugin(Plugin):
    name = "codereview"


def setup(state):
    return CodeReviewPlugin(state)


def _diff(ref: str) -> str:
    out = subprocess.run(["git", "diff", ref], capture_output=True, text=True, check=False)
    return out.stdout


@command("review")
def review(state, ref: str = "HEAD"):
    """Review `git diff REF` with DeepSeek."""
    diff = _diff(ref)
    if not diff.strip():
        printing.info("no changes")
        return
    client = deepseek_client()
    resp = client.chat.completions.create(
        model="deepseek-reasoner",
        messages=[
            {"role": "system", "content": REVIEW_PROMPT},
            {"role": "user", "content": diff[:60_000]},
        ],
    )
    printing.answer(resp.choices[0].message.content or "")
