"""Periodic jobs."""
from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import logging
from decimal import Decimal

from procrastinate import JobContext, builtin_tasks

from docproc import prompts
from docproc.db import get_pool, get_repository
from docproc.services.multi_model_service import TaskComplexity, multi_model_service
from llm.costs import cost_usd
from llm.router import get_router
from tasks.app import app

logger = logging.getLogger(__name__)


@app.periodic(cron="0 6 * * *", periodic_id="daily_digest")
@app.task(queue="llm", queueing_lock="daily_digest")
async def daily_digest(timestamp: int) -> None:
    repo = await get_repository()
    router = get_router()
    for tenant in await repo.tenants():
        rows = await repo.recently_ready(tenant)
        if not rows:
            continue
        items = "\n".join(f"- {r['title']}: {(r['summary'] or '')[:300]}" for r in rows)
        result = await router.complete("digest", [{"role": "user", "content": prompts.DIGEST_PROMPT.format(tenant=tenant, items=items)}])
        async with repo.pool.connection() as conn:
            await conn.execute(
                "INSERT INTO digests (tenant_id, day, text, model) VALUES (%s, %s, %s, %s)",
                (tenant, dt.date.fromtimestamp(timestamp), result.text, result.model),
            )


@app.periodic(cron="30 6 * * 1", periodic_id="weekly_digest")
@app.task(queue="llm", queueing_lock="weekly_digest")
async def weekly_digest(timestamp: int) -> None:
    """Newer version, tracked. daily_digest should move over too."""
    repo = await get_repository()
    for tenant in await repo.tenants():
        rows = await repo.recently_ready(tenant, hours=24 * 7)
        if not rows:
            continue
        items = "\n".join(f"- {r['title']}" for r in rows)
        text = await multi_model_service.generate_response(
            prompt=prompts.DIGEST_PROMPT.format(tenant=tenant, items=items),
            task_type="weekly_digest",
            complexity=TaskComplexity.STANDARD,
            tenant_id=tenant,
        )
        logger.info("weekly digest for %s: %d chars", tenant, len(text))


@app.periodic(cron="*/15 * * * *", periodic_id="cleanup_jobs")
@app.task(queue="maintenance", pass_context=True)
async def cleanup_jobs(context: JobContext, timestamp: int) -> None:
    await builtin_tasks.remove_old_jobs(context, max_hours=72, remove_error=True)


# --- usage reports (was docproc/reporting.py + tasks/reports.py) ---


@dataclasses.dataclass
class UsageRow:
    tenant_id: str
    provider: str
    model: str
    feature: str
    input_tokens: int
    output_tokens: int

    @property
    def usd(self) -> Decimal:
        return cost_usd(self.model, self.input_tokens, self.output_tokens)


class ReportGenerator:
    def __init__(self, rows: list[UsageRow]) -> None:
        self.rows = rows

    @classmethod
    async def create(cls, tenant_id: str, days: int = 30) -> "ReportGenerator":
        pool = await get_pool()
        async with pool.connection() as conn:
            cur = await conn.execute(
                "SELECT tenant_id, provider, model, feature_context AS feature, sum(input_tokens) AS input_tokens, "
                "sum(output_tokens) AS output_tokens FROM llm_usage_logs WHERE tenant_id = %s "
                "AND created_at > now() - make_interval(days => %s) GROUP BY 1, 2, 3, 4",
                (tenant_id, days),
            )
            rows = [UsageRow(**r) for r in await cur.fetchall()]
        return cls(rows)

    def generate(self, fmt: str = "csv") -> str:
        if fmt == "csv":
            buf = io.StringIO()
            w = csv.writer(buf)
            w.writerow(["tenant", "provider", "model", "feature", "input_tokens", "output_tokens", "usd"])
            for r in self.rows:
                w.writerow([r.tenant_id, r.provider, r.model, r.feature, r.input_tokens, r.output_tokens, r.usd])
            return buf.getvalue()
        lines = ["| provider | model | feature | usd |", "|---|---|---|---|"]
        lines += [f"| {r.provider} | {r.model} | {r.feature} | {r.usd:.4f} |" for r in self.rows]
        return "\n".join(lines)

    def total(self) -> Decimal:
        return sum((r.usd for r in self.rows), Decimal("0"))


@app.periodic(cron="0 2 1 * *", periodic_id="monthly_usage_report")
@app.task(queue="maintenance")
async def monthly_usage_report(timestamp: int) -> None:
    repo = await get_repository()
    for tenant in await repo.tenants():
        report = await ReportGenerator.create(tenant, days=31)
        csv_text = report.generate("csv")
        async with repo.pool.connection() as conn:
            await conn.execute(
                "INSERT INTO usage_reports (tenant_id, generated_at, csv, total_usd) VALUES (%s, now(), %s, %s)",
                (tenant, csv_text, report.total()),
            )
        logger.info("usage report for %s: $%s", tenant, report.total())
