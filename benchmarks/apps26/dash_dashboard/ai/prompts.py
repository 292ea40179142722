"""Prompt templates. Keep wording changes reviewed by the insights team."""
from __future__ import annotations

import json
from string import Template
from typing import Any

INSIGHT_SYSTEM = (
    "You are a retail analytics assistant for a mid-size grocery and home-goods chain. "
    "Write short, specific insights for store and category managers. Quote numbers from the "
    "data you are given, never invent figures, and flag anything that looks like a data issue."
)

CHART_SYSTEM = (
    "You explain business charts to non-technical retail managers. Describe the trend, the "
    "biggest movers and one thing worth checking next. Max 120 words."
)

SQL_SYSTEM = (
    "You write DuckDB SQL for the retail warehouse. Only use the tables and columns listed. "
    "Never write DDL or DML. Prefer CTEs over nested subqueries. Always add a LIMIT."
)

FORECAST_SYSTEM = (
    "You summarise demand forecasts for replenishment planners. Mention the forecast horizon, "
    "the expected change vs last year and the uncertainty band."
)

_INSIGHT_TEMPLATE = Template(
    """Question from $role: $question

Filters: $filters

Data (JSON records, at most 200 rows):
$data

Answer in 3-5 bullet points."""
)

_COMPARE_TEMPLATE = Template(
    """Compare these stores for the period $period.

$table

Point out the largest gaps in sales per sq ft, basket size and shrink, and suggest one action per store."""
)


def _compact(records: list[dict[str, Any]], limit: int = 200) -> str:
    return json.dumps(records[:limit], default=str, separators=(",", ":"))


def insight_prompt(question: str, records: list[dict[str, Any]], filters: dict | None = None,
                   role: str = "a category manager") -> str:
    return _INSIGHT_TEMPLATE.substitute(
        role=role,
        question=question.strip(),
        filters=json.dumps(filters or {}, default=str),
        data=_compact(records),
    )


def compare_prompt(period: str, table_markdown: str) -> str:
    return _COMPARE_TEMPLATE.substitute(period=period, table=table_markdown)


def chart_prompt(title: str, figure_summary: dict[str, Any]) -> str:
    return (
        f"Chart title: {title}\n"
        f"Traces and summary statistics:\n{json.dumps(figure_summary, default=str, indent=1)}\n"
        "Explain what this chart shows."
    )


def sql_prompt(question: str, schema_ddl: str, dialect: str = "duckdb") -> str:
    return (
        f"Dialect: {dialect}\n\nSchema:\n{schema_ddl}\n\n"
        f"Write one SQL query answering: {question}\n"
        "Return the SQL and a one-sentence explanation."
    )


def forecast_prompt(sku: str, horizon_weeks: int, points: list[dict[str, Any]]) -> str:
    return (
        f"SKU {sku}, horizon {horizon_weeks} weeks.\n"
        f"Forecast points: {_compact(points, limit=60)}\n"
        "Summarise for a planner."
    )
