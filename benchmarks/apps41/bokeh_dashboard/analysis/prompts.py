"""Prompt builders.  Pure string work — no network calls in here."""
from __future__ import annotations

import json
from textwrap import dedent

import pandas as pd

SYSTEM_EXPLAINER = dedent(
    """
    You are an SRE analyst. You explain operational charts to on-call engineers.
    Be concrete, cite numbers from the data, and keep it under 120 words.
    Never speculate about root cause unless the data clearly supports it.
    """
).strip()

SYSTEM_SUMMARY = dedent(
    """
    You summarise tabular service metrics for a weekly ops review.
    Output 3-5 bullet points, most important first.
    """
).strip()


def describe_frame(df: pd.DataFrame, max_rows: int = 40) -> str:
    """Compact textual rendering of a frame that fits in a prompt."""
    if len(df) > max_rows:
        step = max(1, len(df) // max_rows)
        df = df.iloc[::step]
    stats = df.describe(include="number").round(3).to_dict()
    return json.dumps({"columns": list(df.columns), "stats": stats, "sample": df.tail(10).to_dict("records")}, default=str)


def chart_explanation_prompt(title: str, metric: str, df: pd.DataFrame, selection: tuple | None = None) -> str:
    window = ""
    if selection:
        window = f"The user has zoomed to the window {selection[0]} .. {selection[1]}.\n"
    return (
        f"Chart: {title}\nMetric: {metric}\n{window}"
        f"Data (JSON):\n{describe_frame(df)}\n\n"
        "Explain what this chart shows and call out anything unusual."
    )


def summary_prompt(service: str, df: pd.DataFrame) -> str:
    return f"Service: {service}\nMetrics:\n{describe_frame(df, max_rows=60)}\n\nSummarise."


def anomaly_prompt(service: str, anomalies: list[dict]) -> str:
    lines = "\n".join(f"- {a['ts']}: {a['metric']}={a['value']} (z={a['z']:.1f})" for a in anomalies)
    return f"Anomalies detected for {service} in the last window:\n{lines}\nWrite a two-sentence status note."


def as_chat(system: str, user: str) -> list[dict]:
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def as_anthropic(user: str) -> list[dict]:
    return [{"role": "user", "content": user}]


def as_converse(user: str) -> list[dict]:
    return [{"role": "user", "content": [{"text": user}]}]
