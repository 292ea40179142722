"""Output helpers shared by commands."""
from __future__ import annotations

import re
import textwrap

import pandas as pd
from rich.console import Console
from rich.table import Table

_SQL_FENCE = re.compile(r"```(?:sql)?\s*(.*?)```", re.DOTALL | re.IGNORECASE)


def extract_sql(text: str) -> str:
    match = _SQL_FENCE.search(text)
    return (match.group(1) if match else text).strip().rstrip(";") + ";"


def frame_to_table(frame: pd.DataFrame, title: str | None = None, max_rows: int = 50) -> Table:
    table = Table(title=title, show_lines=False)
    for col in frame.columns:
        table.add_column(str(col))
    for row in frame.head(max_rows).itertuples(index=False):
        table.add_row(*("" if v is None else str(v) for v in row))
    return table


def render(table: Table, width: int = 120) -> str:
    console = Console(width=width, record=True, force_terminal=False)
    with console.capture() as cap:
        console.print(table)
    return cap.get()


def wrap(text: str, width: int = 100) -> str:
    return "\n".join(textwrap.fill(p, width) if p.strip() else "" for p in text.split("\n"))


def describe_frame(frame: pd.DataFrame, sample_rows: int = 15) -> str:
    """Compact, prompt-friendly description of a dataframe."""
    lines = [f"{len(frame)} rows x {len(frame.columns)} columns", "", "dtypes:"]
    lines += [f"  {c}: {t}" for c, t in frame.dtypes.astype(str).items()]
    lines += ["", "sample:", frame.head(sample_rows).to_csv(index=False)]
    numeric = frame.select_dtypes("number")
    if not numeric.empty:
        lines += ["stats:", numeric.describe().T.round(3).to_csv()]
    return "\n".join(lines)


class MarkdownReport:
    """Collects query results and notes, renders them as one markdown document."""

    def __init__(self, title: str) -> None:
        self.title = title
        self.sections: list[tuple[str, str]] = []

    def add_result(self, heading: str, sql: str, frame: pd.DataFrame, max_rows: int = 25) -> None:
        body = f"```sql\n{sql}\n```\n\n{frame.head(max_rows).to_markdown(index=False)}"
        if len(frame) > max_rows:
            body += f"\n\n_{len(frame) - max_rows} more rows not shown_"
        self.sections.append((heading, body))

    def add_text(self, heading: str, text: str) -> None:
        self.sections.append((heading, text))

    def generate(self) -> str:
        out = [f"# {self.title}", ""]
        for heading, body in self.sections:
            out += [f"## {heading}", "", body, ""]
        return "\n".join(out)
