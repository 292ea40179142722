"""Metaflow card components for evaluation runs.

``render_*`` take ``current.card`` (or a card by id) and append components.
The executive summary paragraph is written by Gemini -- stakeholders asked
for prose, not tables.
"""
from __future__ import annotations

import logging
from typing import Any

from google.genai import types as genai_types
from metaflow.cards import Markdown, Table, VegaChart

from llmkit import get_genai_client
from llmkit.config import settings
from llmkit.prompts import EXEC_SUMMARY

log = logging.getLogger(__name__)


def _fmt(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


def results_table(results: dict[str, dict[str, float]]) -> Table:
    metrics = sorted({k for r in results.values() for k in r})
    rows = [[provider] + [_fmt(r.get(m, "")) for m in metrics] for provider, r in sorted(results.items())]
    return Table(rows, headers=["provider"] + metrics)


def bar_chart(values: dict[str, float], title: str) -> VegaChart:
    spec = {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "title": title,
        "data": {"values": [{"name": k, "value": v} for k, v in values.items()]},
        "mark": "bar",
        "encoding": {
            "x": {"field": "name", "type": "nominal"},
            "y": {"field": "value", "type": "quantitative"},
        },
    }
    return VegaChart(spec)


def executive_summary(results: dict[str, dict[str, float]], model: str | None = None) -> str:
    """Stream a short prose summary; falls back to a placeholder on error."""
    client = get_genai_client()
    table_txt = "\n".join(f"{p}: " + ", ".join(f"{k}={_fmt(v)}" for k, v in r.items()) for p, r in results.items())
    chunks: list[str] = []
    try:
        for chunk in client.models.generate_content_stream(
            model=model or settings.models.gemini_chat,
            contents=EXEC_SUMMARY.render(table=table_txt),
            config=genai_types.GenerateContentConfig(
                system_instruction=EXEC_SUMMARY.system, temperature=0.4, max_output_tokens=300
            ),
        ):
            if chunk.text:
                chunks.append(chunk.text)
    except Exception:  # noqa: BLE001 - the card must still render
        log.exception("summary generation failed")
        return "_Summary unavailable._"
    return "".join(chunks)


def summary_token_estimate(results: dict[str, dict[str, float]]) -> int:
    """Token count of the summary prompt (count_tokens is free)."""
    client = get_genai_client()
    resp = client.models.count_tokens(
        model=settings.models.gemini_chat,
        contents=EXEC_SUMMARY.render(table=str(results)),
    )
    return resp.total_tokens


def render_eval_card(card, metrics: dict[str, float], grades: list[dict], title: str = "Eval") -> None:
    card.append(Markdown(f"# {title}"))
    card.append(Table([[k, _fmt(v)] for k, v in metrics.items()], headers=["metric", "value"]))
    if grades:
        avg = {k: sum(g[k] for g in grades) / len(grades) for k in ("correctness", "faithfulness")}
        card.append(bar_chart(avg, "Judge scores (1-5)"))
        worst = sorted(grades, key=lambda g: g["correctness"])[:5]
        card.append(Markdown("## Lowest-scored rationales"))
        for g in worst:
            card.append(Markdown(f"- ({g['correctness']}) {g['rationale']}"))


def render_model_comparison(card, results: dict[str, dict[str, float]], win_rates: dict[str, float]) -> None:
    card.append(Markdown("# Model comparison"))
    card.append(Markdown(executive_summary(results)))
    card.append(results_table(results))
    if win_rates:
        card.append(bar_chart(win_rates, "Pairwise win rate vs baseline"))
