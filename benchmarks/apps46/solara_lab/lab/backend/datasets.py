"""Dataset loading and a DuckDB catalogue.  No LLM code here."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from lab.config import get_settings

log = logging.getLogger(__name__)


@dataclass
class Dataset:
    name: str
    df: pd.DataFrame
    source: str = ""
    description: str = ""
    tags: list[str] = field(default_factory=list)

    @classmethod
    def create(cls, name: str, path: Path) -> "Dataset":
        if path.suffix == ".parquet":
            df = pd.read_parquet(path)
        elif path.suffix in {".csv", ".tsv"}:
            df = pd.read_csv(path, sep="\t" if path.suffix == ".tsv" else ",")
        else:
            raise ValueError(f"unsupported file type {path.suffix}")
        return cls(name=name, df=df, source=str(path))

    @property
    def schema(self) -> dict[str, str]:
        return {c: str(t) for c, t in self.df.dtypes.items()}


class Catalog:
    def __init__(self) -> None:
        self.con = duckdb.connect(":memory:")
        self._datasets: dict[str, Dataset] = {}

    def add(self, ds: Dataset) -> None:
        self._datasets[ds.name] = ds
        self.con.register(ds.name, ds.df)

    def get(self, name: str) -> Dataset:
        return self._datasets[name]

    def names(self) -> list[str]:
        return sorted(self._datasets)

    def schema(self) -> dict[str, dict[str, str]]:
        return {n: d.schema for n, d in self._datasets.items()}

    def query(self, sql: str, limit: int | None = None) -> pd.DataFrame:
        rel = self.con.sql(sql)
        if limit:
            rel = rel.limit(limit)
        return rel.df()


def load_folder(folder: str | None = None) -> Catalog:
    cat = Catalog()
    root = Path(folder or get_settings().data_dir)
    for p in sorted(root.glob("*")):
        if p.suffix not in {".csv", ".tsv", ".parquet"}:
            continue
        try:
            cat.add(Dataset.create(p.stem, p))
        except Exception:  # noqa: BLE001
            log.warning("skipping %s", p, exc_info=True)
    return cat


class SyntheticData:
    """Demo data for the onboarding page."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = np.random.default_rng(seed)

    def generate(self, rows: int = 500) -> pd.DataFrame:
        days = pd.date_range("2024-01-01", periods=rows, freq="D")
        return pd.DataFrame(
            {
                "day": days,
                "region": self.rng.choice(["north", "south", "east", "west"], rows),
                "orders": self.rng.poisson(40, rows),
                "revenue": self.rng.gamma(9.0, 120.0, rows).round(2),
            }
        )


@dataclass
class QualityIssue:
    column: str
    kind: str
    detail: str
    severity: str = "warn"


def quality_report(df: pd.DataFrame, null_threshold: float = 0.2) -> list[QualityIssue]:
    """Cheap, deterministic checks shown next to the LLM summary."""
    issues: list[QualityIssue] = []
    for col in df.columns:
        s = df[col]
        null_rate = float(s.isna().mean())
        if null_rate > null_threshold:
            issues.append(QualityIssue(col, "nulls", f"{null_rate:.0%} missing",
                                       "error" if null_rate > 0.6 else "warn"))
        if s.nunique(dropna=True) <= 1 and len(s) > 1:
            issues.append(QualityIssue(col, "constant", "single distinct value"))
        if s.dtype == object:
            sample = s.dropna().astype(str).head(200)
            numeric_like = pd.to_numeric(sample, errors="coerce").notna().mean() if len(sample) else 0
            if numeric_like > 0.9:
                issues.append(QualityIssue(col, "type", "numbers stored as text"))
            stripped = (sample != sample.str.strip()).mean() if len(sample) else 0
            if stripped > 0.05:
                issues.append(QualityIssue(col, "whitespace", f"{stripped:.0%} values have stray whitespace"))
        elif pd.api.types.is_numeric_dtype(s) and len(s.dropna()) > 10:
            q1, q3 = s.quantile([0.25, 0.75])
            iqr = q3 - q1
            if iqr > 0:
                out = ((s < q1 - 3 * iqr) | (s > q3 + 3 * iqr)).mean()
                if out > 0.01:
                    issues.append(QualityIssue(col, "outliers", f"{out:.1%} extreme values"))
    dupes = int(df.duplicated().sum())
    if dupes:
        issues.append(QualityIssue("*", "duplicates", f"{dupes} duplicated rows"))
    return issues


def issues_frame(issues: list[QualityIssue]) -> pd.DataFrame:
    return pd.DataFrame([vars(i) for i in issues], columns=["column", "kind", "detail", "severity"])
