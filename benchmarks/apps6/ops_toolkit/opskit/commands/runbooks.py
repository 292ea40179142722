from __future__ import annotations

import functools
from pathlib import Path
from typing import List, Optional

import click

from opskit.clients import get_perplexity_client, with_client
from opskit.context import OpsContext
from prompts import runbook_search_messages

RUNBOOK_DIR = Path(__file__).resolve().parents[2] / "runbooks"


@click.group(name="runbooks")
def group() -> None:
    """Find and check runbooks."""


@with_client(get_perplexity_client)
def search_references(query: str, *, recency: Optional[str] = None, client=None) -> dict:
    extra = {"search_recency_filter": recency} if recency else {}
    response = client.chat.completions.create(
        model="sonar",
        messages=runbook_search_messages(query),
        extra_body=extra,
    )
    return {
        "answer": response.choices[0].message.content,
        "citations": getattr(response, "citations", []) or [],
    }


@group.command("search")
@click.argument("query", nargs=-1, required=True)
@click.option("--recency", type=click.Choice(["day", "week", "month", "year"]), default=None)
@click.pass_obj
def search(ops: OpsContext, query, recency) -> None:
    """Search the web for vendor docs about a problem."""
    result = search_references(" ".join(query), recency=recency)
    ops.emit(result["answer"])
    for i, url in enumerate(result["citations"], 1):
        click.echo(f"  [{i}] {url}")


def _local_runbooks() -> List[Path]:
    if not RUNBOOK_DIR.exists():
        return []
    return sorted(RUNBOOK_DIR.glob("**/*.md"))


@group.command("audit")
@click.option("--limit", default=20, show_default=True)
@click.pass_obj
def audit(ops: OpsContext, limit: int) -> None:
    """Ask whether each local runbook references deprecated tooling."""
    ask = functools.partial(ops.perplexity.chat.completions.create, model="sonar-pro", temperature=0)
    for path in _local_runbooks()[:limit]:
        text = path.read_text(encoding="utf-8")[:6000]
        question = (
            "Does this runbook rely on commands, flags or services that are deprecated "
            "or end-of-life as of today? Answer 'OK' or list the problems.\n\n" + text
        )
        response = ask(messages=[{"role": "user", "content": question}])
        verdict = (response.choices[0].message.content or "").strip()
        marker = click.style("OK", fg="green") if verdict.upper().startswith("OK") else click.style("CHECK", fg="yellow")
        click.echo(f"{marker}  {path.relative_to(RUNBOOK_DIR)}")
        if ops.output == "json" or not verdict.upper().startswith("OK"):
            click.echo(f"      {verdict[:400]}")
