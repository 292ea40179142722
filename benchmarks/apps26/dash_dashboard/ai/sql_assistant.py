"""Natural-language -> SQL suggestions for the SQL assistant page."""
from __future__ import annotations

import logging
import re

import sqlglot
from pydantic import BaseModel, Field

from ai.clients import get_openai_client
from ai.prompts import SQL_SYSTEM, sql_prompt
from config import get_settings

log = logging.getLogger(__name__)

_FORBIDDEN = re.compile(r"\b(insert|update|delete|drop|alter|create|truncate|grant)\b", re.I)


class SqlSuggestion(BaseModel):
    sql: str = Field(description="A single read-only DuckDB SELECT statement")
    explanation: str = Field(description="One sentence, plain English")
    tables_used: list[str] = Field(default_factory=list)


class UnsafeSqlError(ValueError):
    pass


def validate_sql(sql: str) -> str:
    if _FORBIDDEN.search(sql):
        raise UnsafeSqlError("only SELECT statements are allowed")
    parsed = sqlglot.parse_one(sql, read="duckdb")
    if parsed.find(sqlglot.exp.Limit) is None:
        parsed = parsed.limit(1000)
    return parsed.sql(dialect="duckdb", pretty=True)


class SqlSuggester:
    def __init__(self, client=None, model: str | None = None) -> None:
        self.client = client or get_openai_client()
        self.model = model or get_settings().models.openai_reasoning

    def suggest(self, question: str, schema_ddl: str) -> SqlSuggestion:
        completion = self.client.chat.completions.parse(
            model=self.model,
            messages=[
                {"role": "system", "content": SQL_SYSTEM},
                {"role": "user", "content": sql_prompt(question, schema_ddl)},
            ],
            response_format=SqlSuggestion,
            temperature=0,
        )
        suggestion = completion.choices[0].message.parsed
        if suggestion is None:
            raise ValueError(completion.choices[0].message.refusal or "model returned no SQL")
        suggestion.sql = validate_sql(suggestion.sql)
        return suggestion

    def explain_query(self, sql: str) -> str:
        response = self.client.responses.create(
            model=self.model,
            instructions="Explain this SQL to a store manager in 2-3 sentences. No jargon.",
            input=sql,
            max_output_tokens=250,
        )
        return response.output_text
