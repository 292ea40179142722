"""Monthly usage report for finance. Reads llm_usage_logs; no model calls."""
import csv
import io
from collections import defaultdict

import sqlalchemy as sa

from app.repositories.usage import llm_usage_logs
from app.services.cost import CostCalculator


class UsageReport:
    def __init__(self, engine, calculator=None):
        self.engine = engine
        self.calculator = calculator or CostCalculator()

    def rows(self, tenant=None):
        q = sa.select(llm_usage_logs)
        if tenant:
            q = q.where(llm_usage_logs.c.tenant == tenant)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def generate(self, tenant=None):
        totals = defaultdict(lambda: {"calls": 0, "cost": 0})
        for row in self.rows(tenant):
            key = (row["provider"], row["model"])
            totals[key]["calls"] += 1
            totals[key]["cost"] += self.calculator.completion(row)
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(["provider", "model", "calls", "cost_usd"])
        for (provider, model), t in sorted(totals.items()):
            writer.writerow([provider, model, t["calls"], f"{t['cost']:.4f}"])
        return buf.getvalue()
