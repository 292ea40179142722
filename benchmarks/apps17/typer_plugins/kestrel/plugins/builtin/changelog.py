"""`kestrel changelog` - draft release notes from commit subjects."""
from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Dict, List, Optional

import typer
from rich.console import Console

from kestrel.plugins.base import KestrelPlugin, PluginContext
from kestrel.providers.clients import replicate_client
from kestrel.providers.presets import get_router
from kestrel.utils import git

console = Console()

SECTIONS = ("Features", "Fixes", "Internal")

_PROMPT = """You are writing release notes for developers.
Group these commit subjects under the heading "{section}" only if they belong there.
Return a markdown bullet list, or the single word NONE.

{commits}
"""


def _draft_section(section: str, commits: List[str]) -> str:
    resp = get_router().completion(
        model="changelog" if _has_changelog_alias() else "default",
        messages=[{"role": "user", "content": _PROMPT.format(section=section, commits="\n".join(commits))}],
        temperature=0.1,
    )
    return resp.choices[0].message.content.strip()


def _has_changelog_alias() -> bool:
    return "changelog" in get_router().get_model_names()


async def _draft_all(commits: List[str]) -> Dict[str, str]:
    router = get_router()
    tasks = [
        router.acompletion(
            model="default",
            messages=[{"role": "user", "content": _PROMPT.format(section=s, commits="\n".join(commits))}],
        )
        for s in SECTIONS
    ]
    results = await asyncio.gather(*tasks)
    return {s: r.choices[0].message.content.strip() for s, r in zip(SECTIONS, results)}


def _headline(notes: str) -> str:
    """One-line release headline. Uses a hosted Llama on Replicate (team preference)."""
    output = replicate_client().run(
        "meta/meta-llama-3-70b-instruct",
        input={
            "prompt": "Write a single-sentence headline for these release notes:\n\n" + notes,
            "max_tokens": 60,
            "temperature": 0.4,
        },
    )
    return "".join(output).strip()


class ChangelogPlugin(KestrelPlugin):
    name = "changelog"
    version = "1.4.0"
    description = "Draft CHANGELOG entries from git history"

    def register(self, app: typer.Typer, ctx: PluginContext) -> None:
        @app.command("changelog")
        def changelog(
            since: Optional[str] = typer.Option(None, help="Tag or ref to start from (default: latest tag)"),
            output: Optional[Path] = typer.Option(None, "--output", "-o"),
            parallel: bool = typer.Option(False, help="Draft all sections concurrently"),
            headline: bool = typer.Option(True, help="Prepend a one-line headline"),
        ) -> None:
            """Draft release notes for commits since SINCE."""
            ref = since or git.latest_tag()
            if ref is None:
                raise typer.BadParameter("no tags found; pass --since")
            commits = git.log_since(ref)
            if not commits:
                console.print("[yellow]No commits since %s[/]" % ref)
                raise typer.Exit(0)
            ctx.logger.info("drafting changelog for %d commits", len(commits))

            if parallel:
                drafted = asyncio.run(_draft_all(commits))
            else:
                drafted = {s: _draft_section(s, commits) for s in SECTIONS}

            body = "\n\n".join(f"### {s}\n\n{text}" for s, text in drafted.items() if text != "NONE")
            if headline:
                body = f"**{_headline(body)}**\n\n" + body
            if output:
                output.write_text(body + "\n", encoding="utf-8")
            else:
                console.print(body)
