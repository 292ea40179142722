"""Every 15 minutes: pull key metrics, find anomalies, have Claude write a summary."""
from __future__ import annotations

import json

from monitor.context import JobContext
from monitor.services.alerting import Alert, alert_book
from monitor.services.llm_usage_tracker import llm_tracker

QUERIES = {
    "http_5xx_rate": 'sum(rate(http_requests_total{code=~"5.."}[5m]))',
    "p99_latency": "histogram_quantile(0.99, sum(rate(http_request_duration_seconds_bucket[5m])) by (le))",
    "queue_depth": "sum(rabbitmq_queue_messages_ready)",
    "db_connections": "sum(pg_stat_activity_count)",
}

SYSTEM = (
    "You summarise infrastructure anomalies for an on-call channel. "
    "Be terse, list the most likely root cause first, never invent metrics."
)


def _collect(ctx: JobContext) -> dict[str, float]:
    out = {}
    for name, q in QUERIES.items():
        try:
            res = ctx.metrics.query(q)
            out[name] = float(res[0]["value"][1]) if res else 0.0
        except Exception as exc:  # noqa: BLE001
            ctx.log.warning("prom query %s failed: %s", name, exc)
    return out


def _anomalies(ctx: JobContext, values: dict[str, float]) -> dict[str, float]:
    flagged = {}
    for k, v in values.items():
        z = ctx.metrics.zscore(k, v)
        ctx.metrics.record(k, v)
        if abs(z) >= 3.0:
            flagged[k] = round(z, 2)
    return flagged


async def summarize_anomalies(ctx: JobContext) -> str | None:
    values = _collect(ctx)
    flagged = _anomalies(ctx, values)
    if not flagged:
        return None

    payload = json.dumps({"values": values, "zscores": flagged}, indent=2)
    model = ctx.model_for("anthropic", default="claude-3-5-sonnet-20241022")

    token_info = await ctx.claude.messages.count_tokens(
        model=model, system=SYSTEM, messages=[{"role": "user", "content": payload}]
    )
    if token_info.input_tokens > 8000:
        payload = payload[:12000]

    msg = await ctx.claude.messages.create(
        model=model,
        max_tokens=600,
        system=SYSTEM,
        messages=[{"role": "user", "content": f"Anomalies detected:\n{payload}"}],
    )
    summary = msg.content[0].text
    alert_book.add(Alert(name="metric_anomaly", severity="warn", message=summary,
                         labels={"metrics": ",".join(sorted(flagged))}))
    return summary


async def second_opinion(ctx: JobContext, summary: str) -> str:
    """Cross-check Claude's summary with Grok; tracked because it runs on every page."""
    model = ctx.model_for("xai", default="grok-2-latest")
    async with llm_tracker.track_llm_call(
        provider="xai", model=model, feature_context="anomaly_second_opinion"
    ) as usage_log:
        resp = await ctx.grok.chat.completions.create(
            model=model,
            messages=[
                {"role": "system", "content": "Critique this incident summary in 3 bullets."},
                {"role": "user", "content": summary},
            ],
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return resp.choices[0].message.content


async def stream_long_summary(ctx: JobContext, payload: str, on_chunk) -> str:
    """Used for the weekly review where summaries get long; streams to the reporter."""
    parts: list[str] = []
    async with ctx.claude.messages.stream(
        model=ctx.model_for("anthropic", default="claude-3-5-sonnet-20241022"),
        max_tokens=2000,
        system=SYSTEM,
        messages=[{"role": "user", "content": payload}],
    ) as stream:
        async for text in stream.text_stream:
            parts.append(text)
            await on_chunk(text)
    return "".join(parts)
