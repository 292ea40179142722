"""Natural-language -> SQL.

``SqlWriter`` is constructed by the SQL page with whatever provider the user
picked in the model picker, so it only ever sees an OpenAI-wire client.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import duckdb
from pydantic import BaseModel, Field

from lab.backend.clients import get_fireworks_client, get_openai_client
from lab.backend.registry import registry
from lab.utils.prompts import SQL_SYSTEM, extract_sql, sql_prompt

log = logging.getLogger(__name__)


@dataclass
class SqlDraft:
    sql: str
    raw: str
    model: str
    attempts: int = 1
    error: str | None = None


class SqlWriter:
    def __init__(self, client: Any, model: str, temperature: float = 0.0) -> None:
        self.client = client
        self.model = model
        self.temperature = temperature

    def _messages(self, question: str, schema: dict[str, dict[str, str]]) -> list[dict[str, str]]:
        return [
            {"role": "system", "content": SQL_SYSTEM},
            {"role": "user", "content": sql_prompt(question, schema)},
        ]

    def draft(self, question: str, schema: dict[str, dict[str, str]]) -> SqlDraft:
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=self._messages(question, schema),
            temperature=self.temperature,
        )
        raw = resp.choices[0].message.content or ""
        return SqlDraft(sql=extract_sql(raw), raw=raw, model=self.model)

    def draft_and_validate(
        self, question: str, schema: dict[str, dict[str, str]], con: duckdb.DuckDBPyConnection, max_fixes: int = 2
    ) -> SqlDraft:
        d = self.draft(question, schema)
        for attempt in range(max_fixes):
            try:
                con.execute(f"EXPLAIN {d.sql}")
                return d
            except duckdb.Error as exc:
                log.info("draft failed validation (%s), asking for a fix", exc)
                d = self._fix(d, str(exc), question, schema)
                d.attempts = attempt + 2
        d.error = "could not produce valid SQL"
        return d

    def _fix(self, d: SqlDraft, error: str, question: str, schema) -> SqlDraft:
        messages = self._messages(question, schema) + [
            {"role": "assistant", "content": d.raw},
            {"role": "user", "content": f"That query failed with:\n{error}\nReturn a corrected query."},
        ]
        resp = self.client.chat.completions.create(model=self.model, messages=messages, temperature=0)
        raw = resp.choices[0].message.content or ""
        return SqlDraft(sql=extract_sql(raw), raw=raw, model=self.model)


def writer_for(provider: str) -> SqlWriter:
    entry = registry.get(provider)
    if entry.kind != "openai":
        raise ValueError(f"SqlWriter needs an OpenAI-wire provider, got {provider}")
    return SqlWriter(entry.client, entry.default_model)


def quick_sql(question: str, schema: dict[str, dict[str, str]]) -> str:
    """Cheap one-shot used by the autocomplete box; Fireworks is the fastest here."""
    fw = get_fireworks_client()
    out = fw.completions.create(
        model="accounts/fireworks/models/llama-v3p1-8b-instruct",
        prompt=f"-- {sql_prompt(question, schema)}\nSELECT",
        max_tokens=200,
        stop=[";"],
    )
    return "SELECT" + out.choices[0].text + ";"


def explain_sql(sql: str, provider: str = "groq") -> str:
    client = registry.client_for(provider)
    resp = client.chat.completions.create(
        model=registry.get(provider).default_model,
        messages=[{"role": "user", "content": f"Explain what this SQL does, step by step:\n{sql}"}],
        max_tokens=400,
    )
    return resp.choices[0].message.content


class QueryPlan(BaseModel):
    tables: list[str] = Field(description="tables the query needs")
    joins: list[str] = Field(default_factory=list, description="join conditions, e.g. a.id = b.a_id")
    filters: list[str] = Field(default_factory=list)
    aggregations: list[str] = Field(default_factory=list)
    ambiguities: list[str] = Field(default_factory=list, description="things the question leaves unclear")


def plan_query(question: str, schema: dict[str, dict[str, str]]) -> QueryPlan:
    """Structured plan shown above the editor before drafting (OpenAI only: needs structured outputs)."""
    completion = get_openai_client().beta.chat.completions.parse(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "system", "content": "Plan a SQL query. Do not write SQL."},
            {"role": "user", "content": sql_prompt(question, schema)},
        ],
        response_format=QueryPlan,
    )
    plan = completion.choices[0].message.parsed
    if plan is None:
        raise ValueError(completion.choices[0].message.refusal or "model returned no plan")
    return plan
