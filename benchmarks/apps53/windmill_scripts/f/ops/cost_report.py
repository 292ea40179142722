"""Turns analytics.llm_usage_logs into a weekly cost table."""
import datetime as dt
from decimal import Decimal

import psycopg
import wmill

# USD per 1M tokens (input, output) - update from the vendors' pricing pages
PRICES = {
    "gpt-4o": (Decimal("2.50"), Decimal("10.00")),
    "gpt-4o-mini": (Decimal("0.15"), Decimal("0.60")),
    "claude-3-5-sonnet-20241022": (Decimal("3.00"), Decimal("15.00")),
    "claude-3-5-haiku-20241022": (Decimal("0.80"), Decimal("4.00")),
    "llama-3.1-8b-instant": (Decimal("0.05"), Decimal("0.08")),
    "llama-3.3-70b-versatile": (Decimal("0.59"), Decimal("0.79")),
}


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> Decimal:
    pin, pout = PRICES.get(model, (Decimal("0"), Decimal("0")))
    return (pin * input_tokens + pout * output_tokens) / Decimal(1_000_000)


def main(days: int = 7):
    db = wmill.get_resource("f/ops/analytics_db")
    since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=days)
    with psycopg.connect(host=db["host"], port=db["port"], user=db["user"],
                         dbname=db["dbname"], password=db["password"]) as conn:
        rows = conn.execute(
            """SELECT script_path, model, SUM(input_tokens), SUM(output_tokens), COUNT(*)
               FROM analytics.llm_usage_logs WHERE created_at >= %s
               GROUP BY 1, 2 ORDER BY 1""",
            (since,),
        ).fetchall()
    table = []
    for path, model, tin, tout, n in rows:
        table.append({
            "script": path, "model": model, "calls": n,
            "cost_usd": float(calculate_cost(model, tin or 0, tout or 0)),
        })
    total = sum(r["cost_usd"] for r in table)
    return {"since": since.isoformat(), "total_usd": round(total, 2), "rows": table}


def by_feature(rows: list[dict]) -> dict[str, float]:
    """Roll the per-script table up to the top-level folder (support, crm, ...)."""
    totals: dict[str, float] = {}
    for r in rows:
        parts = (r["script"] or "unknown").split("/")
        folder = parts[1] if len(parts) > 2 and parts[0] == "f" else "other"
        totals[folder] = round(totals.get(folder, 0.0) + r["cost_usd"], 4)
    return dict(sorted(totals.items(), key=lambda kv: -kv[1]))


def week_over_week(current: float, previous: float) -> str:
    if previous == 0:
        return "n/a"
    change = (current - previous) / previous * 100
    arrow = "▲" if change > 0 else "▼"
    return f"{arrow} {abs(change):.1f}%"


def as_markdown(report: dict) -> str:
    lines = [f"*LLM spend since {report['since'][:10]}: ${report['total_usd']:.2f}*", ""]
    lines.append("| script | model | calls | USD |")
    lines.append("|---|---|---:|---:|")
    for r in sorted(report["rows"], key=lambda r: -r["cost_usd"])[:25]:
        lines.append(f"| {r['script']} | {r['model']} | {r['calls']} | {r['cost_usd']:.2f} |")
    return "\n".join(lines)
