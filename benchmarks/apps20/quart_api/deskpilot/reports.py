"""Weekly support reports (no LLM involved - pure SQL + templating)."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass
class Report:
    week_start: date
    rows: list[dict]

    @classmethod
    def create(cls, week_start: date | None = None) -> "Report":
        week_start = week_start or (date.today() - timedelta(days=date.today().weekday()))
        return cls(week_start=week_start, rows=[])

    def to_csv(self) -> str:
        buf = io.StringIO()
        if self.rows:
            w = csv.DictWriter(buf, fieldnames=list(self.rows[0]))
            w.writeheader()
            w.writerows(self.rows)
        return buf.getvalue()


class ReportGenerator:
    def __init__(self, pool) -> None:
        self.pool = pool

    async def generate(self, week_start: date | None = None) -> Report:
        report = Report.create(week_start)
        rows = await self.pool.fetch(
            "SELECT category, count(*) AS n, avg(first_response_minutes) AS frt "
            "FROM tickets WHERE created_at >= $1 AND created_at < $1 + interval '7 days' "
            "GROUP BY category ORDER BY n DESC",
            report.week_start,
        )
        report.rows = [dict(r) for r in rows]
        return report

    async def completion(self, week_start: date) -> float:
        """Share of tickets resolved within the week (0-1)."""
        row = await self.pool.fetchrow(
            "SELECT avg((status = 'resolved')::int) AS r FROM tickets WHERE created_at >= $1", week_start
        )
        return float(row["r"] or 0)
