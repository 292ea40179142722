"""Old notebook export. Generates narrative cells with the v1 assistant."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from lab.legacy import assistant_v1


class NotebookBuilder:
    def __init__(self) -> None:
        self.cells: list[dict] = []

    def create(self, kind: str, source: str) -> dict:
        cell = {"cell_type": kind, "metadata": {}, "source": source.splitlines(keepends=True)}
        if kind == "code":
            cell.update(outputs=[], execution_count=None)
        self.cells.append(cell)
        return cell

    def save(self, path: Path) -> None:
        nb = {"cells": self.cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        path.write_text(json.dumps(nb, indent=1))


def export_dataset(df: pd.DataFrame, name: str, out: Path) -> Path:
    nb = NotebookBuilder()
    nb.create("markdown", f"# {name}")
    nb.create("code", f"import pandas as pd\ndf = pd.read_parquet('{name}.parquet')\ndf.head()")
    intro = assistant_v1.ask(f"Write a 3-sentence intro for a notebook exploring `{name}`.",
                             context=df.head(10).to_string())
    nb.create("markdown", intro)
    nb.save(out)
    return out
