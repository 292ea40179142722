"""/release-notes owner/repo [base..head] — draft release notes from merged PRs."""

from __future__ import annotations

import asyncio
import logging

import requests

from botkit import CommandContext, command, get_settings
from botkit.errors import UserFacingError
from botkit.llm import models
from botkit.llm.clients import openrouter_client

logger = logging.getLogger(__name__)

GITHUB_API = "https://api.github.com"

NOTES_PROMPT = """Write release notes for engineers from these merged pull requests.
Sections: Features, Fixes, Internal. One line per PR, link the PR number. Skip dependabot.

{prs}
"""


def _compare(repo: str, spec: str) -> list[dict]:
    headers = {"Accept": "application/vnd.github+json"}
    token = get_settings().github_token
    if token:
        headers["Authorization"] = f"Bearer {token}"
    resp = requests.get(f"{GITHUB_API}/repos/{repo}/compare/{spec}", headers=headers, timeout=20)
    if resp.status_code == 404:
        raise UserFacingError(f"Can't find {repo} or range {spec}")
    resp.raise_for_status()
    return resp.json()["commits"]


def _draft(repo: str, spec: str) -> str:
    commits = _compare(repo, spec)
    prs = "\n".join(
        f"- {c['commit']['message'].splitlines()[0]} ({c['sha'][:7]})"
        for c in commits
        if c["commit"]["message"].startswith(("Merge pull request", "feat", "fix"))
    )
    if not prs:
        return "No merged PRs in that range."
    client = openrouter_client()
    out = client.chat.completions.create(
        model=models.OR_DEFAULT,
        messages=[{"role": "user", "content": NOTES_PROMPT.format(prs=prs)}],
        temperature=0.3,
        max_tokens=1500,
    )
    return out.choices[0].message.content


@command("release-notes", help="Draft release notes: /release-notes acme/api v1.2.0..v1.3.0")
async def release_notes(ctx: CommandContext) -> None:
    if not ctx.args:
        raise UserFacingError("Usage: /release-notes owner/repo [base..head]")
    repo = ctx.args[0]
    spec = ctx.args[1] if len(ctx.args) > 1 else "main~30...main"
    notes = await asyncio.to_thread(_draft, repo, spec)
    await ctx.reply(notes)
