from __future__ import annotations

import pandas as pd
import solara

from lab.config import get_settings


@solara.component
def DatasetTable(df: pd.DataFrame | None, title: str = ""):
    if df is None:
        solara.Info("No dataset selected.")
        return
    n = get_settings().max_rows_preview
    if title:
        solara.Markdown(f"### {title}")
    solara.Text(f"{len(df):,} rows x {df.shape[1]} columns")
    solara.DataFrame(df.head(n), items_per_page=25)
