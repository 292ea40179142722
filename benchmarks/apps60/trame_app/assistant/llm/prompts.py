"""Prompt templates. Keep these boring and versioned."""
from __future__ import annotations

from string import Template

PROMPT_VERSION = "2024-11-rev3"

SYSTEM_ANALYST = (
    "You are a careful scientific data analyst embedded in a visualization tool. "
    "Answer concisely, state uncertainty, and never invent column names that are "
    "not in the provided schema."
)

EXPLAIN_PLOT = Template(
    "The user is looking at a $kind plot titled '$title'.\n"
    "Axes: x=$x_label, y=$y_label.\n"
    "Describe the main trends, outliers and anything that looks like an artefact. "
    "Keep it under $max_words words."
)

WRITE_CODE = Template(
    "Write a self-contained Python function `analyze(df)` using pandas and numpy "
    "that does the following: $task\n\n"
    "The DataFrame has these columns and dtypes:\n$schema\n\n"
    "Return only code in a single ```python block."
)

SUMMARIZE_DATASET = Template(
    "Summarise this dataset for a domain scientist.\n"
    "Name: $name\nShape: $rows rows x $cols columns\n"
    "Column statistics:\n$stats\n\n"
    "Mention data quality issues (missing values, suspicious ranges)."
)

ANSWER_QUESTION = Template(
    "Context from the dataset notes:\n$context\n\n"
    "Question: $question\n"
    "If the context does not contain the answer, say so."
)


def render(template: Template, **values) -> str:
    return template.safe_substitute(**values)
