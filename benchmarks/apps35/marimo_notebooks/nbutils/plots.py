"""Altair helpers with the team's defaults."""
from __future__ import annotations

from typing import Sequence

import altair as alt
import numpy as np
import pandas as pd

PALETTE = "tableau20"


def scatter_2d(coords: np.ndarray, labels: Sequence[int], tooltips: Sequence[str] | None = None) -> alt.Chart:
    df = pd.DataFrame({"x": coords[:, 0], "y": coords[:, 1], "cluster": [str(c) for c in labels]})
    if tooltips is not None:
        df["tooltip"] = list(tooltips)
    enc = {
        "x": alt.X("x:Q", axis=None),
        "y": alt.Y("y:Q", axis=None),
        "color": alt.Color("cluster:N", scale=alt.Scale(scheme=PALETTE), legend=None),
    }
    if tooltips is not None:
        enc["tooltip"] = ["cluster:N", "tooltip:N"]
    return alt.Chart(df).mark_circle(size=18, opacity=0.7).encode(**enc).properties(width=700, height=500).interactive()


def metric_bars(df: pd.DataFrame, metric: str, by: str = "model") -> alt.Chart:
    return (
        alt.Chart(df)
        .mark_bar()
        .encode(x=alt.X(f"{by}:N", sort="-y"), y=alt.Y(f"mean({metric}):Q"), color=alt.Color(f"{by}:N", legend=None))
        .properties(height=250)
    )
