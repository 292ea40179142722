"""Very simple z-score anomaly detection used by the periodic narrative."""
from __future__ import annotations

import pandas as pd


def zscore_anomalies(df: pd.DataFrame, metric: str, window: int = 30, threshold: float = 3.0) -> list[dict]:
    if df.empty or metric not in df:
        return []
    s = df[metric]
    mean = s.rolling(window, min_periods=5).mean()
    std = s.rolling(window, min_periods=5).std().replace(0, float("nan"))
    z = (s - mean) / std
    hits = df.loc[z.abs() > threshold, ["ts", metric]].copy()
    hits["z"] = z[z.abs() > threshold]
    return [
        {"ts": row.ts, "metric": metric, "value": round(getattr(row, metric), 4), "z": float(row.z)}
        for row in hits.itertuples()
    ]
