"""Thin wrapper over DuckDB so commands do not care where the data lives."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd


@dataclass
class QueryResult:
    sql: str
    frame: pd.DataFrame
    elapsed_ms: float

    @property
    def empty(self) -> bool:
        return self.frame.empty

    def preview(self, rows: int = 20) -> str:
        return self.frame.head(rows).to_markdown(index=False)


class Database:
    def __init__(self, path: str | None = None) -> None:
        self.path = path or ":memory:"
        self.conn = duckdb.connect(self.path)
        self.last_result: QueryResult | None = None

    def run(self, sql: str) -> QueryResult:
        import time

        start = time.perf_counter()
        frame = self.conn.execute(sql).fetchdf()
        result = QueryResult(sql=sql, frame=frame, elapsed_ms=(time.perf_counter() - start) * 1000)
        self.last_result = result
        return result

    def load_csv(self, path: Path, table: str | None = None) -> str:
        table = table or path.stem.replace("-", "_").replace(" ", "_")
        self.conn.execute(f"CREATE OR REPLACE TABLE {table} AS SELECT * FROM read_csv_auto(?)", [str(path)])
        return table

    def tables(self) -> list[str]:
        return [row[0] for row in self.conn.execute("SHOW TABLES").fetchall()]

    def schema_ddl(self, tables: list[str] | None = None) -> str:
        parts = []
        for table in tables or self.tables():
            cols = self.conn.execute(f"DESCRIBE {table}").fetchall()
            body = ",\n  ".join(f"{name} {ctype}" for name, ctype, *_ in cols)
            parts.append(f"CREATE TABLE {table} (\n  {body}\n);")
        return "\n\n".join(parts)

    def columns(self) -> list[str]:
        out = []
        for table in self.tables():
            out.extend(f"{table}.{row[0]}" for row in self.conn.execute(f"DESCRIBE {table}").fetchall())
        return out

    def close(self) -> None:
        self.conn.close()
