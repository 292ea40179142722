"""Experiment persistence (SQLite, no ORM) and the variant x dataset runner."""
from __future__ import annotations

import logging
import os
import sqlite3
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from datetime import datetime, timezone

from llmctl.providers.base import Provider
from llmctl.utils import completion_cost, render_template



SCHEMA = """
CREATE TABLE IF NOT EXISTS experiments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS results (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    experiment_id INTEGER NOT NULL REFERENCES experiments(id),
    variant TEXT NOT NULL,
    row_index INTEGER NOT NULL,
    input_text TEXT,
    output_text TEXT,
    input_tokens INTEGER,
    output_tokens INTEGER,
    latency_ms REAL,
    cost REAL,
    error TEXT,
    score INTEGER
);
"""


@dataclass
class Experiment:
    id: int
    name: str
    provider: str
    model: str
    created_at: str


@dataclass
class StoredResult:
    id: int
    input_text: str
    output_text: str


class ExperimentStore:
    def __init__(self, path: str):
        if path != ":memory:":
            os.makedirs(os.path.dirname(path), exist_ok=True)
        self.conn = sqlite3.connect(path)
        self.conn.executescript(SCHEMA)

    def create(self, name: str, provider: str, model: str) -> Experiment:
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        cur = self.conn.execute(
            "INSERT INTO experiments (name, provider, model, created_at) VALUES (?, ?, ?, ?)",
            (name, provider, model, now),
        )
        self.conn.commit()
        return Experiment(cur.lastrowid, name, provider, model, now)

    def add_results(self, experiment_id: int, results) -> None:
        self.conn.executemany(
            "INSERT INTO results (experiment_id, variant, row_index, input_text, output_text,"
            " input_tokens, output_tokens, latency_ms, cost, error) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [
                (experiment_id, r.variant, r.row_index, r.input_text, r.output_text,
                 r.input_tokens, r.output_tokens, r.latency_ms, r.cost, r.error)
                for r in results
            ],
        )
        self.conn.commit()

    def get(self, experiment_id: int) -> Experiment:
        row = self.conn.execute(
            "SELECT id, name, provider, model, created_at FROM experiments WHERE id = ?",
            (experiment_id,),
        ).fetchone()
        if row is None:
            raise LookupError(f"experiment {experiment_id} not found")
        return Experiment(*row)

    def list(self, name_like: str | None = None) -> list[Experiment]:
        sql = "SELECT id, name, provider, model, created_at FROM experiments"
        params: tuple = ()
        if name_like:
            sql += " WHERE name LIKE ?"
            params = (f"%{name_like}%",)
        return [Experiment(*r) for r in self.conn.execute(sql + " ORDER BY id DESC", params)]

    def unscored(self, experiment_id: int) -> list[StoredResult]:
        rows = self.conn.execute(
            "SELECT id, input_text, output_text FROM results"
            " WHERE experiment_id = ? AND score IS NULL AND error IS NULL",
            (experiment_id,),
        ).fetchall()
        return [StoredResult(*r) for r in rows]

    def set_score(self, result_id: int, score: int | None) -> None:
        self.conn.execute("UPDATE results SET score = ? WHERE id = ?", (score, result_id))
        self.conn.commit()

    def aggregate(self, experiment_id: int) -> dict[str, dict]:
        out = {}
        for variant, n, mean_score, tokens in self.conn.execute(
            "SELECT variant, COUNT(*), AVG(score), SUM(input_tokens + output_tokens)"
            " FROM results WHERE experiment_id = ? GROUP BY variant",
            (experiment_id,),
        ):
            out[variant] = {"runs": n, "mean_score": mean_score, "tokens": tokens}
        return out


LOG = logging.getLogger(__name__)


@dataclass
class RunResult:
    variant: str
    row_index: int
    input_text: str
    output_text: str
    input_tokens: int
    output_tokens: int
    latency_ms: float
    cost: float
    error: str | None = None


class ExperimentRunner:
    """Fans prompt variants x dataset rows out over a thread pool."""

    def __init__(self, provider: Provider, concurrency: int = 4):
        self.provider = provider
        self.concurrency = concurrency

    def _one(self, variant_name: str, template: str, system: str | None, idx: int, row: dict):
        prompt = render_template(template, {k: str(v) for k, v in row.items()})
        try:
            res = self.provider.complete(prompt, system=system)
        except Exception as exc:  # noqa: BLE001
            LOG.warning("variant=%s row=%d failed: %s", variant_name, idx, exc)
            return RunResult(variant_name, idx, prompt, "", 0, 0, 0.0, 0.0, error=str(exc))
        return RunResult(variant_name, idx, prompt, res.text, res.input_tokens,
                         res.output_tokens, res.latency_ms, completion_cost(res))

    def run(self, variants: list[dict], rows: list[dict]) -> list[RunResult]:
        results: list[RunResult] = []
        with ThreadPoolExecutor(max_workers=self.concurrency) as pool:
            futures = [
                pool.submit(self._one, v["name"], v["template"], v.get("system"), i, row)
                for v in variants
                for i, row in enumerate(rows)
            ]
            for fut in as_completed(futures):
                results.append(fut.result())
        results.sort(key=lambda r: (r.variant, r.row_index))
        return results

    @staticmethod
    def summarise(results: list[RunResult]) -> dict:
        return {
            "runs": len(results),
            "errors": sum(1 for r in results if r.error),
            "tokens": sum(r.input_tokens + r.output_tokens for r in results),
            "cost": sum(r.cost for r in results),
        }
