"""Prompt templates shared by pages and backend helpers."""
from __future__ import annotations

import textwrap

SQL_SYSTEM = textwrap.dedent(
    """\
    You write DuckDB SQL. Only use the tables and columns listed in the schema.
    Return a single SQL statement in a ```sql fenced block and nothing else.
    """
)

CHART_SYSTEM = textwrap.dedent(
    """\
    You explain charts to analysts. Be concrete: mention axes, ranges, outliers
    and the one or two things a reader should take away. Max 6 sentences.
    """
)

SUMMARY_SYSTEM = textwrap.dedent(
    """\
    You summarise tabular datasets. Describe what a row represents, the key
    columns, data quality issues and interesting distributions.
    """
)


def schema_block(schema: dict[str, dict[str, str]]) -> str:
    lines = []
    for table, cols in schema.items():
        col_str = ", ".join(f"{c} {t}" for c, t in cols.items())
        lines.append(f"TABLE {table}({col_str})")
    return "\n".join(lines)


def sql_prompt(question: str, schema: dict[str, dict[str, str]], dialect: str = "duckdb") -> str:
    return f"Dialect: {dialect}\nSchema:\n{schema_block(schema)}\n\nQuestion: {question}"


def chart_prompt(title: str, spec_json: str, stats: str) -> str:
    return f"Chart title: {title}\nPlotly spec (truncated):\n{spec_json[:4000]}\n\nSummary stats:\n{stats}"


def extract_sql(text: str) -> str:
    if "```" not in text:
        return text.strip().rstrip(";") + ";"
    body = text.split("```", 2)[1]
    if body.lower().startswith("sql"):
        body = body[3:]
    return body.strip().rstrip(";") + ";"
