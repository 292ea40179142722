"""Prompt templates. Keep them here so analysts can tweak wording in one place."""
from __future__ import annotations

from textwrap import dedent

EXPLAIN_CHART_SYSTEM = dedent(
    """
    You are a senior data analyst. You explain charts to business stakeholders.
    Describe the main trend, notable outliers, and one caveat about the data.
    Keep it under 120 words. Never invent numbers that are not visible.
    """
).strip()

SQL_SYSTEM = dedent(
    """
    You translate questions into a single DuckDB SQL query.
    Only use the tables and columns listed in the schema. Return SQL only, no prose,
    no markdown fences. Prefer explicit column lists over SELECT *.
    """
).strip()

SQL_REPAIR_SYSTEM = dedent(
    """
    The SQL below failed with the given error. Return a corrected query only.
    """
).strip()

SUMMARY_SYSTEM = dedent(
    """
    Summarise the dataframe profile for an analyst. Mention row count, key columns,
    missing data and anything that looks like a data quality problem. Bullet points.
    """
).strip()

QA_SYSTEM = "You answer questions about the user's dataset. Say 'I don't know' if unsure."

CHAT_SYSTEM = dedent(
    """
    You are the analyst assistant embedded in a Jupyter dashboard. You can see the
    schema of the currently loaded dataset. Be concise.
    """
).strip()


def schema_block(schema: dict[str, list[tuple[str, str]]]) -> str:
    lines = []
    for table, cols in schema.items():
        col_desc = ", ".join(f"{c} {t}" for c, t in cols)
        lines.append(f"- {table}({col_desc})")
    return "\n".join(lines)


def sql_user_prompt(question: str, schema: dict[str, list[tuple[str, str]]]) -> str:
    return f"Schema:\n{schema_block(schema)}\n\nQuestion: {question}"


def summary_user_prompt(profile_md: str, name: str) -> str:
    return f"Dataframe `{name}` profile:\n\n{profile_md}"
