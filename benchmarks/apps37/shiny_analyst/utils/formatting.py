"""Small formatting helpers shared by the render functions."""
from __future__ import annotations

import math

import pandas as pd


def human_bytes(n: int) -> str:
    if n <= 0:
        return "0 B"
    units = ["B", "KB", "MB", "GB"]
    idx = min(int(math.log(n, 1024)), len(units) - 1)
    return f"{n / 1024 ** idx:.1f} {units[idx]}"


def truncate(text: str, limit: int = 400) -> str:
    text = text or ""
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def df_to_markdown_sample(df: pd.DataFrame, rows: int = 20) -> str:
    """Render the head of a frame as markdown for prompts.

    Falls back to CSV when tabulate is not installed (it isn't on the
    Connect image, see #112).
    """
    sample = df.head(rows)
    try:
        return sample.to_markdown(index=False)
    except ImportError:
        return sample.to_csv(index=False)


def describe_columns(df: pd.DataFrame) -> list[dict]:
    out = []
    for col in df.columns:
        s = df[col]
        out.append(
            {
                "name": str(col),
                "dtype": str(s.dtype),
                "nulls": int(s.isna().sum()),
                "unique": int(s.nunique(dropna=True)),
                "example": None if s.dropna().empty else str(s.dropna().iloc[0])[:60],
            }
        )
    return out


def money(amount: float) -> str:
    return f"${amount:,.4f}" if amount < 1 else f"${amount:,.2f}"
