"""Markdown reports for the nightly digest."""

from __future__ import annotations

import datetime as dt
from typing import Iterable, Mapping


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def generate(rows: Iterable[Mapping[str, object]], *, title: str, summary: str = "") -> str:
    """Render campaign metric rows as a markdown table."""
    rows = list(rows)
    lines = [f"# {title}", f"_generated {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC_", ""]
    if summary:
        lines += [summary, ""]
    if not rows:
        lines.append("No campaign data.")
        return "\n".join(lines)
    columns = list(rows[0].keys())
    lines.append("| " + " | ".join(columns) + " |")
    lines.append("|" + "---|" * len(columns))
    for row in rows:
        lines.append("| " + " | ".join(_fmt(row.get(c, "")) for c in columns) + " |")
    return "\n".join(lines)
