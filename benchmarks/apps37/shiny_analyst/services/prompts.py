"""Prompt templates and builders. Pure string work: no model calls."""
from __future__ import annotations

import json
from textwrap import dedent

import pandas as pd

from utils.formatting import describe_columns, df_to_markdown_sample

ANALYST_SYSTEM = dedent(
    """
    You are an analyst's assistant. You answer questions about a tabular
    dataset the user uploaded. Be concise, show numbers, and say when the
    sample is too small to support a conclusion. Never invent columns.
    """
).strip()

CODEGEN_SYSTEM = dedent(
    """
    You write pandas code. The DataFrame is called `df`. Return only one
    fenced python block whose last expression is the answer. Do not import
    anything except pandas (as pd) and numpy (as np). Never read or write files.
    """
).strip()

CHART_SYSTEM = (
    "Suggest up to three charts for this dataset. Reply as JSON: "
    '[{"kind": "bar|line|scatter|hist", "x": str, "y": str|null, "why": str}]'
)


def schema_block(df: pd.DataFrame) -> str:
    return json.dumps(describe_columns(df), indent=1)


def dataset_context(df: pd.DataFrame, name: str, rows: int = 20) -> str:
    return dedent(
        f"""
        Dataset: {name} ({len(df):,} rows x {df.shape[1]} columns)

        Columns:
        {schema_block(df)}

        Sample:
        {df_to_markdown_sample(df, rows)}
        """
    ).strip()


def question_prompt(df: pd.DataFrame, name: str, question: str) -> str:
    return f"{dataset_context(df, name)}\n\nQuestion: {question.strip()}"


def summary_prompt(df: pd.DataFrame, name: str, audience: str = "analyst") -> str:
    return (
        f"{dataset_context(df, name, rows=30)}\n\n"
        f"Write a short summary of this dataset for a {audience}: what it seems to "
        "contain, data quality issues, and three questions worth asking."
    )


def codegen_prompt(df: pd.DataFrame, question: str) -> str:
    return f"Columns and dtypes:\n{schema_block(df)}\n\nTask: {question}"


def research_prompt(topic: str, columns: list[str]) -> str:
    return (
        f"Find recent public context relevant to: {topic}. The user's dataset "
        f"has columns {', '.join(columns[:30])}. Cite sources."
    )


def to_openai_messages(history: list[dict], system: str = ANALYST_SYSTEM) -> list[dict]:
    msgs = [{"role": "system", "content": system}]
    for m in history:
        msgs.append({"role": m["role"], "content": m["content"]})
    return msgs


def to_anthropic_messages(history: list[dict]) -> list[dict]:
    return [m for m in history if m["role"] in ("user", "assistant")]
