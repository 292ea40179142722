"""Rich helpers shared by commands."""
from __future__ import annotations

import json
from typing import Any, Iterable

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TimeElapsedColumn
from rich.table import Table

console = Console()


def progress() -> Progress:
    return Progress(
        SpinnerColumn(),
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
    )


def table(title: str, columns: Iterable[str], rows: Iterable[Iterable[Any]]) -> Table:
    t = Table(title=title, show_lines=False)
    for col in columns:
        t.add_column(str(col))
    for row in rows:
        t.add_row(*[_fmt(v) for v in row])
    return t


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    if value is None:
        return "-"
    return str(value)


def print_table(title: str, columns: Iterable[str], rows: Iterable[Iterable[Any]]) -> None:
    console.print(table(title, columns, rows))


def emit(result: Any, fmt: str = "rich") -> Any:
    """Return value for Fire, or print it ourselves for rich output."""
    if fmt == "json":
        print(json.dumps(result, indent=2, default=str))
        return None
    if fmt == "rich" and isinstance(result, list) and result and isinstance(result[0], dict):
        print_table("results", result[0].keys(), (r.values() for r in result))
        return None
    return result
