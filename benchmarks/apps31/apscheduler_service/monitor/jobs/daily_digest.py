"""07:30 daily digest: yesterday's alerts, job health and spend, written up and sent to reporters."""
from __future__ import annotations

import asyncio
import datetime as dt

from monitor.context import JobContext
from monitor.events import JOB_HISTORY
from monitor.services.alerting import alert_book
from monitor.services.llm_usage_tracker import llm_tracker
from monitor.services.multi_model_service import TaskComplexity, multi_model_service
from monitor.utils.text import bullet_list, truncate

DIGEST_SYSTEM = "Write a friendly, factual daily ops digest in markdown. Max 250 words."


def _job_health() -> dict[str, int]:
    stats: dict[str, int] = {}
    for _, status, _ in JOB_HISTORY:
        stats[status] = stats.get(status, 0) + 1
    return stats


async def _headline(ctx: JobContext, alerts_text: str) -> str:
    # gpt-4o-mini is good enough for a headline; run the sync client off-loop
    resp = await asyncio.to_thread(
        ctx.llm.chat.completions.create,
        model=ctx.model_for("openai", default="gpt-4o-mini"),
        messages=[{"role": "user", "content": f"One-line headline for these alerts:\n{alerts_text}"}],
        max_tokens=40,
    )
    return resp.choices[0].message.content.strip()


async def send_daily_digest(ctx: JobContext) -> str:
    today = dt.date.today().isoformat()
    alerts = alert_book.drain()
    alerts_text = bullet_list(f"[{a.severity}] {a.name}: {a.message[:160]}" for a in alerts) or "none"
    spend = llm_tracker.totals_by_model()

    headline = await _headline(ctx, truncate(alerts_text, 3000)) if alerts else "Quiet day"

    body = await multi_model_service.generate_response(
        prompt=(
            f"Date: {today}\nAlerts:\n{truncate(alerts_text, 6000)}\n"
            f"Job health: {_job_health()}\nLLM spend (USD): {spend}"
        ),
        task_type="daily_digest",
        complexity=TaskComplexity.STANDARD,
        system=DIGEST_SYSTEM,
    )

    report = f"# {headline}\n\n{body}"
    for reporter in ctx.reporters:
        try:
            await reporter.send(title=f"Ops digest {today}", body=report)
        except Exception:  # noqa: BLE001
            ctx.log.exception("reporter %s failed", reporter.name)
    return report
