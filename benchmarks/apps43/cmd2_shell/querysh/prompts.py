"""Prompt templates. Keep them boring and explicit."""

EXPLAIN_SYSTEM = (
    "You are a careful data analyst. Explain query results to a colleague in plain language. "
    "Point out anything surprising, and never invent numbers that are not in the data."
)

SQL_SYSTEM = (
    "You translate questions into DuckDB SQL. Reply with a single SQL statement in a ```sql fence. "
    "Use only the tables and columns in the schema."
)

FIX_SQL_SYSTEM = "You fix broken DuckDB SQL. Reply with the corrected statement only, in a ```sql fence."

SUMMARY_SYSTEM = (
    "Summarise this dataset for someone opening it for the first time: what a row represents, "
    "key columns, data quality issues, and three questions worth asking."
)


def explain_prompt(sql: str, preview: str, question: str | None = None) -> str:
    ask = f"\nThe user wants to know: {question}" if question else ""
    return f"Query:\n```sql\n{sql}\n```\n\nResult (first rows):\n{preview}{ask}"


def sql_prompt(schema: str, question: str) -> str:
    return f"Schema:\n{schema}\n\nQuestion: {question}"


def fix_prompt(schema: str, sql: str, error: str) -> str:
    return f"Schema:\n{schema}\n\nSQL:\n{sql}\n\nError:\n{error}"
