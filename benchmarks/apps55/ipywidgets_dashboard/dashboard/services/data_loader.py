"""Loading data into the dashboard: CSV/parquet files and the DuckDB warehouse."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd

log = logging.getLogger(__name__)


@dataclass
class Dataset:
    name: str
    df: pd.DataFrame
    source: str
    tags: list[str] = field(default_factory=list)

    @classmethod
    def create(cls, name: str, df: pd.DataFrame, source: str = "memory") -> "Dataset":
        return cls(name=name, df=df, source=source)

    def describe_columns(self) -> dict[str, str]:
        out = {}
        for col in self.df.columns:
            sample = ", ".join(self.df[col].dropna().astype(str).head(3))
            out[col] = f"{self.df[col].dtype}; e.g. {sample}"
        return out


class DataLoader:
    def __init__(self, data_dir: Path, warehouse_url: str):
        self.data_dir = Path(data_dir)
        self.warehouse_path = warehouse_url.removeprefix("duckdb:///")
        self._con: duckdb.DuckDBPyConnection | None = None
        self.datasets: dict[str, Dataset] = {}

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            self._con = duckdb.connect(self.warehouse_path, read_only=True)
        return self._con

    def list_files(self) -> list[Path]:
        return sorted([*self.data_dir.glob("*.csv"), *self.data_dir.glob("*.parquet")])

    def load_file(self, path: Path) -> Dataset:
        df = pd.read_parquet(path) if path.suffix == ".parquet" else pd.read_csv(path)
        ds = Dataset.create(path.stem, df, source=str(path))
        self.datasets[ds.name] = ds
        return ds

    def run_sql(self, sql: str) -> pd.DataFrame:
        log.debug("running sql: %s", sql)
        return self.con.execute(sql).fetchdf()

    def schema(self) -> dict[str, list[tuple[str, str]]]:
        rows = self.con.execute(
            "select table_name, column_name, data_type from information_schema.columns order by 1, ordinal_position"
        ).fetchall()
        out: dict[str, list[tuple[str, str]]] = {}
        for table, col, dtype in rows:
            out.setdefault(table, []).append((col, dtype))
        return out

    def context_summary(self) -> str:
        parts = [f"{n}: {len(d.df)} rows, columns {', '.join(map(str, d.df.columns[:20]))}" for n, d in self.datasets.items()]
        return "Loaded datasets:\n" + "\n".join(parts) if parts else "No datasets loaded."


# --------------------------------------------------------------------------
# Type inference helpers (moved here from the old utils module in 0.6)
# --------------------------------------------------------------------------

_DATE_HINTS = ("date", "day", "month", "_at", "timestamp", "period")
_ID_HINTS = ("_id", "id_", "uuid", "key")


def coerce_types(df: pd.DataFrame) -> pd.DataFrame:
    """Best-effort dtype cleanup for CSVs exported from spreadsheets."""
    out = df.copy()
    for col in out.columns:
        name = str(col).lower()
        s = out[col]
        if s.dtype == object and any(h in name for h in _DATE_HINTS):
            parsed = pd.to_datetime(s, errors="coerce")
            if parsed.notna().mean() > 0.8:
                out[col] = parsed
                continue
        if s.dtype == object:
            cleaned = s.astype(str).str.replace(",", "", regex=False).str.replace("$", "", regex=False).str.strip()
            numeric = pd.to_numeric(cleaned, errors="coerce")
            if numeric.notna().mean() > 0.9:
                out[col] = numeric
                continue
        if any(h in name for h in _ID_HINTS) and s.dtype != object:
            out[col] = s.astype("string")
    return out


def detect_time_column(df: pd.DataFrame) -> str | None:
    for col in df.columns:
        if pd.api.types.is_datetime64_any_dtype(df[col]):
            return str(col)
    return None


def detect_measures(df: pd.DataFrame, max_n: int = 5) -> list[str]:
    nums = [c for c in df.columns if pd.api.types.is_numeric_dtype(df[c])]
    nums = [c for c in nums if not any(h in str(c).lower() for h in _ID_HINTS)]
    nums.sort(key=lambda c: -float(df[c].std() or 0))
    return [str(c) for c in nums[:max_n]]


def resample_for_chart(df: pd.DataFrame, time_col: str, measure: str, freq: str = "W") -> pd.DataFrame:
    return (
        df[[time_col, measure]]
        .dropna()
        .set_index(time_col)
        .resample(freq)[measure]
        .sum()
        .reset_index()
    )


class DatasetCache:
    """Parquet cache so reopening a notebook doesn't re-parse 2GB CSVs."""

    def __init__(self, cache_dir: Path):
        self.cache_dir = Path(cache_dir)
        self.cache_dir.mkdir(parents=True, exist_ok=True)

    def _key(self, path: Path) -> Path:
        stat = path.stat()
        return self.cache_dir / f"{path.stem}-{int(stat.st_mtime)}-{stat.st_size}.parquet"

    def get(self, path: Path) -> pd.DataFrame | None:
        key = self._key(path)
        if key.exists():
            return pd.read_parquet(key)
        return None

    def put(self, path: Path, df: pd.DataFrame) -> None:
        try:
            df.to_parquet(self._key(path))
        except Exception as exc:  # noqa: BLE001 - pyarrow can choke on mixed object columns
            log.info("not caching %s: %s", path, exc)

    def clear(self) -> int:
        n = 0
        for f in self.cache_dir.glob("*.parquet"):
            f.unlink()
            n += 1
        return n
