"""`kestrel review` - review a diff before opening a PR."""
from __future__ import annotations

import asyncio
import json
from typing import List, Optional

import typer
from rich.console import Console
from rich.table import Table
from xai_sdk.chat import system, user

from kestrel.config import get_settings
from kestrel.models import ChatMessage, ReviewFinding, Severity
from kestrel.providers.clients import xai_client
from kestrel.providers.registry import get_backend
from kestrel.services.multi_model_service import TaskComplexity, multi_model_service
from kestrel.utils import git
from kestrel.utils.text import fit_to_budget

app = typer.Typer(help="Review diffs and files.", no_args_is_help=True)
console = Console()

REVIEW_SYSTEM = """You are a senior reviewer. Report concrete problems only: bugs, security
issues, missing error handling, confusing names. Answer with a JSON list of objects with keys
path, line, severity (info|warning|error), message, suggestion."""


def _parse_findings(raw: str) -> List[ReviewFinding]:
    start, end = raw.find("["), raw.rfind("]")
    if start == -1 or end == -1:
        return []
    items = json.loads(raw[start:end + 1])
    return [
        ReviewFinding(
            path=i.get("path", "?"),
            line=i.get("line"),
            severity=Severity(i.get("severity", "info")),
            message=i["message"],
            suggestion=i.get("suggestion"),
        )
        for i in items
    ]


def _render(findings: List[ReviewFinding]) -> None:
    table = Table("severity", "location", "message")
    for f in findings:
        table.add_row(f.severity.value, f"{f.path}:{f.line or '-'}", f.message)
    console.print(table)


@app.command("diff")
def review_diff(
    base: str = typer.Option("origin/main", help="Base ref to diff against"),
    backend: Optional[str] = typer.Option(None, help="Backend name (see `kestrel models backends`)"),
    tracked: bool = typer.Option(True, help="Route through the shared tracked service"),
) -> None:
    """Review the current branch against BASE."""
    diff = git.diff_against(base)
    if not diff.strip():
        console.print("[green]Nothing to review.[/]")
        raise typer.Exit(0)
    diff = fit_to_budget(diff, "gpt-4o", 24000)

    if tracked and backend is None:
        raw = asyncio.run(
            multi_model_service.generate_response(
                prompt=diff,
                task_type="code_review",
                complexity=TaskComplexity.AGENTIC,
                system_prompt=REVIEW_SYSTEM,
                max_tokens=2048,
            )
        )
    else:
        chosen = get_backend(backend or get_settings().providers.default_backend)
        raw = chosen.complete(
            [ChatMessage("system", REVIEW_SYSTEM), ChatMessage("user", diff)], max_tokens=2048
        ).text
    _render(_parse_findings(raw))


@app.command("file")
def review_file(
    path: typer.FileText = typer.Argument(...),
    model: Optional[str] = typer.Option(None, help="Grok model"),
) -> None:
    """Stream a free-form review of a single file (uses Grok)."""
    cfg = get_settings().providers
    chat = xai_client().chat.create(
        model=model or cfg.xai_model,
        messages=[system(REVIEW_SYSTEM.split("Answer with")[0]), user(path.read())],
    )
    for _response, chunk in chat.stream():
        console.print(chunk.content, end="")
    console.print()
