"""Weekly LLM cost report. Persisted job (sqlite store) so it takes no live objects."""
from __future__ import annotations

import csv
import datetime as dt
import io
import logging

from monitor import clients
from monitor.services.llm_usage_tracker import PRICING, calculate_cost, llm_tracker

log = logging.getLogger(__name__)


def _available_models() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    try:
        out["openai"] = [m.id for m in clients.get_openai().models.list()]
    except Exception as exc:  # noqa: BLE001
        log.warning("openai models.list failed: %s", exc)
    try:
        out["mistral"] = [m.id for m in clients.get_mistral().models.list().data or []]
    except Exception as exc:  # noqa: BLE001
        log.warning("mistral models.list failed: %s", exc)
    return out


def _render_csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=["model", "input_tokens", "output_tokens", "cost_usd"])
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def write_cost_report(out_dir: str = "/var/lib/monitor/reports") -> str:
    agg: dict[str, dict] = {}
    for entry in llm_tracker.recent(limit=10_000):
        row = agg.setdefault(entry.model, {"model": entry.model, "input_tokens": 0, "output_tokens": 0})
        row["input_tokens"] += entry.input_tokens
        row["output_tokens"] += entry.output_tokens
    for row in agg.values():
        row["cost_usd"] = calculate_cost(row["model"], row["input_tokens"], row["output_tokens"])

    unpriced = [m for m in agg if m not in PRICING]
    if unpriced:
        log.warning("no pricing for %s", unpriced)

    available = _available_models()
    log.info("models visible per provider: %s", {k: len(v) for k, v in available.items()})

    csv_text = _render_csv(sorted(agg.values(), key=lambda r: -r["cost_usd"]))
    stamp = dt.date.today().isoformat()
    path = f"{out_dir}/llm_costs_{stamp}.csv"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(csv_text)

    # finance wants the raw CSVs in the shared OpenAI org storage for their notebooks
    with open(path, "rb") as fh:
        clients.get_openai().files.create(file=fh, purpose="user_data")
    return path
